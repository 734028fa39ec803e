// Extraction damage: a paragraph that starts mid-sentence (“目标，全力打造…”, “疗、教育…”), the tail of a
// sentence whose head is elsewhere. Only where some paragraph of the file is unfinished, since many good
// paragraphs open with a short word and a comma (当前，因此，).
import { HAN, TERMINAL, isBodyParagraph, type Rule } from './rule.js';
import { phrase } from '../../ui/catalogue.js';

/** A paragraph's start that is the tail of a sentence: one or two Han characters and a comma. */
export const FRAGMENT = new RegExp(`^[${HAN}]{1,2}[，、]`, 'u');
/** Words that open a sentence with a comma after them (当前，因此，): no fragment. */
export const OPENERS = /^(当前|目前|同时|此外|因此|首先|其次|再次|最后|未来|近年|长远|为此|总之|另外|然而|但是|所以|如今|当下|其中|一是|二是|三是|四是|五是)/;

export const fragmentStart: Rule = {
  id: 'fragment-start',
  severity: 'error',
  description: 'A paragraph starts mid-sentence: a fragment out of place (extraction damage)',
  check({ blocks, report }) {
    const paragraphs = blocks.filter((b) => b.node.type === 'paragraph');
    const unfinished = paragraphs.filter((b) => isBodyParagraph(b.text.trim()) && !TERMINAL.test(b.text.trim()) && !/^\*\*[^*]+\*\*$/.test(b.raw.trim()));
    if (unfinished.length === 0) return;
    for (const block of paragraphs) {
      const text = block.text.trim();
      if (!FRAGMENT.test(text) || OPENERS.test(text)) continue;
      report(phrase('lint.fragment-start', { start: text.slice(0, 6) }), block.start);
    }
  },
};
