// A mark written twice (，， 。。 、、 ；；) is a typing slip; ？！ and ！！ are allowed for emphasis.
import { type Rule } from './rule.js';
import { scanBlocks } from './scan.js';
import { phrase } from '../../ui/catalogue.js';

export const repeatedPunctuation: Rule = {
  id: 'repeated-punctuation',
  severity: 'warning',
  description: 'A punctuation mark repeated (，，)',
  check(input) {
    scanBlocks(input, /([，、；：])\1+|(?<!。)。。(?!。)/g, (m) => phrase('lint.repeated-punctuation', { found: m[0] }), (m) => m[0][0]!);
  },
};
