// Adjacent full-width marks (。」, ）（, ，“ …) take 1.5 em together, not 2 (cjk-print-rules B3): without
// it the font lost `halt`, or the marks came from two faces (a unicode-range split, a Latin face).
// Chromium compresses every pair of these lists with the book's faces (all 288 measured at ≤ 1.5 em, the
// corner brackets and ？！ included: test/proof/checks.test.ts has the measure).
// In Taiwan and Hong Kong the centred stops keep their width before a bracket (region-marks.ts).
import { eachLine, isHan, placeOf, type Check, type RawFinding } from './check.js';
import { compressedPairs } from './region-marks.js';
import { bookRegion } from '../../config/language.js';
import { phrase } from '../../ui/catalogue.js';

export const punctuationCompression: Check = {
  id: 'punctuation-compression',
  severity: 'warning',
  rule: 'B3 adjacent punctuation compressed to 1.5 em (clreq)',
  run: ({ layout, booklet }) => {
    const { first: FIRST, second: SECOND } = compressedPairs(bookRegion(booklet.language));
    const out: RawFinding[] = [];
    for (const { page, block, line } of eachLine(layout)) {
      const chars = [...line.text];
      // Justification adds the same to every character of the line: a compressed pair takes 1.5 em and
      // twice what a Han character of the line takes past its em (a line of many marks, as classical
      // text has, can stretch by 0.1 em each). The Han characters' median tells it.
      const stretch = Math.max(0, median(chars.flatMap((ch, i) => (isHan(ch) ? [line.w[i]! / block.fontSize - 1] : []))) ?? 0);
      for (let i = 0; i + 1 < chars.length; i++) {
        if (!FIRST.has(chars[i]!) || !SECOND.has(chars[i + 1]!)) continue;
        const em = (line.w[i]! + line.w[i + 1]!) / block.fontSize;
        if (em <= 1.6 + 2 * stretch) continue;
        const pair = { pair: `${chars[i]}${chars[i + 1]}`, em: em.toFixed(2) };
        const message = stretch > 0.005 ? phrase('proof.punctuation-compression.justified', { ...pair, justified: (1.5 + 2 * stretch).toFixed(2) }) : phrase('proof.punctuation-compression', pair);
        out.push({ message, page: page.index, excerpt: line.text.slice(Math.max(0, i - 6), i + 8), ...placeOf(block) });
      }
    }
    return out;
  },
};

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
