// The last paragraph of an article ends without terminal punctuation: text is missing or out of place.
import { TERMINAL, isBodyParagraph, type Rule } from './rule.js';
import { phrase } from '../../ui/catalogue.js';

export const unterminatedEnding: Rule = {
  id: 'unterminated-ending',
  severity: 'error',
  description: 'The last paragraph ends without terminal punctuation',
  check({ blocks, report }) {
    // A source note in brackets may close an article: look at the last paragraph before it.
    const paragraphs = blocks.filter((b) => b.node.type === 'paragraph' && isBodyParagraph(b.text.trim()) && !/^[(（].*[)）]$/.test(b.text.trim()));
    const last = paragraphs.at(-1);
    if (last && !TERMINAL.test(last.text.trim())) report(phrase('lint.unterminated-ending', { end: last.text.trim().slice(-8) }), last.end);
  },
};
