// From the laid-out pages to the screen PDF: Chromium prints them, then pdf-lib sets the exact trim size,
// the metadata (with its XMP packet, which claims PDF/UA-1 when the tagged book meets it), the language,
// page labels (front matter i, ii…; body 1, 2…) and the bookmarks.
import { PDFDocument, PDFName, PDFHexString, PDFDict, PDFArray, PDFNumber, PDFNull, type PDFRef, type PDFPage, type PDFObject } from 'pdf-lib';
import type { PaginationFacts } from './in-page/bridge.js';
import type { PdfMetadata } from './pdf-metadata.js';
import { savePdf } from './pdf-io.js';
import { xmpPacket } from './xmp.js';
import { tagBook, type UnitStructure } from './structure/tag-book.js';

import { PT_PER_MM, PT_PER_PX } from '../html/page-geometry.js';

export interface OutlineEntry {
  title: string;
  /** Physical page, 1-based. */
  page: number;
  /** From the top of the page, in pt. */
  top: number;
  children: OutlineEntry[];
}

/** Articles and their sections (h2 ids from the HTML stage), from where pagination put them. */
export function outlineFromFacts(facts: PaginationFacts, articles: { id: string; sections: string[] }[]): OutlineEntry[] {
  const entry = (a: PaginationFacts['anchors'][number]): OutlineEntry => ({ title: a.text, page: a.page, top: a.top * PT_PER_PX, children: [] });
  return articles.flatMap(({ id, sections }) => {
    const article = facts.anchors.find((a) => a.id === id);
    if (!article) return [];
    const children = sections.flatMap((s) => facts.anchors.filter((a) => a.id === s)).map(entry);
    return [{ ...entry(article), children }];
  });
}

/** Finish Chromium's PDF as the screen edition. `trim` is the trim size in mm. */
export async function finishScreenPdf(
  pdf: PDFDocument,
  meta: PdfMetadata,
  trim: { width: number; height: number },
  facts: PaginationFacts,
  outline: OutlineEntry[],
  structure: UnitStructure[],
): Promise<Uint8Array> {
  // Chromium rounds the page size by up to 0.5 pt (cjk-print-rules §1.9): set the exact trim size.
  const width = trim.width * PT_PER_MM;
  const height = trim.height * PT_PER_MM;
  // Tagged here, for the screen edition only: the print, press and imposed editions draw its pages as
  // forms, where a structure tree has no place.
  const tagged = tagBook(pdf, structure, height);
  for (const page of pdf.getPages()) {
    page.setMediaBox(0, 0, width, height);
    page.setCropBox(0, 0, width, height);
    page.setTrimBox(0, 0, width, height);
  }
  setMetadata(pdf, meta);
  const xmp = xmpPacket(meta, { pdfua: tagged.universal });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(pdf.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' })));
  setPageLabels(pdf, facts);
  setOutline(pdf, outline, height);
  return savePdf(pdf);
}

/** Document information, /Lang, and fixed dates. */
export function setMetadata(pdf: PDFDocument, meta: PdfMetadata): void {
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setCreator(meta.creator);
  pdf.setProducer(meta.producer);
  pdf.setCreationDate(meta.date);
  pdf.setModificationDate(meta.date);
  pdf.setLanguage(meta.language);
}

/** Front matter numbered i, ii, … and the body 1, 2, … as the folios print (PDF viewers show these). */
function setPageLabels(pdf: PDFDocument, facts: PaginationFacts): void {
  // The body's numbers start on its first page with a folio: the blank verso before an article that must
  // open on a recto is named body too, but its counter (6) is not the folio the next page prints (1).
  const numbered = (p: PaginationFacts['pages'][number]) => p.name === 'body' && /^\d+$/.test(p.folio);
  const firstBody = facts.pages.find(numbered) ?? facts.pages.find((p) => p.name === 'body');
  if (!firstBody) return;
  const context = pdf.context;
  const nums: (PDFNumber | PDFDict)[] = [];
  const start = /^\d+$/.test(firstBody.folio) ? Number(firstBody.folio) : Math.max(1, firstBody.counter);
  if (firstBody.index > 1) nums.push(PDFNumber.of(0), context.obj({ S: PDFName.of('r') }));
  nums.push(PDFNumber.of(firstBody.index - 1), context.obj({ S: PDFName.of('D'), St: PDFNumber.of(start) }));
  pdf.catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: context.obj(nums) }));
}

/** Bookmarks: one per article, with its sections under it. */
function setOutline(pdf: PDFDocument, entries: OutlineEntry[], pageHeight: number): void {
  if (entries.length === 0) return;
  const context = pdf.context;
  const pages = pdf.getPages();
  const rootRef = context.nextRef();

  const build = (items: OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = 0;
    items.forEach((item, i) => {
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      dict.set(PDFName.of('Dest'), destination(pages[item.page - 1], pageHeight - item.top));
      count += 1;
      if (item.children.length > 0) {
        const sub = build(item.children, refs[i]!);
        dict.set(PDFName.of('First'), sub.first);
        dict.set(PDFName.of('Last'), sub.last);
        // Positive: the article's sections are shown open.
        dict.set(PDFName.of('Count'), PDFNumber.of(sub.count));
        count += sub.count;
      }
      context.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs.at(-1)!, count };
  };

  const top = build(entries, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: PDFNumber.of(top.count) }));
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function destination(page: PDFPage | undefined, y: number): PDFObject {
  if (!page) return PDFNull;
  const dest = PDFArray.withContext(page.doc.context);
  dest.push(page.ref);
  dest.push(PDFName.of('XYZ'));
  dest.push(PDFNull);
  dest.push(PDFNumber.of(Math.round(y * 100) / 100));
  dest.push(PDFNull);
  return dest;
}
