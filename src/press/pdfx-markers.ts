// What makes a PDF a PDF/X-4 file beyond its content (ISO 15930-7): the output intent with the printing
// condition's ICC profile, GTS_PDFXVersion in the document information and in the XMP metadata (with
// the dates, the title, Trapped and the document's ids, which PDF/X-4 requires there too), and the file
// identifier. Ghostscript 10.0 writes PDF/X-3 only (-dPDFX flattens transparency to PDF 1.3), so these are
// set here, on the CMYK PDF it wrote.
import { createHash } from 'node:crypto';
import { PDFHexString, PDFName, PDFRef, PDFString, type PDFDict, type PDFDocument } from 'pdf-lib';
import { setMetadata } from '../paginate/pdf.js';
import type { PdfMetadata } from '../paginate/pdf-metadata.js';
import type { PressProfile } from './profile.js';
import { xmpPacket } from '../paginate/xmp.js';

export const PDFX_VERSION = 'PDF/X-4';

/** Mark `pdf` as PDF/X-4 for `profile`'s condition. `seed` makes the file's ids (the same sources give
 *  the same ids, as they give the same bytes). */
export function markPdfX(pdf: PDFDocument, meta: PdfMetadata, profile: PressProfile, seed: Uint8Array): void {
  const { context } = pdf;
  // A fresh document information dictionary and XMP: Ghostscript's name it the producer and today the
  // date (the same sources give the same bytes), and are removed, not left behind unused.
  for (const old of [context.trailerInfo.Info, pdf.catalog.get(PDFName.of('Metadata'))]) if (old instanceof PDFRef) context.delete(old);
  context.trailerInfo.Info = context.register(context.obj({}));
  setMetadata(pdf, meta);
  const info = context.lookup(context.trailerInfo.Info) as PDFDict;
  info.set(PDFName.of('GTS_PDFXVersion'), PDFString.of(PDFX_VERSION));
  // Nothing has been trapped: the printer's prepress traps, if it does (PDF/X-4 requires True or False).
  info.set(PDFName.of('Trapped'), PDFName.of('False'));

  const hash = createHash('sha256').update(seed).update(profile.bytes).digest('hex');
  const documentId = uuid(hash.slice(0, 32));
  context.trailerInfo.ID = context.obj([PDFHexString.of(hash.slice(0, 32)), PDFHexString.of(hash.slice(0, 32))]);
  const xmp = context.stream(new TextEncoder().encode(xmpPacket(meta, { documentId, pdfx: PDFX_VERSION })), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), context.register(xmp));

  const icc = context.register(context.stream(profile.bytes, { N: profile.icc.components }));
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: PDFString.of(profile.identifier),
    OutputCondition: PDFHexString.fromText(profile.condition),
    Info: PDFHexString.fromText(profile.icc.description || profile.condition),
    ...(profile.registry ? { RegistryName: PDFString.of(profile.registry) } : {}),
    DestOutputProfile: icc,
  });
  pdf.catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
}

/** `bytes` (pdf-lib's, which always says %PDF-1.7) saying PDF 1.6, PDF/X-4's version: the header is the
 *  same length, so no offset moves. Its content is PDF 1.6 (Ghostscript wrote it as -dCompatibilityLevel=1.6). */
export function asPdf16(bytes: Uint8Array): Uint8Array {
  const header = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (!/^%PDF-1\.[67]$/.test(header)) throw new Error(`booklet: not a PDF header: ${header}`);
  bytes.set(Buffer.from('%PDF-1.6', 'latin1'), 0);
  return bytes;
}

const uuid = (hex: string) => `uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

