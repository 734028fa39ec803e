// How the proof names a page to its reader: by the folio printed on it and by its place in the PDF
// ("p. 2 (PDF p. 8)"); a page with no folio by what it is ("cover (PDF p. 1)") or by its PDF page alone.
// pageName() is the one place that words a page, in the reader's language ("第 2 页（PDF 第 8 页）").
import type { PageFacts } from '../paginate/in-page/bridge.js';
import { phrase, say } from '../ui/catalogue.js';
import type { Ui } from '../ui/ui.js';

/** What a page without a folio is: a part of the front matter, or a blank page. */
export type PageKind = 'cover' | 'title-page' | 'toc' | 'blank';

/** A page as the reader can find it. */
export interface PageLabel {
  /** The page in the PDF, 1-based (what `pdftoppm`, the page images and the findings count). */
  pdf: number;
  /** The folio printed on it; '' for none. */
  folio: string;
  /** What it is, for a page with no folio that is blank or part of the front matter. */
  kind?: PageKind;
}

// The parts of the front matter (page.css: unnumbered), as src/html/document.ts names their classes.
const FRONT: ReadonlySet<string> = new Set(['cover', 'title-page', 'toc']);

/** The label of every laid-out page, in PDF order. A page goes on with the part that opened on an earlier
 *  page (the contents' second page is the contents too). */
export function pageLabels(pages: readonly PageFacts[]): PageLabel[] {
  let part = '';
  return pages.map((page) => {
    if (page.opens) part = page.opens;
    const kind = page.folio ? undefined : page.blank ? 'blank' : FRONT.has(part) ? (part as PageKind) : undefined;
    return { pdf: page.index, folio: page.folio, ...(kind ? { kind } : {}) };
  });
}

/** The label of PDF page `page`: a page the book no longer has (one the baseline has) is its PDF page alone. */
export const labelOf = (labels: readonly PageLabel[], page: number): PageLabel => labels[page - 1] ?? { pdf: page, folio: '' };

/** "p. 2 (PDF p. 8)", "cover (PDF p. 1)", or "PDF p. 12" for a page that is neither numbered nor known;
 *  in `ui` (default English): "第 2 页（PDF 第 8 页）", "封面（PDF 第 1 页）", "PDF 第 12 页". */
export function pageName(label: PageLabel, ui: Ui = 'en'): string {
  const page = label.pdf;
  if (label.folio) return say(ui, phrase('report.page.folio', { folio: label.folio, page }));
  if (label.kind) return say(ui, phrase(`report.page.${label.kind}`, { page }));
  return say(ui, phrase('report.page.pdf', { page }));
}
