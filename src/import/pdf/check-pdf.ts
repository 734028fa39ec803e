// What the bytes of a file say before a PDF library opens it: whether it is a PDF at all (its header,
// which the PDF specification allows within its first 1,024 bytes), and whether it is whole (a PDF ends
// with %%EOF within its last 1,024 bytes: a download cut short does not, and a library that rebuilds
// what it can would read fewer pages than there are, without a word).
import { open } from 'node:fs/promises';
import { fail, firstLine } from '../../diagnostics.js';
import { phrase } from '../../ui/catalogue.js';

/** Fail unless `path` holds the whole of a PDF; its size in bytes. */
export async function checkPdf(path: string): Promise<number> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    fail(phrase('import-pdf.unreadable', { detail: firstLine(error) }), { file: path }, 'pdf', phrase('import-pdf.unreadable.hint'));
  }
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(size, 1024));
    await file.read(head, 0, head.length, 0);
    if (!head.includes('%PDF-', 0, 'latin1')) {
      const start = JSON.stringify(head.subarray(0, 16).toString('latin1').replace(/[^\x20-\x7e]/g, '.'));
      fail(phrase('import-pdf.not-pdf', { start: size === 0 ? '""' : start }), { file: path }, 'pdf', phrase('import-pdf.not-pdf.hint'));
    }
    const tail = Buffer.alloc(Math.min(size, 1024));
    await file.read(tail, 0, tail.length, size - tail.length);
    if (!tail.includes('%%EOF', 0, 'latin1')) fail(phrase('import-pdf.cut-short', { bytes: size }), { file: path }, 'pdf', phrase('import-pdf.repair.hint'));
    return size;
  } finally {
    await file.close();
  }
}
