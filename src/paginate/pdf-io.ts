// Reading and writing PDFs with pdf-lib, without its pauses. By default pdf-lib waits for the next
// macrotask (setTimeout 0: at least 1 ms) every 100 objects it parses and every 50 it writes, to keep a
// browser's page responsive. A command has no page to keep responsive; the 336-page stress book has
// ~4,000 objects, so those pauses were ~0.1 s of doing nothing on every save.
import { inflateSync, deflateSync } from 'node:zlib';
import { ParseSpeeds, PDFDocument, PDFName, PDFStream, PDFWriter, decodePDFRawStream, type PDFContext, type PDFRawStream } from 'pdf-lib';

/** A PDF Chromium printed (or we wrote), to read or take pages from. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** The bytes of `pdf`, objects written one by one (no object streams: every PDF reader reads them):
 *  what `pdf.save({ useObjectStreams: false })` writes, by a writer of our own (StreamCopyWriter). */
export async function savePdf(pdf: PDFDocument): Promise<Uint8Array> {
  // What save() does first: a page in an empty document, and what was drawn or embedded written into
  // its objects. (It also redraws the fields of a form opened with getForm(): the build opens none.)
  if (pdf.getPageCount() === 0) pdf.addPage();
  await pdf.flush();
  return StreamCopyWriter.of(pdf.context).serializeToBuffer();
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
// so never gets fast: 43 ms of the booklet's 62 ms save, most of it font programs. Its writer, but with
// each stream's contents copied at once (every stream class of pdf-lib is written as PDFStream writes it;
// none writes itself otherwise), and no pauses. Its own, not a patch of pdf-lib's: importing this module
// changes no other code's saves.
const ASCII = new TextEncoder();
const OBJ_END = ASCII.encode('\nendobj\n\n');
const STREAM = ASCII.encode('\nstream\n');
const END_STREAM = ASCII.encode('\nendstream');

class StreamCopyWriter extends PDFWriter {
  static of(context: PDFContext): StreamCopyWriter {
    return new StreamCopyWriter(context, Infinity);
  }

  /** PDFWriter.serializeToBuffer's file: header, objects, cross-reference table, trailer. */
  override async serializeToBuffer(): Promise<Uint8Array> {
    const { size, header, indirectObjects, xref, trailerDict, trailer } = await this.computeBufferSize();
    const buffer = new Uint8Array(size);
    const put = (bytes: Uint8Array, at: number) => (buffer.set(bytes, at), at + bytes.length);
    let offset = put(ASCII.encode('\n\n'), header.copyBytesInto(buffer, 0));
    for (const [ref, object] of indirectObjects) {
      offset = put(ASCII.encode(`${ref.objectNumber} ${ref.generationNumber} obj\n`), offset);
      offset += object instanceof PDFStream ? copyStream(object, buffer, offset) : object.copyBytesInto(buffer, offset);
      offset = put(OBJ_END, offset);
    }
    if (xref) offset = put(ASCII.encode('\n'), offset + xref.copyBytesInto(buffer, offset));
    if (trailerDict) offset = put(ASCII.encode('\n\n'), offset + trailerDict.copyBytesInto(buffer, offset));
    trailer.copyBytesInto(buffer, offset);
    return buffer;
  }
}

/** PDFStream.copyBytesInto, the contents in one copy. */
function copyStream(stream: PDFStream, buffer: Uint8Array, offset: number): number {
  stream.updateDict();
  const start = offset;
  offset += stream.dict.copyBytesInto(buffer, offset);
  buffer.set(STREAM, offset);
  offset += STREAM.length;
  const contents = stream.getContents();
  buffer.set(contents, offset);
  offset += contents.length;
  buffer.set(END_STREAM, offset);
  offset += END_STREAM.length;
  return offset - start;
}
