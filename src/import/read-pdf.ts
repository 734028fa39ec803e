// The PDF reader: a PDF's text layer as lines in reading order, each with its page and place, type size
// and weight, and what ends it; the page furniture (folios, running heads and feet, a newspaper's page
// header) apart, in `dropped`, with why. The stages, each in src/import/pdf/:
//   check-pdf     the bytes: a PDF, and whole
//   pdfjs-pages   each page's text runs (pdf.js), one page at a time
//   lines         runs into lines, cut at column gutters, CJK spacing tidied
//   faces         which faces are bold (once the whole document's faces are known)
//   furniture     what repeats at the head and foot of the pages
//   blocks        lines into column blocks; reading-order: the blocks' order; line-ends: what ends each line
import { createMessage, fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { blocksOf, usualGap } from './pdf/blocks.js';
import { checkPdf } from './pdf/check-pdf.js';
import { bodyFace, isBold, weighLines } from './pdf/faces.js';
import { findFurniture } from './pdf/furniture.js';
import { lineEnds, type LineEnd } from './pdf/line-ends.js';
import { linesOf } from './pdf/lines.js';
import type { PdfLine, PdfPage } from './pdf/page-text.js';
import { openPdf } from './pdf/pdfjs-pages.js';
import { readingOrder } from './pdf/reading-order.js';
import type { Dropped, Reader, SourceLine, SourcePlace } from './source.js';

const place = (line: PdfLine): SourcePlace => ({ page: line.page, x: Math.round(line.x0 * 10) / 10, y: Math.round(line.y0 * 10) / 10 });

/** A PDF with a text layer, as lines (see source.ts). A scan, an encrypted or a damaged PDF fails with
 *  a BookletError that says what to do. */
export const readPdf: Reader = async (path, options = {}) => {
  await checkPdf(path);
  const pdf = await openPdf(path);
  const pages: PdfPage[] = [];
  const images: number[] = [];
  try {
    if (pdf.pages === 0) fail(phrase('import-pdf.no-pages'), { file: path }, 'pdf', phrase('import-pdf.repair.hint'));
    for (let n = 1; n <= pdf.pages; n++) {
      const { width, height, runs, image } = await pdf.read(n);
      pages.push({ page: n, width, height, lines: linesOf(runs, n) });
      if (image) images.push(n);
      options.progress?.(n, pdf.pages);
    }
  } finally {
    await pdf.close();
  }
  const all = pages.flatMap((p) => p.lines);
  const body = bodyFace(all);
  weighLines(all, (font) => isBold(font, body));

  const furniture = findFurniture(pages);
  // No text but the furniture (a scan with its page numbers as text, or nothing at all): a scan.
  if (all.every((line) => furniture.has(line) || line.text.replace(/[\s\p{P}\p{S}]/gu, '') === '')) {
    fail(phrase('import-pdf.no-text', { pages: pages.length }), { file: path }, 'pdf', phrase('import-pdf.no-text.hint'));
  }
  const lines: SourceLine[] = [];
  for (const page of pages) {
    const kept = page.lines.filter((line) => !furniture.has(line));
    const leading = usualGap(kept);
    for (const { line, end } of lineEnds(readingOrder(blocksOf(kept, leading)), leading)) lines.push(sourceLine(line, end));
  }
  const dropped: Dropped[] = [...furniture].map(([line, why]) => ({ text: line.text, place: place(line), why }));
  dropped.sort((a, b) => a.place.page! - b.place.page! || a.place.y! - b.place.y! || a.place.x! - b.place.x!);
  // Pages that are images with no text of their own (their furniture aside) among pages with text:
  // scanned pages, whose text (if any) is not imported.
  const scanned = images.filter((n) => lines.every((line) => line.place.page !== n));
  const warnings = scanned.length === 0 ? [] : [createMessage(phrase('import-pdf.image-pages', { pages: scanned.length, list: pageList(scanned) }), { file: path }, 'pdf', { fatal: false, hint: phrase('import-pdf.image-pages.hint') })];
  return { path, kind: 'pdf', lines, dropped, ...(pdf.title ? { title: pdf.title } : {}), ...(warnings.length > 0 ? { warnings } : {}) };
};

function sourceLine(line: PdfLine, end: LineEnd): SourceLine {
  const out: SourceLine = { text: line.text, place: place(line), size: line.size, bold: line.bold === true };
  if (line.spans) out.spans = line.spans;
  if (end !== 'line') out.end = end;
  return out;
}

/** Page numbers as ranges: 3, 5–7, 12. */
function pageList(pages: readonly number[]): string {
  const ranges: [number, number][] = [];
  for (const n of pages) {
    const last = ranges.at(-1);
    if (last && last[1] === n - 1) last[1] = n;
    else ranges.push([n, n]);
  }
  return ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}
