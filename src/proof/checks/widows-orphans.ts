// 孤行: a paragraph split across pages leaves at least two lines on each side (cjk-print-rules D5).
import { bodyBlocks, placeOf, type Check, type RawFinding } from './check.js';
import type { BlockLayout } from '../../paginate/in-page/bridge.js';
import { phrase } from '../../ui/catalogue.js';

export const widowsOrphans: Check = {
  id: 'widows-orphans',
  severity: 'error',
  rule: 'D5 no widow or orphan line (clreq)',
  run: ({ layout }) =>
    layout.pages.flatMap((page) => {
      const blocks = bodyBlocks(page);
      const out: RawFinding[] = [];
      // What a split block leaves on the page: its lines, or, for a whole item of a split list (the
      // contents above all), the lines of all of that list on the page.
      const share = (block: BlockLayout) =>
        block.list?.whole ? blocks.filter((b) => b.list?.ref === block.list!.ref).reduce((n, b) => n + b.lines.length, 0) : block.lines.length;
      const first = blocks[0];
      if (first?.splitFrom && share(first) === 1) out.push({ message: phrase('proof.widow'), page: page.index, excerpt: first.lines[0]!.text.slice(0, 16), ...placeOf(first) });
      const last = blocks.at(-1);
      if (last?.splitTo && share(last) === 1) out.push({ message: phrase('proof.orphan'), page: page.index, excerpt: last.lines[0]!.text.slice(0, 16), ...placeOf(last) });
      return out;
    }),
};
