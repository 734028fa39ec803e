// Adjacent full-width marks (。」, ）（, ，“ …) take 1.5 em together, not 2 (cjk-print-rules B3): without
// it the font lost `halt`, or the marks came from two faces (a unicode-range split, a Latin face).
import { eachLine, placeOf, type Check, type RawFinding } from './check.js';

const FIRST = new Set('。，、；：？！）》〉”’」』】〕');
const SECOND = new Set('（《〈“‘「『【〔）》〉”’」』】〕');

export const punctuationCompression: Check = {
  id: 'punctuation-compression',
  severity: 'warning',
  rule: 'B3 adjacent punctuation compressed to 1.5 em (clreq)',
  run: ({ layout }) => {
    const out: RawFinding[] = [];
    for (const { page, block, line } of eachLine(layout)) {
      const chars = [...line.text];
      for (let i = 0; i + 1 < chars.length; i++) {
        if (!FIRST.has(chars[i]!) || !SECOND.has(chars[i + 1]!)) continue;
        const em = (line.w[i]! + line.w[i + 1]!) / block.fontSize;
        // Justification may add a little; 1.65 em still means the pair was compressed.
        if (em > 1.65) out.push({ message: `“${chars[i]}${chars[i + 1]}” takes ${em.toFixed(2)} em, not 1.5`, page: page.index, excerpt: line.text.slice(Math.max(0, i - 6), i + 8), ...placeOf(block) });
      }
    }
    return out;
  },
};
