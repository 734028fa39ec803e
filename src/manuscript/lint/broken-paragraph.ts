// Extraction damage: a paragraph that stops mid-sentence and the next paragraph that continues it
// (PDF extraction breaks paragraphs at column and page ends). Fix: join them, when both sides are Han.
import { HAN, isBodyParagraph, type Rule } from './rule.js';
import { endsSentence } from './script-marks.js';
import { phrase } from '../../ui/catalogue.js';

const HAN_END = new RegExp(`[${HAN}、，]$`, 'u');
const HAN_START = new RegExp(`^[${HAN}、，]`, 'u');

export const brokenParagraph: Rule = {
  id: 'broken-paragraph',
  severity: 'error',
  description: 'A paragraph ends mid-sentence and the next one continues it (extraction damage)',
  check({ file, blocks, report, script }) {
    const source = String(file.value);
    blocks.forEach((block, i) => {
      const next = blocks[i + 1];
      if (block.node.type !== 'paragraph' || next?.node.type !== 'paragraph') return;
      // Only the next block of the text: a paragraph that a code block, a list or a table follows
      // introduces it (“如下:” before the code), and no paragraph of the text went on after it.
      if (/\S/.test(source.slice(block.end, next.start))) return;
      const text = block.text.trim();
      if (!isBodyParagraph(text) || endsSentence(text, script) || /^\*\*[^*]+\*\*$/.test(block.raw.trim())) return;
      const joinable = HAN_END.test(text) && HAN_START.test(next.text.trim());
      report(
        phrase('lint.broken-paragraph', { end: text.slice(-6), next: next.text.trim().slice(0, 6) }),
        block.end,
        joinable ? [{ start: block.end, end: next.start, text: '' }] : undefined,
      );
    });
  },
};
