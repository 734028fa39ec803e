// 避尾: no line ends with an opening bracket or quote (cjk-print-rules A2).
import { eachLine, placeOf, type Check } from './check.js';
import { noLineEnd } from './region-marks.js';
import { bookRegion } from '../../config/language.js';
import { phrase } from '../../ui/catalogue.js';

export const lineEnd: Check = {
  id: 'line-end',
  severity: 'error',
  rule: 'A2 line-end prohibition (clreq)',
  run: ({ layout, booklet }) => {
    const marks = noLineEnd(bookRegion(booklet.language));
    return [...eachLine(layout)]
      .filter(({ last, line }) => !last && marks.has(line.text.at(-1) ?? ''))
      .map(({ page, block, line }) => ({ message: phrase('proof.line-end', { char: line.text.at(-1)! }), page: page.index, excerpt: line.text.slice(-16), ...placeOf(block) }));
  },
};
