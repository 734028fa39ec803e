// The pages of a PDF as form XObjects of another, to be drawn on larger sheets: the print edition's (one
// page a sheet, with bleed and marks) and the imposed edition's (two a side).
import { PDFName, PDFObjectCopier, PDFRawStream, PDFRef, type PDFDocument } from 'pdf-lib';

/** A page as a form: its reference and its box (pt). */
export interface PageForm {
  ref: PDFRef;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every page of `source` as a form XObject of `pdf`. Chromium writes one content stream a page: it
 *  becomes the form as it is, not decoded and deflated again as pdf-lib's embedPages does (0.1 s for the
 *  booklet's 22 pages); the resources its pages share (the fonts) are copied once. Another shape of page
 *  goes through embedPage. Links are left behind: a sheet has no use for them. */
export async function pageForms(pdf: PDFDocument, source: PDFDocument): Promise<PageForm[]> {
  // What pdf-lib embeds only when a document is saved (a font drawn with), as copyPages does first.
  await source.flush();
  const copier = PDFObjectCopier.for(source.context, pdf.context);
  const forms: PageForm[] = [];
  for (const page of source.getPages()) {
    const box = page.getMediaBox();
    const contents = page.node.get(PDFName.of('Contents'));
    const stream = contents instanceof PDFRef ? source.context.lookup(contents) : undefined;
    if (stream instanceof PDFRawStream) {
      const form = copier.copy(stream);
      const resources = page.node.get(PDFName.of('Resources')) ?? page.node.Resources();
      form.dict.set(PDFName.of('Type'), PDFName.of('XObject'));
      form.dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
      form.dict.set(PDFName.of('BBox'), pdf.context.obj([box.x, box.y, box.x + box.width, box.y + box.height]));
      if (resources) form.dict.set(PDFName.of('Resources'), copier.copy(resources));
      forms.push({ ref: pdf.context.register(form), ...box });
    } else {
      const embedded = await pdf.embedPage(page);
      forms.push({ ref: embedded.ref, x: 0, y: 0, width: embedded.width, height: embedded.height });
    }
  }
  return forms;
}
