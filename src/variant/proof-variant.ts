// `booklet proof --variant zh-Hant`: the variant to proof, or none (with a warning) for a booklet already
// in Traditional characters, which is then proofed as it is.
import type { Reporter } from '../diagnostics.js';
import { createMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { ResolvedBooklet } from '../config/resolve.js';
import type { VariantBuild } from './variant-build.js';
import { isTraditional, type VariantTag } from './tags.js';

export type { VariantTag } from './tags.js';

/** The variant `tag` of `booklet` for the proof's build. */
export async function proofVariant(tag: VariantTag, booklet: ResolvedBooklet, reporter: Reporter): Promise<VariantBuild | undefined> {
  if (isTraditional(booklet.language)) {
    const hint = phrase('variant.already.hint');
    reporter.message(createMessage(phrase('variant.already', { language: booklet.language, tag }), booklet.variants.places.language, 'variant', { fatal: false, hint }));
    return undefined;
  }
  // OpenCC's tables load only when a variant is proofed.
  const { openVariant } = await import('./variant-build.js');
  return openVariant(tag, booklet, (m) => reporter.message(m));
}
