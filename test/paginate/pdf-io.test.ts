// pdf-io.ts writes PDFs with a writer of its own (stream contents copied at once): the files it writes
// must be pdf-lib's, byte for byte, and importing it must change nothing of pdf-lib.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument, PDFStream, StandardFonts } from 'pdf-lib';

// pdf-lib's own method, taken before pdf-io.ts is imported.
const original = PDFStream.prototype.copyBytesInto;

/** A document of three pages of text, and a raw stream of every byte value, deflated and not. */
async function sample(): Promise<PDFDocument> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < 3; i++) pdf.addPage([300, 400]).drawText(`Page ${i + 1}`, { x: 20, y: 350, font, size: 18 });
  const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 256);
  pdf.context.register(pdf.context.stream(bytes));
  pdf.context.register(pdf.context.flateStream(bytes));
  return pdf;
}

test("pdf-io's writer gives pdf-lib's bytes, for a document made and one loaded; importing it patches nothing", async () => {
  const { loadPdf, savePdf } = await import('../../src/paginate/pdf-io.js');
  assert.equal(PDFStream.prototype.copyBytesInto, original, 'pdf-lib’s stream writer is its own');
  const theirs = (pdf: PDFDocument) => pdf.save({ useObjectStreams: false, objectsPerTick: Infinity });
  const made = await theirs(await sample());
  assert.deepEqual(await savePdf(await sample()), made);
  // Loaded from bytes, as a PDF Chromium printed is: its streams are raw streams.
  assert.deepEqual(await savePdf(await loadPdf(made)), await theirs(await loadPdf(made)));
  assert.equal((await loadPdf(await savePdf(await sample()))).getPageCount(), 3);
  // An empty document gets a page, as pdf-lib's save gives it.
  const empty = () => PDFDocument.create({ updateMetadata: false });
  assert.deepEqual(await savePdf(await empty()), await theirs(await empty()));
  assert.equal(PDFStream.prototype.copyBytesInto, original, 'and still is, after saving');
});
