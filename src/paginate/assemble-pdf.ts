// Join the printed units into one PDF: their pages in book order, a blank verso where a unit needs one to
// open on a recto, one font per face (merge-fonts.ts), and the internal links drawn again: each unit was
// printed without the others, so Chromium could link only within it.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNull, PDFNumber, type PDFPage } from 'pdf-lib';
import { mergeFonts } from './merge-fonts.js';
import { PT_PER_PX } from '../html/page-geometry.js';
import type { AnchorFacts, LinkFacts } from './in-page/bridge.js';


/** A page of the book: page `index` (0-based) of a source PDF, or a blank page. */
export type AssembledPage = { source: PDFDocument; index: number } | { blank: true };

export interface AssembleOptions {
  /** Page size in pt (blank pages). */
  width: number;
  height: number;
  /** PostScript name → the font file Chromium was given (merge-fonts.ts). */
  fonts: Map<string, string>;
  /** Links and anchors, with book pages (1-based). */
  links: LinkFacts[];
  anchors: AnchorFacts[];
}

// Here too: the build imports this module lazily (pdf-lib is not needed before printing), and reads the
// printed parts with it, renumbering the glyphs of those from the page cache (cached-prints.ts).
export { loadPdf, savePdf } from './pdf-io.js';
export { remapGlyphs } from './remap-glyphs.js';

/** The book as one PDF document (not yet saved). */
export async function assemblePdf(pages: AssembledPage[], options: AssembleOptions): Promise<PDFDocument> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  // Copy each source's pages in one call (shared resources are copied once per source).
  const copied = new Map<PDFDocument, Map<number, PDFPage>>();
  for (const source of new Set(pages.flatMap((p) => ('source' in p ? [p.source] : [])))) {
    const indices = [...new Set(pages.flatMap((p) => ('source' in p && p.source === source ? [p.index] : [])))];
    const copies = await pdf.copyPages(source, indices);
    copied.set(source, new Map(indices.map((index, k) => [index, copies[k]!])));
  }
  for (const page of pages) {
    if ('source' in page) {
      const copy = copied.get(page.source)!.get(page.index)!;
      removeInternalLinks(copy);
      pdf.addPage(copy);
    } else {
      // An empty content stream: a page without one cannot be placed on the print sheet.
      const blank = pdf.addPage([options.width, options.height]);
      blank.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.stream('')));
    }
  }
  await mergeFonts(pdf, options.fonts);
  addLinks(pdf, options);
  return pdf;
}

/** Chromium's links to places in its own document (GoTo, /Dest): they are drawn again for the book. */
function removeInternalLinks(page: PDFPage): void {
  const annots = page.node.Annots();
  if (!annots) return;
  const keep = annots.asArray().filter((ref) => {
    const annot = page.doc.context.lookup(ref);
    if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) return true;
    const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
    return !annot.has(PDFName.of('Dest')) && action?.get(PDFName.of('S')) !== PDFName.of('GoTo');
  });
  if (keep.length === 0) page.node.delete(PDFName.of('Annots'));
  else page.node.set(PDFName.of('Annots'), page.doc.context.obj(keep));
}

/** A named destination for every id a link points at, and the links to them. */
function addLinks(pdf: PDFDocument, options: AssembleOptions): void {
  const { context } = pdf;
  const pages = pdf.getPages();
  const targets = new Set(options.links.map((l) => l.target));
  const dests = context.obj({}) as PDFDict;
  for (const anchor of options.anchors) {
    const page = pages[anchor.page - 1];
    if (!targets.has(anchor.id) || !page || dests.has(PDFName.of(anchor.id))) continue;
    const y = Math.round((options.height - anchor.top * PT_PER_PX) * 100) / 100;
    dests.set(PDFName.of(anchor.id), context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(y), PDFNull]));
  }
  if (dests.entries().length === 0) return;
  pdf.catalog.set(PDFName.of('Dests'), context.register(dests));
  for (const link of options.links) {
    const page = pages[link.page - 1];
    if (!page || !dests.has(PDFName.of(link.target))) continue;
    const r = (n: number) => Math.round(n * 100) / 100;
    const annot = context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [r(link.x * PT_PER_PX), r(options.height - (link.y + link.height) * PT_PER_PX), r((link.x + link.width) * PT_PER_PX), r(options.height - link.y * PT_PER_PX)],
      Border: [0, 0, 0],
      Dest: PDFName.of(link.target),
    });
    const annots = page.node.Annots() ?? context.obj([]);
    (annots as PDFArray).push(context.register(annot));
    page.node.set(PDFName.of('Annots'), annots);
  }
}

