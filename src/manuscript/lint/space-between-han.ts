// Chinese has no spaces between words: a space between two Han characters shows as a gap in print.
import { HAN, type Rule } from './rule.js';
import { scanBlocks } from './scan.js';
import { phrase } from '../../ui/catalogue.js';

export const spaceBetweenHan: Rule = {
  id: 'space-between-han',
  severity: 'warning',
  description: 'A space between two Han characters',
  check(input) {
    scanBlocks(input, new RegExp(`(?<=[${HAN}，。、；：！？])[ \\u3000]+(?=[${HAN}])`, 'gu'), () => phrase('lint.space-between-han'), () => '');
  },
};
