// Extraction damage: a paragraph that starts mid-sentence (“目标，全力打造…”, “疗、教育…”), the tail of a
// sentence whose head is elsewhere. Only where some paragraph of the file is unfinished, since many good
// paragraphs open with a short word and a comma (当前，因此，).
import { HAN, isBodyParagraph, type Rule } from './rule.js';
import { OPENERS as SCRIPT_OPENERS, endsSentence } from './script-marks.js';
import { phrase } from '../../ui/catalogue.js';

/** A paragraph's start that is the tail of a sentence: one or two Han characters and a comma. */
export const FRAGMENT = new RegExp(`^[${HAN}]{1,2}[，、]`, 'u');

/** Words that open a Simplified sentence with a comma after them (当前，因此，): no fragment (import uses it). */
export const OPENERS = SCRIPT_OPENERS.Hans;

export const fragmentStart: Rule = {
  id: 'fragment-start',
  severity: 'error',
  description: 'A paragraph starts mid-sentence: a fragment out of place (extraction damage)',
  check({ blocks, report, script }) {
    const paragraphs = blocks.filter((b) => b.node.type === 'paragraph');
    const unfinished = paragraphs.filter((b) => isBodyParagraph(b.text.trim()) && !endsSentence(b.text.trim(), script) && !/^\*\*[^*]+\*\*$/.test(b.raw.trim()));
    if (unfinished.length === 0) return;
    for (const block of paragraphs) {
      const text = block.text.trim();
      if (!FRAGMENT.test(text) || SCRIPT_OPENERS[script].test(text)) continue;
      report(phrase('lint.fragment-start', { start: text.slice(0, 6) }), block.start);
    }
  },
};
