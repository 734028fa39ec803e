// Nested quotes run outer first, inner inside: “…‘…’…” (GB/T 15834 §4.4), and in Traditional 「…『…』…」
// (Taiwan's 重訂標點符號手冊; clreq §quotation marks), not ‘…“…”…’ or 『…「…」…』.
import { type Rule } from './rule.js';
import { QUOTES } from './script-marks.js';
import { phrase } from '../../ui/catalogue.js';

export const quoteNesting: Rule = {
  id: 'quote-nesting',
  severity: 'warning',
  description: 'Nested quotes in the wrong order (double outside, single inside; 「」 outside, 『』 inside)',
  check({ blocks, report, script }) {
    const { outer, inner } = QUOTES[script];
    const reason = script === 'Hans' ? phrase('lint.quote-nesting') : phrase('hant.quote-nesting');
    for (const block of blocks) {
      const stack: string[] = [];
      [...block.raw].forEach((ch, i) => {
        if (ch === outer[0] || ch === inner[0]) {
          if (ch === outer[0] && stack.at(-1) === inner[0]) report(reason, block.start + block.raw.slice(0, i).length);
          stack.push(ch);
        } else if (ch === outer[1] || ch === inner[1]) stack.pop();
      });
    }
  },
};
