// The print edition from the same layout as the screen edition: every page placed on a larger sheet with
// 3 mm bleed and crop marks, and /TrimBox and /BleedBox set, so the printer's file can never differ from
// the proofed pages. (Paged.js `bleed`/`marks` would need a second pagination for the same result.)
import { PDFDocument, cmyk } from 'pdf-lib';
import { setMetadata } from './pdf.js';
import { loadPdf, savePdf } from './pdf-io.js';
import type { PdfMetadata } from './pdf-metadata.js';

import { PT_PER_MM } from '../html/page-geometry.js';

export interface PrintOptions {
  /** Bleed around the trim, mm. Default 3. */
  bleed?: number;
  /** Paper outside the trim for the crop marks (slug), mm. Default 10. */
  slug?: number;
}

/** Make the print PDF from the finished screen PDF. `trim` is the trim size in mm. */
export async function makePrintEdition(
  screen: Uint8Array,
  trim: { width: number; height: number },
  meta: PdfMetadata,
  options: PrintOptions = {},
): Promise<Uint8Array> {
  const bleed = (options.bleed ?? 3) * PT_PER_MM;
  const slug = (options.slug ?? 10) * PT_PER_MM;
  const width = trim.width * PT_PER_MM;
  const height = trim.height * PT_PER_MM;
  const source = await loadPdf(screen);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const embedded = await pdf.embedPages(source.getPages());
  for (const form of embedded) {
    const page = pdf.addPage([width + 2 * slug, height + 2 * slug]);
    page.drawPage(form, { x: slug, y: slug });
    page.setTrimBox(slug, slug, width, height);
    page.setBleedBox(slug - bleed, slug - bleed, width + 2 * bleed, height + 2 * bleed);
    page.setCropBox(0, 0, width + 2 * slug, height + 2 * slug);
    drawCropMarks(page, { x: slug, y: slug, width, height }, bleed, slug);
  }
  setMetadata(pdf, meta);
  return savePdf(pdf);
}

/** Crop marks at the four corners, in registration colour, starting outside the bleed. */
function drawCropMarks(
  page: ReturnType<PDFDocument['addPage']>,
  trim: { x: number; y: number; width: number; height: number },
  bleed: number,
  slug: number,
): void {
  const color = cmyk(1, 1, 1, 1);
  const from = bleed + 1;
  const to = slug - 1;
  const xs = [trim.x, trim.x + trim.width];
  const ys = [trim.y, trim.y + trim.height];
  for (const x of xs) {
    for (const y of ys) {
      const dx = x === trim.x ? -1 : 1;
      const dy = y === trim.y ? -1 : 1;
      page.drawLine({ start: { x: x + dx * from, y }, end: { x: x + dx * to, y }, thickness: 0.25, color });
      page.drawLine({ start: { x, y: y + dy * from }, end: { x, y: y + dy * to }, thickness: 0.25, color });
    }
  }
}
