// The contents' page numbers, as printed, are the folios of the pages where each article and section
// really is (both read from the PDF).
import type { Check, ProofContext, RawFinding } from './check.js';
import { marginText } from './running-heads.js';
import { normalise } from '../text.js';
import { folioText } from '../../html/furniture-css.js';
import { phrase } from '../../ui/catalogue.js';

/** The numbers at the ends of the contents' lines, in order, from the PDF. */
function printedNumbers(context: ProofContext): number[] {
  const { pagination, pdfPages, geometry } = context;
  const start = pagination.pages.find((p) => p.opens === 'toc');
  if (!start) return [];
  const numbers: number[] = [];
  for (const page of pagination.pages.slice(start.index - 1)) {
    if (page.index > start.index && (page.opens !== '' || page.blank)) break;
    const pdf = pdfPages[page.index - 1];
    for (const line of pdf?.lines ?? []) {
      if (line.yMax < geometry.top || line.yMin > pdf!.height - geometry.bottom) continue;
      const number = /(\d+)$/.exec(line.text.replace(/\s/g, ''))?.[1];
      if (number) numbers.push(Number(number));
    }
  }
  return numbers;
}

export const tocPages: Check = {
  id: 'toc-pages',
  severity: 'error',
  rule: 'Contents agree with the pages',
  printed: true,
  run: (context) => {
    const entries = context.pagination.toc;
    if (entries.length === 0) return [];
    const printed = printedNumbers(context);
    const out: RawFinding[] = [];
    if (printed.length !== entries.length) {
      out.push({ message: phrase('proof.toc-pages.count', { n: printed.length, count: entries.length }), excerpt: printed.join(' ') });
    }
    entries.forEach((entry, i) => {
      const anchor = context.pagination.anchors.find((a) => `#${a.id}` === entry.href);
      const folio = anchor ? marginText(context, anchor.page).foot : '';
      const shown = printed[i];
      // The contents print the number alone; the foot may dress it (folio.form: — 3 —).
      if (shown === undefined || normalise(folioText(context.booklet.folio.form, String(shown))) !== normalise(folio)) {
        out.push({ message: phrase('proof.toc-pages.page', { shown: String(shown ?? '?'), folio: folio || '?' }), page: anchor?.page, excerpt: entry.text });
      }
    });
    return out;
  },
};
