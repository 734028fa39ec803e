// The last paragraph of an article ends without terminal punctuation: text is missing or out of place.
import { isBodyParagraph, type Rule } from './rule.js';
import { endsSentence } from './script-marks.js';
import { phrase } from '../../ui/catalogue.js';

export const unterminatedEnding: Rule = {
  id: 'unterminated-ending',
  severity: 'error',
  description: 'The last paragraph ends without terminal punctuation',
  check({ blocks, report, script }) {
    // A source note in brackets may close an article: look at the last paragraph before it.
    const paragraphs = blocks.filter((b) => b.node.type === 'paragraph' && isBodyParagraph(b.text.trim()) && !/^[(（].*[)）]$/.test(b.text.trim()));
    const last = paragraphs.at(-1);
    if (last && !endsSentence(last.text.trim(), script)) report(phrase('lint.unterminated-ending', { end: last.text.trim().slice(-8) }), last.end);
  },
};
