// Latin letters and digits are half-width in Chinese text (clreq): ＡＢＣ１２３ are full-width forms.
import { type Rule } from './rule.js';
import { scanBlocks } from './scan.js';
import { phrase } from '../../ui/catalogue.js';

export const fullwidthAlphanumerics: Rule = {
  id: 'fullwidth-alphanumerics',
  severity: 'error',
  description: 'Full-width letters or digits (ＡＢＣ１２３)',
  check(input) {
    scanBlocks(
      input,
      /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+/g,
      (m) => phrase('lint.fullwidth-alphanumerics', { found: m[0], half: toHalf(m[0]) }),
      (m) => toHalf(m[0]),
    );
  },
};

function toHalf(s: string): string {
  return s.replace(/[\uFF10-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
