// The dash is —— (two U+2014, 2 em; GB/T 15834 §4.9): not -- or a single — between Chinese words.
import { HAN, type Rule } from './rule.js';
import { scanBlocks } from './scan.js';
import { phrase } from '../../ui/catalogue.js';

export const dash: Rule = {
  id: 'dash',
  severity: 'error',
  description: 'Dash written as -- or a single — in Chinese text (GB/T 15834: ——)',
  check(input) {
    const pattern = new RegExp(`(?<=[${HAN}，。])(?:--+|－－|(?<!—)—(?!—))(?=[${HAN}“])`, 'gu');
    scanBlocks(input, pattern, (m) => phrase('lint.dash', { found: m[0] }), () => '——');
  },
};
