// “” ‘’ are full width in Simplified Chinese (cjk-print-rules B2): a Latin face or a Japanese face would
// set them narrow. Next to another mark a half-width quote is compression, not a fault: beside a bracket
// too, the tortoise-shell and the white lenticular ones, and a half-width bracket of mixed text, which
// Chromium's text-spacing-trim takes for one («[通“事”]», an editor's note in 古文观止).
import { eachLine, placeOf, type Check, type RawFinding } from './check.js';
import { phrase } from '../../ui/catalogue.js';

const QUOTES = '“”‘’';
const MARKS = /[“”‘’。，、；：？！（）《》〈〉「」『』【】〔〕〖〗［］｛｝()[\]{}]/;

export const narrowQuote: Check = {
  id: 'narrow-quote',
  severity: 'error',
  rule: 'B2 quotation marks are full width (clreq)',
  run: ({ layout }) => {
    const out: RawFinding[] = [];
    for (const { page, block, line } of eachLine(layout)) {
      [...line.text].forEach((ch, i) => {
        if (!QUOTES.includes(ch) || MARKS.test(line.text[i - 1] ?? '') || MARKS.test(line.text[i + 1] ?? '')) return;
        const em = line.w[i]! / block.fontSize;
        if (em < 0.75) out.push({ message: phrase('proof.narrow-quote', { char: ch, em: em.toFixed(2) }), page: page.index, excerpt: line.text.slice(Math.max(0, i - 6), i + 6), ...placeOf(block) });
      });
    }
    return out;
  },
};
