// `--variant zh-Hant,zh-Hant-HK --variant zh-Hant-TW`: the variants named, in a list, in any number of
// options (build and proof).
import { InvalidArgumentError } from 'commander';
import { closestName } from '../config/closest-name.js';
import { phrase, say } from '../ui/catalogue.js';
import type { Ui } from '../ui/ui.js';
import { VARIANT_TAGS, type VariantTag } from './tags.js';

/** The tags in `value` added to `previous`; a tag is matched in any case (zh-hant is zh-Hant). A mistake
 *  is worded in `ui` (default English). */
export function variantList(value: string, previous: VariantTag[] = [], ui: Ui = 'en'): VariantTag[] {
  const chosen = [...previous];
  for (const name of value.split(',').map((n) => n.trim()).filter(Boolean)) {
    const tag = VARIANT_TAGS.find((t) => t.toLowerCase() === name.toLowerCase());
    if (!tag) {
      const near = closestName(name, [...VARIANT_TAGS]);
      throw new InvalidArgumentError(say(ui, phrase('variant.unknown', { name, near: near ?? '', names: VARIANT_TAGS.join(', ') })));
    }
    if (!chosen.includes(tag)) chosen.push(tag);
  }
  return chosen;
}
