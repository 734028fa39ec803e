// A mark written twice (，， 。。 、、 ；；) is a typing slip; ？！ and ！！ are allowed for emphasis.
import { type Rule } from './rule.js';
import { scanBlocks } from './scan.js';

export const repeatedPunctuation: Rule = {
  id: 'repeated-punctuation',
  severity: 'warning',
  description: 'A punctuation mark repeated (，，)',
  check(input) {
    scanBlocks(input, /([，、；：])\1+|(?<!。)。。(?!。)/g, (m) => `“${m[0]}”: the mark is repeated`, (m) => m[0][0]!);
  },
};
