// Paired marks open and close within a paragraph: “” ‘’ 《》 （） 【】 (GB/T 15834), and the corner brackets
// 「」 『』 and the inner title marks 〈〉 that Traditional text uses (and Simplified now and then). Quotes may
// run over several paragraphs, each opening again; a closing mark with no opening one is always wrong.
import { type Rule } from './rule.js';
import { phrase } from '../../ui/catalogue.js';

const PAIRS: [string, string][] = [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['《', '》'], ['〈', '〉'], ['（', '）'], ['【', '】']];

export const unbalancedPairs: Rule = {
  id: 'unbalanced-pairs',
  severity: 'error',
  description: 'Unbalanced “” ‘’ 「」 『』 《》 〈〉 （） 【】 in a paragraph',
  check({ blocks, report }) {
    for (const block of blocks) {
      for (const [open, close] of PAIRS) {
        let depth = 0;
        [...block.raw].forEach((ch, i) => {
          if (ch === open) depth++;
          if (ch === close) {
            if (depth === 0) report(phrase('lint.unbalanced-close', { close }), block.start + block.raw.slice(0, i).length);
            else depth--;
          }
        });
        if (depth > 0) report(phrase('lint.unbalanced-open', { count: depth, open }), block.start + block.raw.indexOf(open));
      }
    }
  },
};
