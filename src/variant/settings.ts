// booklet.yaml's `variants:`, resolved: each variant's dictionary as an absolute path, and the places of
// what a variant converts or warns about (its entry, the values of booklet.yaml it converts).
import { resolve } from 'node:path';
import { BookletError, createMessage, type Place } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { VFileMessage } from 'vfile-message';
import type { BookletSchema } from '../config/schema.js';
import type { Locate } from '../config/validate-yaml.js';
import type { VariantTag } from './tags.js';

export interface ResolvedVariant {
  language: VariantTag;
  /** The dictionary file, absolute, and as written (for messages). Default none. */
  dictionary?: { path: string; name: string; place: Place };
  /** Where booklet.yaml names the variant. */
  place: Place;
}

/** The values of booklet.yaml a variant converts. */
export const CONVERTED_KEYS = ['title', 'subtitle', 'compiler', 'edition'] as const;

export interface VariantSettings {
  variants: ResolvedVariant[];
  /** Where booklet.yaml gives the values a variant converts, and its `language:`. */
  places: Record<(typeof CONVERTED_KEYS)[number] | 'language', Place>;
}

/** Resolve `variants:` (a variant named twice is an error). */
export function resolveVariants(dir: string, variants: BookletSchema['variants'], locate: Locate): VariantSettings {
  const seen = new Set<string>();
  const twice: VFileMessage[] = [];
  const resolved: ResolvedVariant[] = variants.map((v, index) => {
    const place = locate(['variants', index]);
    if (seen.has(v.language)) twice.push(createMessage(phrase('variant.twice', { tag: v.language }), place, 'config', { hint: phrase('variant.twice.hint') }));
    seen.add(v.language);
    const dictionary = 'dictionary' in v && v.dictionary ? { path: resolve(dir, v.dictionary), name: v.dictionary, place: locate(['variants', index, 'dictionary']) } : undefined;
    return { language: v.language, place, ...(dictionary ? { dictionary } : {}) };
  });
  if (twice.length > 0) throw new BookletError(twice);
  const places = Object.fromEntries([...CONVERTED_KEYS, 'language'].map((key) => [key, locate([key])])) as VariantSettings['places'];
  return { variants: resolved, places };
}
