// The book joined from its printed units, as both engines end (paginate-book.ts, paginate-whole.ts): the
// pages in book order with the blank versos the numbering put in, the facts of every page (book-relative
// indices and sides), the anchors, links, contents and structure of each unit moved to its place, and one
// PDF of it all (assemble-pdf.ts).
import type { PDFDocument } from 'pdf-lib';
import type { VFileMessage } from 'vfile-message';
import type { Numbering } from './numbering.js';
import type { UnitPrint } from './page-cache.js';
import type { AssembledPage } from './assemble-pdf.js';
import type { UnitStructure } from './structure/tag-book.js';
import type { UsedFont } from './used-fonts.js';
import { PT_PER_PX } from '../html/page-geometry.js';
import type { AnchorFacts, LayoutFacts, LinkFacts, PageFacts, PaginationFacts } from './in-page/bridge.js';

/** A unit's printed pages, wherever they come from. Pages are 1-based within the unit. */
export interface Printed {
  source: PDFDocument;
  print: UnitPrint;
  layout?: LayoutFacts;
}

export interface BookPagination {
  facts: PaginationFacts;
  pdf: PDFDocument;
  /** What each page holds as the structure tree (one entry a page, undefined for a blank one): the
   *  screen edition tags the PDF with it (structure/tag-book.ts). */
  structure: UnitStructure[];
  cover?: Uint8Array;
  warnings: VFileMessage[];
  layout?: LayoutFacts;
  fonts?: UsedFont[];
  /** Units laid out in this build, units taken from the cache, and the pages of Chromium that laid out. */
  laidOut: number;
  cached: number;
  pages: number;
}

export interface JoinOptions {
  /** Trim size in pt, for blank pages. */
  width: number;
  height: number;
  /** PostScript name → the font file given to Chromium (merge-fonts.ts). */
  fonts: Map<string, string>;
  step?: ((label: string) => (note?: string) => void) | undefined;
}

/** The joined book: its PDF (not yet saved), the facts of its pages, their structure and (when the
 *  units have it) their layout. */
export async function joinBook(
  numbering: Numbering,
  printed: Map<number, Printed>,
  options: JoinOptions,
): Promise<{ pdf: PDFDocument; facts: PaginationFacts; structure: UnitStructure[]; layout: LayoutFacts }> {
  const assembling = import('./assemble-pdf.js');
  const pages: AssembledPage[] = [];
  const facts: PageFacts[] = [];
  const anchors: AnchorFacts[] = [];
  const links: LinkFacts[] = [];
  const structure: UnitStructure[] = [];
  const layoutPages: LayoutFacts['pages'] = [];
  let toc: PaginationFacts['toc'] = [];
  numbering.pages.forEach((page, i) => {
    const index = i + 1;
    const side = index % 2 === 1 ? 'right' : 'left';
    if ('blank' in page) {
      pages.push({ blank: true });
      structure.push(undefined);
      facts.push(blankFacts(numbering, printed, i));
      layoutPages.push({ index, side, blank: true, overflow: false, width: 0, height: 0, blocks: [] });
      return;
    }
    const { source, print, layout } = printed.get(page.unit)!;
    pages.push({ source, index: print.indices[page.page]! });
    structure.push({ unit: page.unit, nodes: print.structure[page.page]!.nodes });
    facts.push({ ...print.facts[page.page]!, index, side });
    const pageLayout = layout?.pages[page.page];
    if (pageLayout) layoutPages.push({ ...pageLayout, index, side });
    if (page.page === 0) {
      anchors.push(...print.anchors.map((a) => ({ ...a, page: a.page + i })));
      links.push(...print.links.map((l) => ({ ...l, page: l.page + i })));
      if (print.toc.length > 0) toc = print.toc;
    }
  });
  const joining = options.step?.(`Join ${pages.length} pages`);
  const pdf = await (await assembling).assemblePdf(pages, { width: options.width, height: options.height, fonts: options.fonts, links, anchors });
  joining?.();
  return { pdf, facts: { pages: facts, anchors, toc, width: options.width / PT_PER_PX, height: options.height / PT_PER_PX }, structure, layout: { pages: layoutPages } };
}

/** The facts of the blank verso at book index `i` (0-based): it bears the name of the page after it. */
function blankFacts(numbering: Numbering, printed: Map<number, Printed>, i: number): PageFacts {
  const index = i + 1;
  const next = numbering.pages.slice(i + 1).find((p): p is { unit: number; page: number } => 'unit' in p);
  const name = next ? (printed.get(next.unit)!.print.facts[0]?.name ?? '') : '';
  return { index, side: index % 2 === 1 ? 'right' : 'left', blank: true, name, counter: numbering.numbers[i]!, folio: '', lines: [], opens: '', lastBlock: '' };
}
