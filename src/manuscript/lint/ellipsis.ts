// The ellipsis is …… (two U+2026, 2 em; GB/T 15834 §4.11): not ..., 。。。 or a single ….
import { type Rule } from './rule.js';
import { scanBlocks } from './scan.js';
import { phrase } from '../../ui/catalogue.js';

export const ellipsis: Rule = {
  id: 'ellipsis',
  severity: 'error',
  description: 'Ellipsis written as ..., 。。。 or a single … (GB/T 15834: ……)',
  check(input) {
    scanBlocks(input, /\.{3,}|。{3,}|(?<!…)…(?!…)|…{3,}/g, (m) => phrase('lint.ellipsis', { found: m[0] }), () => '……');
  },
};
