// The proof's sets of marks by the book's region (config/language.ts). 避头尾 has the same classes in the
// Mainland, Taiwan and Hong Kong (clreq §prohibition rules; cjk-print-rules §8 H4): closing brackets and
// quotes (」』 too), stops and pauses never start a line, opening ones (「『) never end one. Taiwan's and
// Hong Kong's interpunct may also be U+2027 ‧ (CNS 11643, HKSCS), which starts no line either.
// Compression differs: there the stops and pauses 。，、；：？！ are centred in the character box (§8 H1), with
// a quarter em of blank either side, not a half em on the right, so a centred stop before a bracket (。」
// ？」 ！』) has no blank half to give and stays 2 em. Chromium's HanKerning sees the centred glyphs of a
// TC/HK face and leaves those pairs alone (measured: 。」 2.00 em in the zh-Hant fixture), as Vivliostyle's
// polyfill skips 、。，． for zh-Hant and xeCJK's and luatex-cn's Taiwan styles keep them full width;
// brackets next to brackets (」「 ）（ 』」) still give their blank halves, as in the Mainland.
import type { BookRegion } from '../../config/language.js';
import { NO_LINE_END, NO_LINE_START } from '../../cjk.js';

/** Marks that may not start a line (line-start). */
export function noLineStart(region: BookRegion): ReadonlySet<string> {
  return region === 'CN' ? NO_LINE_START : new Set([...NO_LINE_START, '‧']);
}

/** Marks that may not end a line (line-end). */
export function noLineEnd(_region: BookRegion): ReadonlySet<string> {
  return NO_LINE_END;
}

const STOPS = '。，、；：？！';
const CLOSING = '）》〉”’」』】〕';
const OPENING = '（《〈“‘「『【〔';

/** The pairs punctuation-compression expects at 1.5 em: a mark with a blank half at its end (`first`)
 *  before one with a blank half at its start or end (`second`). */
export function compressedPairs(region: BookRegion): { first: ReadonlySet<string>; second: ReadonlySet<string> } {
  return { first: new Set(region === 'CN' ? STOPS + CLOSING : CLOSING), second: new Set(OPENING + CLOSING) };
}
