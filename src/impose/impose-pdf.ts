// The imposed PDF: the screen PDF's pages drawn two to a side on sheets, in the order order.ts gives. Each
// screen page becomes a form XObject (its content stream as it is, its resources: the text stays text),
// drawn in its half of the sheet, shifted toward the fold by the creep, and clipped to its half. Links,
// bookmarks and page labels are the screen PDF's business: a sheet has none.
import {
  PDFDocument,
  PDFName,
  clip,
  cmyk,
  concatTransformationMatrix,
  drawLine,
  drawObject,
  endPath,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  type PDFOperator,
} from 'pdf-lib';
import { flateStream, savePdf } from '../paginate/pdf-io.js';
import { setMetadata } from '../paginate/pdf.js';
import { pageForms } from '../paginate/page-forms.js';
import type { PdfMetadata } from '../paginate/pdf-metadata.js';
import { PT_PER_MM } from '../html/page-geometry.js';
import type { ImpositionOrder, PageSlot, SheetSide } from './order.js';
import { MARK_LENGTH, MARK_OFFSET, type Size } from './sheet.js';

export interface ImposeOptions {
  /** The sheet as it lies, mm: `width` across the fold. */
  sheet: Size;
  /** mm toward the fold per sheet outside this one (order.ts's depth). Default 0. */
  creep?: number;
  /** Which marks to draw (the caller has checked the room for them): crop marks' lines beside the pages,
   *  and above and below them (with the fold marks). Default none. */
  marks?: { beside: boolean; above: boolean } | undefined;
}

/** The imposed PDF of `source` (the screen PDF), in `order`. */
export async function imposePdf(source: PDFDocument, order: ImpositionOrder, options: ImposeOptions, meta: PdfMetadata): Promise<Uint8Array> {
  if (source.getPageCount() !== order.pages) throw new Error(`booklet: imposing ${order.pages} pages of a PDF of ${source.getPageCount()}`);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const forms = await pageForms(pdf, source);
  const width = options.sheet.width * PT_PER_MM;
  const height = options.sheet.height * PT_PER_MM;
  // The cell each page is drawn in: the trim, from the first page (Chromium's, a hair under the mm size).
  const cell = { width: forms[0]!.width, height: forms[0]!.height };
  const fold = width / 2;
  const bottom = (height - cell.height) / 2;
  for (const sheet of order.sheets) {
    // The creep moves both pages of a side toward the fold: left pages right, right pages left.
    const shift = (options.creep ?? 0) * sheet.depth * PT_PER_MM;
    // The back is drawn upright, left and right as order.ts gives them: a duplex printer flipping on the
    // short edge turns the sheet over left to right, and page 2 lands behind page 1. (Flipped on the long
    // edge, every back would have to be drawn upside down.)
    for (const side of [sheet.front, sheet.back] satisfies SheetSide[]) {
      const page = pdf.addPage([width, height]);
      const operators: PDFOperator[] = [];
      const draw = (slot: PageSlot, left: boolean) => {
        if (slot === null) return;
        const form = forms[slot - 1]!;
        const x = left ? fold - cell.width : fold;
        operators.push(
          pushGraphicsState(),
          // The page's own half only: the creep pushes its inner edge past the fold.
          rectangle(x, bottom, cell.width, cell.height),
          clip(),
          endPath(),
          concatTransformationMatrix(1, 0, 0, 1, x + (left ? shift : -shift) - form.x, bottom - form.y),
          drawObject(page.node.newXObject('P', form.ref)),
          popGraphicsState(),
        );
      };
      draw(side.left, true);
      draw(side.right, false);
      if (options.marks) operators.push(...marks({ width, height }, { x: fold - cell.width, y: bottom, width: 2 * cell.width, height: cell.height }, options.marks));
      // pdf-lib's operators, in one stream deflated by Node's zlib (page.pushOperators deflates in
      // JavaScript when the PDF is saved: a third of the time for 336 pages).
      page.node.set(PDFName.of('Contents'), pdf.context.register(flateStream(pdf.context, operators.join('\n'))));
    }
  }
  setMetadata(pdf, meta);
  return savePdf(pdf);
}

/** Crop marks at the spread's four outer corners and fold marks (dashed) at the fold, head and foot, in
 *  registration colour (all four inks, as print-edition.ts draws them), from MARK_OFFSET outside the trim;
 *  only those `room` allows. The fold is not trimmed: no crop mark there. */
function marks(sheet: Size, spread: { x: number; y: number; width: number; height: number }, room: { beside: boolean; above: boolean }): PDFOperator[] {
  const operators: PDFOperator[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number, dashed = false) =>
    operators.push(...drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.25, color: cmyk(1, 1, 1, 1), dashArray: dashed ? [2, 2] : [], dashPhase: 0 }));
  const offset = MARK_OFFSET * PT_PER_MM;
  const left = spread.x;
  const right = spread.x + spread.width;
  const bottom = spread.y;
  const top = spread.y + spread.height;
  // A mark runs MARK_LENGTH, or to 1 mm from the sheet's edge.
  const besideEnd = Math.min(offset + MARK_LENGTH * PT_PER_MM, left - PT_PER_MM);
  const aboveEnd = Math.min(offset + MARK_LENGTH * PT_PER_MM, bottom - PT_PER_MM);
  if (room.beside) {
    for (const y of [bottom, top]) {
      line(left - offset, y, left - besideEnd, y);
      line(right + offset, y, right + besideEnd, y);
    }
  }
  if (room.above) {
    for (const x of [left, right]) {
      line(x, bottom - offset, x, bottom - aboveEnd);
      line(x, top + offset, x, top + aboveEnd);
    }
    const fold = sheet.width / 2;
    line(fold, bottom - offset, fold, bottom - aboveEnd, true);
    line(fold, top + offset, fold, top + aboveEnd, true);
  }
  return operators;
}
