// Nested quotes run double outside, single inside: “…‘…’…” (GB/T 15834 §4.4), not ‘…“…”…’.
import { type Rule } from './rule.js';
import { phrase } from '../../ui/catalogue.js';

export const quoteNesting: Rule = {
  id: 'quote-nesting',
  severity: 'warning',
  description: 'Nested quotes in the wrong order (double outside, single inside)',
  check({ blocks, report }) {
    for (const block of blocks) {
      const stack: string[] = [];
      [...block.raw].forEach((ch, i) => {
        if (ch === '“' || ch === '‘') {
          if (ch === '“' && stack.at(-1) === '‘') report(phrase('lint.quote-nesting'), block.start + block.raw.slice(0, i).length);
          stack.push(ch);
        } else if (ch === '”' || ch === '’') stack.pop();
      });
    }
  },
};
