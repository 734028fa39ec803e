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
  const xmp = context.stream(new TextEncoder().encode(xmpPacket(meta, documentId)), { Type: 'Metadata', Subtype: 'XML' });
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

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The XMP packet: the PDF/X version, and what the document information says, in the same words. */
export function xmpPacket(meta: PdfMetadata, documentId: string): string {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    '  xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"',
    '  xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<pdfxid:GTS_PDFXVersion>${PDFX_VERSION}</pdfxid:GTS_PDFXVersion>`,
    `<pdf:Producer>${xml(meta.producer)}</pdf:Producer>`,
    `<pdf:Keywords>${xml(meta.keywords.join(' '))}</pdf:Keywords>`,
    '<pdf:Trapped>False</pdf:Trapped>',
    `<xmp:CreatorTool>${xml(meta.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmpMM:DocumentID>${documentId}</xmpMM:DocumentID>`,
    `<xmpMM:InstanceID>${documentId}</xmpMM:InstanceID>`,
    '<xmpMM:VersionID>1</xmpMM:VersionID>',
    '<xmpMM:RenditionClass>default</xmpMM:RenditionClass>',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
