// No glyph beyond the type area (cjk-print-rules B6: no hanging punctuation), allowing half an em for a
// trimmed opening bracket.
import { eachLine, placeOf, type Check, type RawFinding } from './check.js';
import { phrase } from '../../ui/catalogue.js';

export const overflow: Check = {
  id: 'overflow',
  severity: 'error',
  rule: 'B6 nothing outside the type area',
  run: ({ layout }) => {
    const out: RawFinding[] = [];
    for (const { page, block, line } of eachLine(layout)) {
      const slack = 0.55 * block.fontSize;
      const right = Math.max(...line.x.map((x, i) => x + line.w[i]!));
      const left = Math.min(...line.x);
      if (right > page.width + slack || left < -slack) {
        out.push({ message: phrase('proof.overflow', { n: Math.round(right > page.width ? right - page.width : -left) }), page: page.index, excerpt: line.text.slice(-16), ...placeOf(block) });
      }
    }
    return out;
  },
};
