// Whether imported articles are in Traditional characters, for the booklet.yaml an import writes: the
// share of their Han characters that OpenCC's Simplified → Traditional table (variant/opencc.ts) would
// change. Simplified text has many (the project's two articles 31 % and 40 %, classical Chinese in
// Simplified 17–21 %); Traditional text almost none (古文觀止's 0.3–1.2 %, opencc-js's README 1.2 %: a
// character both scripts write alike that Taiwan's table still changes, such as 台 or 裏).
import { HAN } from '../cjk.js';
import { openConverter } from '../variant/opencc.js';

/** Below this share of changed characters, text reads as Traditional. */
const TRADITIONAL_BELOW = 0.05;
/** Fewer Han characters than this say nothing either way. */
const TOO_FEW = 30;

const HAN_CHAR = new RegExp(`[${HAN}]`, 'gu');

/** `Hant` when `texts` read as Traditional characters, else `Hans` (also when they hold too little Han). */
export function scriptOf(texts: readonly string[]): 'Hans' | 'Hant' {
  const han = texts.join('\n').match(HAN_CHAR) ?? [];
  if (han.length < TOO_FEW) return 'Hans';
  const convert = openConverter('twp');
  const changes = new Map<string, boolean>();
  let changed = 0;
  for (const c of han) {
    if (!changes.has(c)) changes.set(c, convert(c).text !== c);
    if (changes.get(c)) changed++;
  }
  return changed / han.length < TRADITIONAL_BELOW ? 'Hant' : 'Hans';
}
