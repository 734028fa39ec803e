// No text lost: every sentence of the manuscripts is in the PDF's type area, in order. Paged.js has been
// known to drop table rows, footnotes and lines without a word.
import type { Check } from './check.js';
import { manuscriptText, missingSentences, normalise } from '../text.js';

export const textLost: Check = {
  id: 'text-lost',
  severity: 'error',
  rule: 'Nothing lost between manuscript and PDF',
  printed: true,
  run: ({ manuscripts, pdfPages, geometry }) => {
    const text = normalise(
      pdfPages
        .flatMap((p) => p.lines.filter((l) => l.yMax >= geometry.top && l.yMin <= p.height - geometry.bottom).map((l) => l.text))
        .join('')
        // Emphasis dots come out of pdftotext as a line of •.
        .replace(/•/g, ''),
    );
    return manuscripts.flatMap((m) => {
      const source = String(m.file.value).split('\n');
      return missingSentences(normalise(manuscriptText(m)), text).map((sentence) => {
        const probe = sentence.slice(0, 6);
        const line = source.findIndex((l) => normalise(l).includes(probe)) + 1;
        return { message: 'Sentence missing from the PDF', excerpt: sentence.slice(0, 30), file: m.file.path, line: line || undefined };
      });
    });
  },
};
