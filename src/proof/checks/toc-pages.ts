// The contents' page numbers are the folios of the pages where each article and section really is.
import type { Check } from './check.js';
import { marginText } from './running-heads.js';

export const tocPages: Check = {
  id: 'toc-pages',
  severity: 'error',
  rule: 'Contents agree with the pages',
  run: (context) =>
    context.pagination.toc.flatMap((entry) => {
      const anchor = context.pagination.anchors.find((a) => `#${a.id}` === entry.href);
      const printed = anchor ? marginText(context, anchor.page).foot : '';
      return anchor && String(entry.shown) === printed
        ? []
        : [{ message: `Contents say p. ${entry.shown ?? '?'}, but it is on p. ${printed || '?'}`, page: anchor?.page, excerpt: entry.text }];
    }),
};
