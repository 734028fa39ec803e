// Joining the pieces of a line's text. A PDF has no spaces of its own between CJK glyphs: the spaces a
// text extractor puts there stand for gaps of the layout (justification, half-width punctuation, autospace
// between Han and Latin), so a space next to a CJK character is taken out: between two Han characters,
// before or after CJK punctuation (，。、） take no space), and between Han and a Latin letter or digit
// (以 ChatGPT 为代表: the text layer cannot tell an author's space there from the gap of a justified line
// or of autospace, and the booklet sets that gap itself, text-autospace, cjk-print-rules C1). Spaces in
// Latin text stay, and so does one beside a symbol (■ 高文). Nothing else is changed: no character is
// replaced, folded or normalised.
import { HAN } from '../../cjk.js';

/** Han, kana, CJK symbols and punctuation (。、「」《》…), full-width forms (，：？！（）). */
const WIDE = new RegExp(`[${HAN}\\u3000-\\u30ff\\uff00-\\uffef\\ufe30-\\ufe4f]`, 'u');
/** Marks that Chinese text shares with Latin (quotation marks, dashes, the ellipsis, the interpunct):
 *  CJK when next to CJK, Latin next to Latin. */
const SHARED = /[“”‘’—–…·]/u;

/** Latin letters and digits, which Han text sets off by autospace. */
const LATIN = /[\p{Script=Latin}0-9]/u;

const wide = (ch: string) => WIDE.test(ch);
const cjkPair = (a: string, b: string) =>
  (wide(a) && (wide(b) || SHARED.test(b) || LATIN.test(b))) || ((SHARED.test(a) || LATIN.test(a)) && wide(b));
const space = (ch: string) => ch === ' ' || ch === '\t';

/** A character of a line and what drew it. */
export interface Char {
  ch: string;
  font: string;
}

/** `chars` (one code point each) with runs of spaces made one, the spaces between two CJK characters
 *  taken out, and trimmed. */
export function tidySpaces<T extends Char>(chars: readonly T[]): T[] {
  const out: T[] = [];
  for (const c of chars) {
    if (space(c.ch) && (out.length === 0 || space(out.at(-1)!.ch))) continue;
    out.push(c.ch === '\t' ? { ...c, ch: ' ' } : c);
  }
  while (out.length > 0 && space(out.at(-1)!.ch)) out.pop();
  return out.filter((c, i) => !(space(c.ch) && i > 0 && i < out.length - 1 && cjkPair(out[i - 1]!.ch, out[i + 1]!.ch)));
}

/** What goes between two pieces of one line `gap` pt apart, at type size `size`: a space where a gap
 *  of a word space or more parts two pieces of Latin text (letters, digits), else nothing. */
export function joiner(before: string, after: string, gap: number, size: number): string {
  if (gap < 0.2 * size || before === '' || after === '') return '';
  const a = [...before].at(-1)!;
  const b = [...after][0]!;
  if (space(a) || space(b) || wide(a) || wide(b) || SHARED.test(a) || SHARED.test(b)) return '';
  return ' ';
}
