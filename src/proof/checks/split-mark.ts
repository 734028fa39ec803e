// —— and …… are one unbreakable 2-em mark: never split across two lines (cjk-print-rules A3).
import { eachLine, placeOf, type Check } from './check.js';
import { phrase } from '../../ui/catalogue.js';

export const splitMark: Check = {
  id: 'split-mark',
  severity: 'error',
  rule: 'A3 two-em marks are unbreakable (GB/T 15834 §5.1.4–5.1.5)',
  run: ({ layout }) =>
    [...eachLine(layout)]
      .filter(({ line, next }) => next !== undefined && /[—…⋯]$/.test(line.text) && line.text.at(-1) === next.text[0] && !/[—…⋯]{2}$/.test(line.text))
      .map(({ page, block, line, next }) => ({
        message: phrase('proof.split-mark', { mark: line.text.at(-1)!.repeat(2) }),
        page: page.index,
        excerpt: `${line.text.slice(-8)}⏎${next!.text.slice(0, 8)}`,
        ...placeOf(block),
      })),
};
