// pdf-io.ts replaces pdf-lib's byte-by-byte copy of stream contents: the files it writes must not change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument, PDFStream, StandardFonts } from 'pdf-lib';

// pdf-lib's own method, taken before pdf-io.ts replaces it.
const original = PDFStream.prototype.copyBytesInto;

test("pdf-io's stream writer gives pdf-lib's bytes, with and without object streams", async () => {
  const { loadPdf, savePdf } = await import('../../src/paginate/pdf-io.js');
  assert.notEqual(PDFStream.prototype.copyBytesInto, original, 'pdf-io.ts replaces the method');
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < 3; i++) pdf.addPage([300, 400]).drawText(`Page ${i + 1}`, { x: 20, y: 350, font, size: 18 });
  // A raw stream of every byte value, deflated and not.
  const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 256);
  pdf.context.register(pdf.context.stream(bytes));
  pdf.context.register(pdf.context.flateStream(bytes));
  const ours = PDFStream.prototype.copyBytesInto;
  const save = async (useObjectStreams: boolean, method: typeof original) => {
    PDFStream.prototype.copyBytesInto = method;
    try {
      return await pdf.save({ useObjectStreams, objectsPerTick: Infinity, addDefaultPage: false });
    } finally {
      PDFStream.prototype.copyBytesInto = ours;
    }
  };
  for (const useObjectStreams of [false, true]) {
    assert.deepEqual(await save(useObjectStreams, ours), await save(useObjectStreams, original));
  }
  // And what savePdf writes reads back with the same pages.
  assert.equal((await loadPdf(await savePdf(pdf))).getPageCount(), 3);
});
