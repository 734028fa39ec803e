// A short line of bold text standing alone is a heading that extraction turned into body text.
import { type Rule } from './rule.js';
import { phrase } from '../../ui/catalogue.js';

export const boldHeading: Rule = {
  id: 'bold-heading',
  severity: 'warning',
  description: 'A bold line standing alone is probably a heading',
  check({ blocks, report }) {
    for (const block of blocks) {
      if (block.node.type !== 'paragraph') continue;
      const only = block.node.children.length === 1 && block.node.children[0]!.type === 'strong';
      if (only && block.text.length <= 30 && !/[。！？]$/.test(block.text)) {
        // Not fixed automatically: which heading level it is, is the editor's call.
        report(phrase('lint.bold-heading', { text: block.text }), block.start);
      }
    }
  },
};
