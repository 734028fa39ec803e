// GB/T 15834: Chinese text takes full-width punctuation. A half-width , . ; : ? ! ( ) next to a Han
// character is a mistake; inside English text or numbers (3.14, 10:30) it is right.
import { HAN, type Rule } from './rule.js';
import { scanBlocks } from './scan.js';
import { phrase } from '../../ui/catalogue.js';

const FULL: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

export const halfwidthPunctuation: Rule = {
  id: 'halfwidth-punctuation',
  severity: 'error',
  description: 'Half-width punctuation next to Han characters (GB/T 15834)',
  check(input) {
    // After a Han character (and not a digit or a Latin letter after it for . and :), or ( ) around Han.
    const pattern = new RegExp(`(?<=[${HAN}])[,;?!](?![\\w])|(?<=[${HAN}])[.:](?![\\w./])|[(](?=[${HAN}])|(?<=[${HAN}])[)]`, 'gu');
    scanBlocks(
      input,
      pattern,
      (m) => phrase('lint.halfwidth-punctuation', { found: m[0], full: FULL[m[0]]! }),
      (m) => FULL[m[0]]!,
    );
  },
};
