// The simple engine (`--simple`, `engine: simple` in booklet.yaml): the plain path beside the parts
// engine's speed layers (paginate-book.ts). The whole book is laid out at once by Paged.js in one page of
// Chromium (with the blank versos Paged.js puts in itself), numbered, printed, and joined as one part: no
// split into parts, no page cache, no renumbering of glyphs, no sibling Chromiums, no pages kept between
// builds. Both engines make the same book (test/paginate/engines.test.ts): this one is the reference when
// a speed layer is in doubt, and what to build with when one fails.
import { renderFirstPage } from './first-page.js';
import { finishUnits, layOutUnits } from './pagedjs.js';
import type { BrowserPool } from './browser-pool.js';
import { sliceLayout, unitPrint } from './unit-facts.js';
import { numberBook, pagesOfUnit } from './numbering.js';
import { joinBook, type BookPagination } from './join-book.js';
import type { PaginateBookOptions } from './paginate-book.js';

export type WholeOptions = Omit<PaginateBookOptions, 'jobs' | 'cache' | 'retainGids'>;

/** Paginate the book in `htmlPath` (whose body has `size` top-level elements) in one page of `pool`. */
export async function paginateWhole(pool: BrowserPool, htmlPath: string, size: number, options: WholeOptions): Promise<BookPagination> {
  const assembling = import('./assemble-pdf.js');
  const laid = await layOutUnits(await pool.open(), htmlPath, [size], [0], {
    ...(options.stallTimeout ? { stallTimeout: options.stallTimeout } : {}),
    ...(options.pagesLaidOut ? { pagesLaidOut: options.pagesLaidOut } : {}),
    ...(options.step ? { step: options.step } : {}),
  });
  try {
    const own = pagesOfUnit(laid.pages, 0);
    const numbering = numberBook([own.map((i) => laid.pages[i]!)]);
    const numbers = laid.pages.map(() => 0);
    own.forEach((i, k) => (numbers[i] = numbering.numbers[k]!));
    const targets: Record<string, number> = {};
    for (const anchor of laid.anchors) targets[anchor.id] ??= numbers[anchor.page - 1]!;
    const printing = options.step?.('Print the book');
    const finished = await finishUnits(laid, numbers, targets, { collect: options.collect ?? false });
    const cover = options.cover ? await renderFirstPage(laid.page, options.height / options.width) : undefined;
    printing?.();
    await laid.close();
    const source = await (await assembling).loadPdf(finished.pdf);
    const printed = new Map([[0, { source, print: unitPrint(finished, own, ''), ...(finished.layout ? { layout: sliceLayout(finished.layout, own) } : {}) }]]);
    const joined = await joinBook(numbering, printed, options);
    const result: BookPagination = { facts: joined.facts, pdf: joined.pdf, structure: joined.structure, warnings: laid.warnings, laidOut: 1, cached: 0, pages: 1 };
    if (cover) result.cover = cover;
    if (options.collect) Object.assign(result, { layout: joined.layout, fonts: [...(finished.fonts ?? [])].sort((a, b) => a.postScriptName.localeCompare(b.postScriptName)) });
    return result;
  } finally {
    await laid.close();
  }
}
