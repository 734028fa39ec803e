// 背题: no heading as the last thing on a page, nor with less than two lines of its text after it there
// while its section goes on over the page (cjk-print-rules F2; printers' "不允许背题").
import { bodyBlocks, placeOf, type Check, type RawFinding } from './check.js';
import { phrase } from '../../ui/catalogue.js';

export const headingAtFoot: Check = {
  id: 'heading-at-foot',
  severity: 'error',
  rule: 'F2 no heading at the foot of a page (clreq)',
  run: ({ layout }) =>
    layout.pages.flatMap((page, i): RawFinding[] => {
      const blocks = bodyBlocks(page);
      const at = blocks.findLastIndex((b) => /^h[1-6]$/.test(b.tag));
      if (at < 0) return [];
      const heading = blocks[at]!;
      const excerpt = heading.lines.map((l) => l.text).join('');
      if (at === blocks.length - 1) return [{ message: phrase('proof.heading-at-foot'), page: page.index, excerpt, ...placeOf(heading) }];
      const after = blocks.slice(at + 1).reduce((n, b) => n + b.lines.length, 0);
      // The section goes on over the page: the next page's text is from the same manuscript (an article
      // split by the page keeps its source, not its id), no heading first.
      const next = layout.pages[i + 1];
      const first = next && !next.blank ? bodyBlocks(next)[0] : undefined;
      const goesOn = first !== undefined && heading.source !== '' && first.source === heading.source && !/^h[1-6]$/.test(first.tag) && !first.phrased;
      // A heading that opens the page is not at its foot, whatever fills the rest (a note, a figure).
      return after < 2 && goesOn && at > 0
        ? [{ message: phrase('proof.heading-at-foot.lines', { n: after }), page: page.index, excerpt, ...placeOf(heading) }]
        : [];
    }),
};
