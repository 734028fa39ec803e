// Characters the booklet's fonts do not have would print as empty boxes (tofu).
import { type Rule } from './rule.js';
import { phrase } from '../../ui/catalogue.js';

export const fontCoverageRule: Rule = {
  id: 'font-coverage',
  severity: 'error',
  description: 'A character the booklet’s fonts do not cover (it would print as tofu)',
  check({ blocks, report, coverage }) {
    if (!coverage) return;
    for (const block of blocks) {
      let offset = 0;
      for (const ch of block.raw) {
        const code = ch.codePointAt(0)!;
        if (code > 0x20 && !/\s/.test(ch) && !coverage.has(code)) report(phrase('lint.font-coverage', { code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, char: ch }), block.start + offset);
        offset += ch.length;
      }
    }
  },
};
