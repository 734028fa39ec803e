// The print edition from the same layout as the screen edition: every page placed on a larger sheet with
// 3 mm bleed and crop marks, and /TrimBox and /BleedBox set, so the printer's file can never differ from
// the proofed pages. (Paged.js `bleed`/`marks` would need a second pagination for the same result.)
import { PDFDocument, PDFName } from 'pdf-lib';
import { setMetadata } from './pdf.js';
import { pageForms } from './page-forms.js';
import { flateStream, loadPdf, savePdf } from './pdf-io.js';
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
  const { context } = pdf;
  const marks = cropMarks({ x: slug, y: slug, width, height }, bleed, slug);
  // Each screen page becomes a form drawn on its sheet (page-forms.ts), with no links.
  for (const form of await pageForms(pdf, source)) {
    const page = pdf.addPage([width + 2 * slug, height + 2 * slug]);
    page.node.set(PDFName.of('Resources'), context.obj({ XObject: { P: form.ref } }));
    const drawing = `q 1 0 0 1 ${slug - form.x} ${slug - form.y} cm /P Do Q\n${marks}`;
    page.node.set(PDFName.of('Contents'), context.register(flateStream(context, drawing)));
    page.setTrimBox(slug, slug, width, height);
    page.setBleedBox(slug - bleed, slug - bleed, width + 2 * bleed, height + 2 * bleed);
    page.setCropBox(0, 0, width + 2 * slug, height + 2 * slug);
  }
  setMetadata(pdf, meta);
  return savePdf(pdf);
}

/** Crop marks at the four corners, in registration colour (all four inks), starting outside the bleed:
 *  content stream operators. */
function cropMarks(trim: { x: number; y: number; width: number; height: number }, bleed: number, slug: number): string {
  const from = bleed + 1;
  const to = slug - 1;
  const lines: string[] = ['q 1 1 1 1 K 0.25 w'];
  for (const x of [trim.x, trim.x + trim.width]) {
    for (const y of [trim.y, trim.y + trim.height]) {
      const dx = x === trim.x ? -1 : 1;
      const dy = y === trim.y ? -1 : 1;
      lines.push(`${x + dx * from} ${y} m ${x + dx * to} ${y} l S`, `${x} ${y + dy * from} m ${x} ${y + dy * to} l S`);
    }
  }
  lines.push('Q');
  return lines.join('\n');
}
