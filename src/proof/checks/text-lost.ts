// No text lost: every sentence a reader reads in the typeset document is in the PDF's type area, in
// order, in its own stream: the running text (with footnote calls and list numbers), the footnotes at
// the foot of the pages, captions, table cells. Paged.js has been known to drop table rows, footnotes and
// lines without a word; a user stylesheet can hide or cut off text.
import type { Check, RawFinding } from './check.js';
import { missingInOrder, normalise } from '../text.js';
import { expectedText, STREAMS, type ExpectedBlock, type Stream } from '../expected-text.js';
import { printedText } from '../printed-text.js';
import { withoutNumbers } from '../number-forms.js';
import { phrase } from '../../ui/catalogue.js';

const MESSAGES = {
  body: 'proof.text-lost.body',
  footnotes: 'proof.text-lost.footnotes',
  captions: 'proof.text-lost.captions',
  cells: 'proof.text-lost.cells',
} as const satisfies Record<Stream, string>;

export const textLost: Check = {
  id: 'text-lost',
  severity: 'error',
  rule: 'Nothing lost between manuscript and PDF',
  printed: true,
  run: ({ document, manuscripts, pdfPages, layout, geometry }) => {
    const expected = expectedText(document);
    const printed = printedText(pdfPages, layout, geometry);
    const sources = new Map(manuscripts.map((m) => [m.file.path, String(m.file.value).split('\n')]));
    return STREAMS.flatMap((stream) =>
      missingInOrder(expected[stream].map((b) => b.text), printed[stream]).map(({ index, sentence }): RawFinding => {
        const block = expected[stream][index]!;
        const shown = withoutNumbers(sentence);
        return { message: phrase(MESSAGES[stream]), excerpt: shown.slice(0, 30), file: block.file, line: lineOf(shown, block, sources.get(block.file)) };
      }),
    );
  },
};

/** The manuscript line of a sentence: the line of its block that holds its start, else the block's line. */
function lineOf(sentence: string, block: ExpectedBlock, source: string[] | undefined): number | undefined {
  const probe = normalise(sentence).slice(0, 6);
  if (!source || probe === '') return block.line;
  const from = (block.line ?? 1) - 1;
  for (let i = from; i < source.length; i++) {
    if (normalise(source[i]!).includes(probe)) return i + 1;
    // The block ends at a blank line (its sentence may have been written otherwise: a note, a cell).
    if (block.line !== undefined && i > from && source[i]!.trim() === '') break;
  }
  return block.line;
}
