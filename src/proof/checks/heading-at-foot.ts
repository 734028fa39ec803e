// 背题: no heading as the last thing on a page (cjk-print-rules F2; printers' "不允许背题").
import { bodyBlocks, placeOf, type Check } from './check.js';

export const headingAtFoot: Check = {
  id: 'heading-at-foot',
  severity: 'error',
  rule: 'F2 no heading at the foot of a page (clreq)',
  run: ({ layout }) =>
    layout.pages.flatMap((page) => {
      const last = bodyBlocks(page).at(-1);
      return last && /^h[1-6]$/.test(last.tag)
        ? [{ message: 'A heading ends the page (背题)', page: page.index, excerpt: last.lines.map((l) => l.text).join(''), ...placeOf(last) }]
        : [];
    }),
};
