// 避头: no line starts with a pause or stop mark, a closing bracket or quote, a connector, the interpunct
// or a solidus; at clreq's strict level —— and …… neither (cjk-print-rules A1, A4; GB/T 15834 §5.1).
import { eachLine, placeOf, type Check } from './check.js';
import { noLineStart } from './region-marks.js';
import { bookRegion } from '../../config/language.js';
import { phrase } from '../../ui/catalogue.js';

export const lineStart: Check = {
  id: 'line-start',
  severity: 'error',
  rule: 'A1/A4 line-start prohibition (clreq, strict level)',
  run: ({ layout, booklet }) => {
    const marks = noLineStart(bookRegion(booklet.language));
    return [...eachLine(layout)]
      .filter(({ first, line }) => !first && marks.has(line.text[0] ?? ''))
      .map(({ page, block, line }) => ({ message: phrase('proof.line-start', { char: line.text[0]! }), page: page.index, excerpt: line.text.slice(0, 16), ...placeOf(block) }));
  },
};
