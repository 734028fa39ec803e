// Which faces are bold. A PDF names its fonts (`ABCDEF+NotoSerifSC-Bold`, `FZHTK--GBK1-0`), and the name
// is what says the weight: Bold, Black, Heavy, Semibold, W7… in Latin names. Chinese typesetting sets
// emphasis and run-in headings in a heavy face rather than a bold one: 黑体 (SimHei, FZHei, STHeiti,
// Founder's FZHT/FZDHT), 粗宋, 小标宋 and 大标宋 (FZXBS, FZDBS), 中宋: those count as bold unless they are
// the document's body face (a booklet set all in 黑体 has no bold text).
import type { LineSpan, PdfLine } from './page-text.js';

const BOLD = /bold|black|heavy|semibold|demi|extrabold|ultrabold|(?:^|[-_,+ ])w[6-9](?:$|[-_, ])|(?:^|[-_,+ ])[6-9]00(?:$|[-_, ])/i;
const HEAVY = /hei|黑|fz(?:d?h|c)t|fz(?:x|d)bs|fzcs|zhongsong|中宋|标宋|粗宋/i;

/** The subset tag (`ABCDEF+`) aside. */
const faceName = (font: string) => font.replace(/^[A-Z]{6}\+/, '');

/** Whether a face is bold, given the document's body face. */
export function isBold(font: string, body: string): boolean {
  const name = faceName(font);
  return BOLD.test(name) || (HEAVY.test(name) && faceName(body) !== name);
}

/** The face that sets most of the letters of `lines`. */
export function bodyFace(lines: readonly PdfLine[]): string {
  const letters = new Map<string, number>();
  for (const line of lines) for (const p of line.pieces) letters.set(p.font, (letters.get(p.font) ?? 0) + p.text.replace(/[\s\p{P}]/gu, '').length);
  return [...letters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** Set each line's `bold` (every letter bold) and its `spans` (when it mixes weights). A space or a
 *  punctuation mark takes the weight of the letter before it (of the one after, at the line's start). */
export function weighLines(lines: readonly PdfLine[], bold: (font: string) => boolean): void {
  for (const line of lines) {
    const spans: LineSpan[] = [];
    let pending = '';
    for (const piece of line.pieces) {
      const weight = bold(piece.font);
      for (const ch of piece.text) {
        const last = spans.at(-1);
        if (/[\s\p{P}\p{S}]/u.test(ch)) {
          if (last) last.text += ch;
          else pending += ch;
        } else if (last && last.bold === weight) last.text += ch;
        else {
          spans.push({ text: pending + ch, bold: weight });
          pending = '';
        }
      }
    }
    if (spans.length === 0) {
      line.bold = false;
      continue;
    }
    spans.at(-1)!.text += pending;
    line.bold = spans.every((s) => s.bold);
    if (spans.length > 1) line.spans = spans;
    else delete line.spans;
  }
}
