// 单行不成面: no page that holds a single line of text (cjk-print-rules D5, printers' rule).
import { bodyBlocks, placeOf, type Check } from './check.js';
import { phrase } from '../../ui/catalogue.js';

export const singleLinePage: Check = {
  id: 'single-line-page',
  severity: 'error',
  rule: 'D5 no page with a single line (单行不成面)',
  run: ({ layout, pagination }) =>
    layout.pages.flatMap((page) => {
      const blocks = bodyBlocks(page);
      const lines = blocks.reduce((n, b) => n + b.lines.length, 0);
      // A page that opens a part (cover, a short colophon) is laid out on purpose.
      const opens = pagination.pages[page.index - 1]?.opens ?? '';
      // A figure with its one-line caption fills a page (a tall image moved to a page of its own): the
      // page is not a lone line. An inline image, one text line high, does not count.
      const figure = (page.images ?? []).some((i) => i.bottom - i.top > 2 * (blocks[0]?.fontSize ?? 0));
      // A note carried on from the page before fills the page below its last line of text.
      const carried = page.blocks.some((b) => b.tag === 'footnote' && b.splitFrom);
      return !page.blank && lines === 1 && opens === '' && !figure && !carried
        ? [{ message: phrase('proof.single-line-page'), page: page.index, excerpt: blocks[0]!.lines[0]!.text.slice(0, 16), ...placeOf(blocks[0]!) }]
        : [];
    }),
};
