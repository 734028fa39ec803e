// The Traditional variants a Simplified booklet can be converted to, and the OpenCC standard of each.

/** The language tags `--variant` and `variants:` take. */
export const VARIANT_TAGS = ['zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK'] as const;
export type VariantTag = (typeof VARIANT_TAGS)[number];

/** OpenCC's target of each tag: Taiwan's standard with its phrases (s2twp: 软件 → 軟體), or Hong Kong's
 *  (s2hk; opencc-js calls its HK phrase table "still developing and small", so it is left out). A bare
 *  zh-Hant is Taiwan's: CLDR's likely subtags make zh-Hant zh-Hant-TW, and Taiwan's is the standard most
 *  Traditional texts follow. */
export const OPENCC_TARGET: Record<VariantTag, 'twp' | 'hk'> = { 'zh-Hant': 'twp', 'zh-Hant-TW': 'twp', 'zh-Hant-HK': 'hk' };

/** A booklet already written in Traditional characters (its `language:`): it has no variant to make. */
export function isTraditional(language: string): boolean {
  return /^zh-(Hant|TW|HK|MO)\b/i.test(language);
}
