// A page whose content is taller than the type area: Paged.js could not fit something (a huge image or
// table), and what does not fit is cut off.
import { type Check } from './check.js';
import { phrase } from '../../ui/catalogue.js';

export const pageOverflow: Check = {
  id: 'page-overflow',
  severity: 'error',
  rule: 'Content fits its page',
  run: ({ layout }) =>
    layout.pages
      .filter((p) => p.overflow)
      .map((p) => {
        const block = p.blocks.at(-1);
        return { message: phrase('proof.page-overflow'), page: p.index, excerpt: block?.lines.at(-1)?.text.slice(0, 16) ?? '', file: block?.source || undefined, line: block?.line };
      }),
};
