// The imposed edition of a booklet: its screen PDF's pages in the order that folds into it (order.ts),
// drawn on its sheets (impose-pdf.ts), and what that did to the book, said: the blank pages added, a
// booklet too thick to staple, marks the sheet has no room for, a creep deeper than the gutter.
import type { VFileMessage } from 'vfile-message';
import { createMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { ResolvedBooklet } from '../config/resolve.js';
import type { PaginationFacts } from '../paginate/in-page/bridge.js';
import type { PdfMetadata } from '../paginate/pdf-metadata.js';
import { loadPdf } from '../paginate/pdf-io.js';
import { pageGeometry, PT_PER_MM } from '../html/page-geometry.js';
import { imposeOrder, type ImpositionOrder } from './order.js';
import { imposePdf } from './impose-pdf.js';
import { MARK_ROOM, markRoom } from './sheet.js';

/** The most pages one saddle-stitched booklet takes well: 16 sheets of office paper folded together. */
export const SADDLE_PAGES = 64;

/** The imposed PDF of the screen PDF `screen`; its messages go to `report`. */
export async function imposeBooklet(
  screen: Uint8Array,
  booklet: Pick<ResolvedBooklet, 'imposition' | 'page'>,
  facts: Pick<PaginationFacts, 'pages'> | undefined,
  meta: PdfMetadata,
  report: (message: VFileMessage) => void,
): Promise<Uint8Array> {
  const source = await loadPdf(screen);
  const pages = source.getPageCount();
  const { imposition } = booklet;
  const order = imposeOrder(pages, { signature: imposition.signatures, keepLast: backMatter(pages, facts) });
  orderMessages(order, booklet).forEach(report);
  const room = markRoom(imposition.sheet, booklet.page);
  const marks = imposition.marks ? { beside: room.beside >= MARK_ROOM, above: room.above >= MARK_ROOM } : undefined;
  if (marks && !(marks.beside && marks.above)) report(marksMessage(marks, room, booklet));
  return imposePdf(source, order, { sheet: imposition.sheet, creep: imposition.creep, marks }, meta);
}

/** How many of the book's last pages are its back matter, which the blank pages go before: from the
 *  colophon's first page to the end (document.ts ends the book with it), else the last page. */
export function backMatter(pages: number, facts: Pick<PaginationFacts, 'pages'> | undefined): number {
  const colophon = facts?.pages.findLast((p) => p.opens === 'colophon');
  return colophon && colophon.index <= pages ? pages - colophon.index + 1 : 1;
}

/** The blank pages added (info), a saddle-stitched booklet over 64 pages, a creep past the gutter. */
function orderMessages(order: ImpositionOrder, booklet: Pick<ResolvedBooklet, 'imposition' | 'page'>): VFileMessage[] {
  const { imposition } = booklet;
  const messages: VFileMessage[] = [];
  if (order.padding) {
    const values = { count: order.padding.count, before: order.padding.before, total: order.total, sheets: order.sheets.length, signatures: order.signatures.length };
    const reason = order.padding.before > order.pages ? phrase('impose.padding-end', values) : phrase('impose.padding', values);
    const info = createMessage(reason, imposition.places.signatures, 'imposition', { hint: phrase('impose.padding.hint') });
    info.fatal = undefined;
    messages.push(info);
  }
  if (imposition.signatures === undefined && order.total > SADDLE_PAGES) {
    const values = { total: order.total, sheets: order.sheets.length };
    messages.push(createMessage(phrase('impose.too-thick', values), imposition.places.signatures, 'imposition', { fatal: false, hint: phrase('impose.too-thick.hint') }));
  }
  const deepest = Math.max(...order.sheets.map((s) => s.depth));
  const shift = imposition.creep * deepest;
  const inner = pageGeometry(booklet.page).inner / PT_PER_MM;
  if (shift > inner) {
    const values = { shift: round(shift), inner: round(inner) };
    messages.push(createMessage(phrase('impose.creep-gutter', values), imposition.places.creep, 'imposition', { fatal: false, hint: phrase('impose.creep-gutter.hint') }));
  }
  return messages;
}

/** Marks asked for where the sheet has no room for some or all of them. */
function marksMessage(marks: { beside: boolean; above: boolean }, room: { beside: number; above: number }, booklet: Pick<ResolvedBooklet, 'imposition' | 'page'>): VFileMessage {
  const values = { sheet: booklet.imposition.sheet.name, trim: booklet.page.name, beside: round(room.beside), above: round(room.above), need: MARK_ROOM };
  const place = booklet.imposition.places.marks;
  if (!marks.beside && !marks.above) return createMessage(phrase('impose.no-room', values), place, 'imposition', { fatal: false, hint: phrase('impose.no-room.hint', values) });
  const reason = marks.above ? phrase('impose.no-room-beside', values) : phrase('impose.no-room-above', values);
  return createMessage(reason, place, 'imposition', { fatal: false, hint: phrase('impose.no-room-some.hint', values) });
}

const round = (mm: number) => Math.round(mm * 10) / 10;
