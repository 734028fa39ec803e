// The press edition: the print edition's sheets (trim, bleed, crop marks: print-edition.ts) as a PDF/X-4
// file in the printer's CMYK. Neutral colours become DeviceGray first (neutral-grey.ts: black text in K
// only); Ghostscript's pdfwrite converts every other colour and image to CMYK through the printing
// condition's profile, keeping text as text and fonts as fonts; then the PDF/X markers are set
// (pdfx-markers.ts), the text's CMaps and the sheets' boxes are put back as the print edition has them,
// and the file is checked (verify-pdfx.ts): one that fails is refused, never written.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFName, PDFNumber, PDFRawStream, type PDFDocument } from 'pdf-lib';
import { fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { loadPdf, savePdf } from '../paginate/pdf-io.js';
import type { PdfMetadata } from '../paginate/pdf-metadata.js';
import { runGhostscript } from './ghostscript.js';
import { greyNeutrals } from './neutral-grey.js';
import { asPdf16, markPdfX } from './pdfx-markers.js';
import { restoreToUnicode } from './restore-to-unicode.js';
import { pdfxProblems, sheetBoxes, type SheetBoxes } from './verify-pdfx.js';
import type { PressProfile } from './profile.js';

export interface PressOptions {
  profile: PressProfile;
  meta: PdfMetadata;
  /** Cancels Ghostscript. */
  signal?: AbortSignal | undefined;
  /** How long Ghostscript may take, ms. Default 2 minutes and 2 s a page. */
  timeout?: number;
  /** The Ghostscript command. Default `gs`. */
  ghostscript?: string;
}

/** Temporary folders in use, removed if the process exits first (the output's exit hook does the same
 *  for its files). */
const temporary = new Set<string>();
process.once('exit', () => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The press PDF of the print edition's bytes. */
export async function makePressEdition(print: Uint8Array, options: PressOptions): Promise<Uint8Array> {
  const source = await loadPdf(print);
  const sheets = sheetBoxes(source);
  if (sheets.some((s) => !s.media || !s.trim || !s.bleed)) throw new Error('booklet: the print edition has a page without its boxes');
  greyNeutrals(source);
  const converted = await convert(await savePdf(source), source.getPageCount(), options);

  const pdf = await loadPdf(converted);
  mendStreamEnds(pdf, converted);
  setSheets(pdf, sheets as SheetBoxes[]);
  restoreToUnicode(pdf, source);
  markPdfX(pdf, options.meta, options.profile, print);
  const bytes = asPdf16(await savePdf(pdf));

  const problems = await pdfxProblems(bytes, sheets as SheetBoxes[]);
  if (problems.length > 0) {
    fail(phrase('press.not-pdfx', { problem: problems[0]!, more: problems.length - 1 }), { file: 'booklet-press.pdf' }, 'press', phrase('press.not-pdfx.hint'));
  }
  return bytes;
}

/** Ghostscript's CMYK PDF of `pdf` (in a temporary folder of its own, removed whatever happens). */
async function convert(pdf: Uint8Array, pages: number, options: PressOptions): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'booklet-press-'));
  temporary.add(dir);
  try {
    const input = join(dir, 'print.pdf');
    const output = join(dir, 'press.pdf');
    await writeFile(input, pdf);
    await runGhostscript(
      [
        '-dQUIET',
        '-sDEVICE=pdfwrite',
        // PDF 1.6, PDF/X-4's base: transparency stays live (PDF/X-4 allows it; -dPDFX would flatten it).
        '-dCompatibilityLevel=1.6',
        '-sColorConversionStrategy=CMYK',
        '-sProcessColorModel=DeviceCMYK',
        `-sOutputICCProfile=${options.profile.path}`,
        `--permit-file-read=${options.profile.path}`,
        // Relative colorimetric with black point compensation, prepress's usual intent for page content.
        '-dRenderIntent=1',
        '-dBlackPtComp=1',
        // Images are converted, then kept lossless (no second JPEG generation) and at their resolution.
        '-dAutoFilterColorImages=false',
        '-dColorImageFilter=/FlateEncode',
        '-dAutoFilterGrayImages=false',
        '-dGrayImageFilter=/FlateEncode',
        '-dDownsampleColorImages=false',
        '-dDownsampleGrayImages=false',
        '-dDownsampleMonoImages=false',
        '-dEmbedAllFonts=true',
        '-dAutoRotatePages=/None',
        `-sOutputFile=${output}`,
        input,
      ],
      { signal: options.signal, timeout: options.timeout ?? 120_000 + 2_000 * pages, command: options.ghostscript ?? 'gs', file: input },
    );
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(dir, { recursive: true, force: true });
    temporary.delete(dir);
  }
}

/** Give each page the print edition's boxes (Ghostscript rounds them, and adds an ArtBox). */
function setSheets(pdf: PDFDocument, sheets: SheetBoxes[]): void {
  pdf.getPages().forEach((page, index) => {
    const sheet = sheets[index];
    if (!sheet) return;
    const box = ([x0, y0, x1, y1]: number[]) => pdf.context.obj([x0!, y0!, x1!, y1!]);
    page.node.set(PDFName.of('MediaBox'), box(sheet.media));
    page.node.set(PDFName.of('CropBox'), box(sheet.media));
    page.node.set(PDFName.of('TrimBox'), box(sheet.trim));
    page.node.set(PDFName.of('BleedBox'), box(sheet.bleed));
    page.node.delete(PDFName.of('ArtBox'));
  });
}

/** Ghostscript writes a stream's /Length as an object after it, and its data straight before `endstream`;
 *  pdf-lib, which then looks for `endstream` instead, takes a last byte CR or LF (or CR LF) of the data for
 *  the end of its line and drops it: a Flate stream one byte short (zlib: "unexpected end of file"). Each
 *  stream whose contents are not its /Length is read again from Ghostscript's bytes, at its object. */
function mendStreamEnds(pdf: PDFDocument, file: Uint8Array): void {
  const text = Buffer.from(file.buffer, file.byteOffset, file.byteLength).toString('latin1');
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const length = pdf.context.lookup(object.dict.get(PDFName.of('Length')));
    if (!(length instanceof PDFNumber) || length.asNumber() === object.getContents().length) continue;
    const header = new RegExp(`(^|[\\r\\n])${ref.objectNumber} ${ref.generationNumber} obj\\b`).exec(text);
    const keyword = header ? text.indexOf('stream', header.index) : -1;
    const start = keyword < 0 ? -1 : keyword + 6 + (text.startsWith('\r\n', keyword + 6) ? 2 : 1);
    const end = start + length.asNumber();
    if (start < 0 || !/^\s*endstream/.test(text.slice(end, end + 12))) throw new Error(`booklet: Ghostscript's stream ${ref.toString()} does not end at its /Length`);
    pdf.context.assign(ref, PDFRawStream.of(object.dict, file.slice(start, end)));
  }
}
