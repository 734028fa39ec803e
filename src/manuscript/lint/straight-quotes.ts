// Chinese text uses curly quotes “” ‘’ (GB/T 15834); straight " and ' next to Han are typewriter quotes.
import { HAN, type Rule } from './rule.js';
import { scanBlocks } from './scan.js';
import { phrase } from '../../ui/catalogue.js';

export const straightQuotes: Rule = {
  id: 'straight-quotes',
  severity: 'error',
  description: 'Straight quotes " \' in Chinese text (GB/T 15834)',
  check(input) {
    scanBlocks(input, new RegExp(`(?<=[${HAN}，。：；！？])["']|["'](?=[${HAN}])`, 'gu'), (m) => phrase('lint.straight-quotes', { found: m[0] }));
  },
};
