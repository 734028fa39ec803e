// Reading and writing PDFs with pdf-lib, without its pauses. By default pdf-lib waits for the next
// macrotask (setTimeout 0: at least 1 ms) every 100 objects it parses and every 50 it writes, to keep a
// browser's page responsive. A command has no page to keep responsive; the 336-page stress book has
// ~4,000 objects, so those pauses were ~0.1 s of doing nothing on every save.
import { inflateSync, deflateSync } from 'node:zlib';
import { ParseSpeeds, PDFDocument, PDFName, PDFStream, decodePDFRawStream, type PDFContext, type PDFRawStream } from 'pdf-lib';

/** A PDF Chromium printed (or we wrote), to read or take pages from. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** The bytes of `pdf`, objects written one by one (no object streams: every PDF reader reads them). */
export function savePdf(pdf: PDFDocument): Promise<Uint8Array> {
  return pdf.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

/** A stream's contents, decoded. Chromium's streams are plain Flate: Node's zlib inflates them, where
 *  pdf-lib's inflate runs in JavaScript (merging the booklet's fonts took 64 ms, now 25: once per build,
 *  before the JIT warms up). Other filters go through pdf-lib. */
export function decoded(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) return inflateSync(stream.getContents());
  return decodePDFRawStream(stream).decode();
}

/** A new stream of `bytes` (a string as UTF-8), deflated by Node's zlib (pdf-lib's deflate runs in JavaScript). */
export function flateStream(context: PDFContext, bytes: Uint8Array | string): PDFRawStream {
  return context.stream(deflateSync(bytes), { Filter: 'FlateDecode' });
}

// pdf-lib writes a stream's contents into the file byte by byte, in a loop that runs once per save and
// so never gets fast: 43 ms of the booklet's 62 ms save, most of it font programs. The same bytes with
// one copy. (Every stream class of pdf-lib writes through this method; none overrides it.)
const STREAM = new TextEncoder().encode('\nstream\n');
const END_STREAM = new TextEncoder().encode('\nendstream');
PDFStream.prototype.copyBytesInto = function (this: PDFStream, buffer: Uint8Array, offset: number): number {
  this.updateDict();
  const start = offset;
  offset += this.dict.copyBytesInto(buffer, offset);
  buffer.set(STREAM, offset);
  offset += STREAM.length;
  const contents = this.getContents();
  buffer.set(contents, offset);
  offset += contents.length;
  buffer.set(END_STREAM, offset);
  offset += END_STREAM.length;
  return offset - start;
};
