// The imposed PDF of synthetic books (pdf-lib pages that print their number), read back as poppler reads
// it: the text of each half-sheet is the page the order puts there (22, 23, 36 and 336 pages, and
// signatures), the creep moves the pages by creep × depth, marks are drawn where asked and where the sheet
// has room, and what imposing did is reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import type { VFileMessage } from 'vfile-message';
import { imposeOrder, type ImpositionOrder, type PageSlot } from '../../src/impose/order.js';
import { imposePdf } from '../../src/impose/impose-pdf.js';
import { backMatter, imposeBooklet } from '../../src/impose/impose-booklet.js';
import { resolveImposition, type ResolvedImposition } from '../../src/impose/settings.js';
import { ImpositionSchema } from '../../src/config/schema.js';
import { pdfTextPages } from '../../src/proof/poppler.js';
import { formatMessage } from '../../src/diagnostics.js';
import type { ResolvedPage } from '../../src/config/resolve.js';
import { withTempDir } from '../helpers.js';

const run = promisify(execFile);
const PT_PER_MM = 72 / 25.4;
const A5: ResolvedPage = { name: 'A5', width: 148, height: 210, bodySize: 10.5, lineHeight: 1.75, margins: {} };
const META = { title: 't', author: 'a', subject: '', keywords: [], creator: 'booklet', producer: 'booklet', language: 'zh-CN', date: new Date(0) };
/** Where each synthetic page prints its number, from the page's left edge (pt). */
const TEXT_X = 40;

/** A book of `count` A5 pages, each printing `page N` (N from 1); `fill`: each page black all over too.
 *  Its content streams are written plain (pdf-lib's drawText deflates each in JavaScript: most of the time
 *  a 336-page book took). */
async function book(count: number, fill = false): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const [width, height] = [A5.width * PT_PER_MM, A5.height * PT_PER_MM];
  for (let n = 1; n <= count; n += 1) {
    const page = pdf.addPage([width, height]);
    page.node.setFontDictionary(PDFName.of('F1'), font.ref);
    const ops = `${fill ? `0 g 0 0 ${width} ${height} re f ` : ''}0 g BT /F1 20 Tf ${TEXT_X} 300 Td (page ${n}) Tj ET`;
    page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.stream(ops)));
  }
  await pdf.flush();
  return pdf;
}

/** booklet.yaml's `imposition:` as resolved for an A5 booklet. */
function imposition(config: Record<string, unknown> = {}): ResolvedImposition {
  const resolved = resolveImposition(ImpositionSchema.parse(config), A5, () => ({ file: 'booklet.yaml', line: 12, column: 3 }));
  assert.ok('sheet' in resolved, String(resolved));
  return resolved;
}

interface Half {
  text: string;
  /** The left edge of its text, pt from the sheet's left. */
  x: number;
}

/** Each page of the PDF at `file`: the text left of the fold and right of it. */
async function halves(file: string): Promise<{ width: number; left: Half[]; right: Half[] }[]> {
  return (await pdfTextPages(file)).map((page) => {
    const side = (left: boolean) => page.lines.filter((l) => l.xMin < page.width / 2 === left).map((l) => ({ text: l.text, x: l.xMin }));
    return { width: page.width, left: side(true), right: side(false) };
  });
}

/** What a half-sheet should show: its page's text, or nothing for a blank. */
const expected = (slot: PageSlot) => (slot === null ? [] : [`page ${slot}`]);

/** The order's sheets, front then back, as the imposed PDF's pages should read. */
function sides(order: ImpositionOrder) {
  return order.sheets.flatMap((s) => [s.front, s.back]);
}

async function imposed(dir: string, name: string, source: PDFDocument, order: ImpositionOrder, options: Parameters<typeof imposePdf>[2]) {
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, await imposePdf(source, order, options, META));
  return file;
}

test('22, 23, 36 and 336 pages, and 336 in signatures of 16: each half-sheet reads the page the order puts there', () =>
  withTempDir(async (dir) => {
    for (const [count, signature] of [[22], [23], [36], [336], [336, 16]] as [number, number?][]) {
      const order = imposeOrder(count, { signature });
      const file = await imposed(dir, `${count}-${signature ?? 0}`, await book(count), order, { sheet: { width: 297, height: 210 } });
      const read = await halves(file);
      assert.equal(read.length, 2 * order.sheets.length, `${count} pages: two sides a sheet`);
      sides(order).forEach((side, i) => {
        const what = `${count} pages${signature ? ` in signatures of ${signature}` : ''}, PDF page ${i + 1}`;
        assert.deepEqual(read[i]!.left.map((h) => h.text), expected(side.left), `${what}, left`);
        assert.deepEqual(read[i]!.right.map((h) => h.text), expected(side.right), `${what}, right`);
      });
      // Every page of the book is on a sheet once, as text.
      const seen = read.flatMap((p) => [...p.left, ...p.right].map((h) => h.text)).sort();
      assert.deepEqual(seen, Array.from({ length: count }, (_, i) => `page ${i + 1}`).sort());
    }
    // The 22-page book's first sheet: the last page and page 1 on the front, page 2 and a blank on the back.
    const first = await halves(join(dir, '22-0.pdf'));
    assert.deepEqual([first[0]!.left[0]?.text, first[0]!.right[0]?.text, first[1]!.left[0]?.text, first[1]!.right[0]?.text], ['page 22', 'page 1', 'page 2', undefined]);
    const info = await run('pdfinfo', [join(dir, '22-0.pdf')]);
    assert.match(info.stdout, /Page size:\s+841\.89 x 595\.276 pts \(A4\)/, 'A4, lying landscape');
  }));

test('creep: the pages of the sheet k sheets in move creep × k toward the fold, and stay in their half', () =>
  withTempDir(async (dir) => {
    const creep = 0.5;
    const order = imposeOrder(36);
    const read = await halves(await imposed(dir, 'creep', await book(36), order, { sheet: { width: 297, height: 210 }, creep }));
    const width = 297 * PT_PER_MM;
    const page = A5.width * PT_PER_MM;
    read.forEach((side, i) => {
      const depth = order.sheets[Math.floor(i / 2)]!.depth;
      const shift = creep * depth * PT_PER_MM;
      // pdftotext's box starts at the glyph's own left edge, the same for every `page N`: measured from
      // the outermost sheet, the shift alone is left.
      const base = (left: boolean) => read[0]![left ? 'left' : 'right'][0]!.x - (left ? width / 2 - page : width / 2);
      assert.ok(Math.abs(side.left[0]!.x - (width / 2 - page + base(true) + shift)) < 0.01, `sheet depth ${depth}, left page moved ${shift} pt right`);
      assert.ok(Math.abs(side.right[0]!.x - (width / 2 + base(false) - shift)) < 0.01, `sheet depth ${depth}, right page moved ${shift} pt left`);
    });
    assert.ok(Math.abs(read[0]!.left[0]!.x - (width / 2 - page + TEXT_X)) < 1, 'the outermost sheet is not moved');

    // A page black all over, moved 1 mm toward the fold, is cut at the fold: the blank half beside it stays white.
    const five = imposeOrder(5);
    assert.deepEqual(five.sheets[1]!.front, { left: null, right: 3 });
    const file = await imposed(dir, 'clip', await book(5, true), five, { sheet: { width: 297, height: 210 }, creep: 1 });
    const image = await render(file, 3, 72);
    const fold = Math.round(image.width / 2);
    const y = Math.round(image.height / 2);
    assert.ok(gray(image, fold + 2, y) < 50 && gray(image, fold - 2, y) > 250, 'page 3 ends at the fold');
  }));

/** An image in gray, a byte a pixel. */
interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Page `n` of the PDF at `file` drawn in gray at `dpi` (pdftoppm's PGM: no PNG to decode). */
async function render(file: string, n: number, dpi: number): Promise<Gray> {
  const args = ['-r', String(dpi), '-gray', '-f', String(n), '-l', String(n), file];
  const pgm = (await run('pdftoppm', args, { encoding: 'buffer', maxBuffer: 64 << 20 })).stdout;
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  assert.ok(header, 'pdftoppm -gray writes a PGM');
  return { width: Number(header[1]), height: Number(header[2]), data: pgm.subarray(header[0].length) };
}

const gray = (image: Gray, x: number, y: number) => image.data[y * image.width + x]!;

/** The darkest pixel of a box (px). */
function darkest(image: Gray, box: { x: number; y: number; width: number; height: number }): number {
  let min = 255;
  for (let y = Math.round(box.y); y <= Math.round(box.y + box.height); y += 1) {
    for (let x = Math.round(box.x); x <= Math.round(box.x + box.width); x += 1) min = Math.min(min, gray(image, x, y));
  }
  return min;
}

test('marks: crop marks at the corners and fold marks at the spine, outside the pages, where the sheet has room', () =>
  withTempDir(async (dir) => {
    const source = await book(8);
    const order = imposeOrder(8);
    const a3 = { width: 420, height: 297 };
    const dpi = 144;
    const px = (pt: number) => (pt * dpi) / 72;
    const marked = await render(await imposed(dir, 'marks', source, order, { sheet: a3, marks: { beside: true, above: true } }), 1, dpi);
    const plain = await render(await imposed(dir, 'plain', source, order, { sheet: a3 }), 1, dpi);
    // The spread of two A5 pages, centred on the A3 sheet (y from the top, as the image has it).
    const width = 420 * PT_PER_MM;
    const height = 297 * PT_PER_MM;
    const left = width / 2 - A5.width * PT_PER_MM;
    const top = (height - A5.height * PT_PER_MM) / 2;
    const mm = PT_PER_MM;
    const places = {
      'crop mark beside the top left corner': { x: px(left - 8 * mm), y: px(top) - 2, width: px(4 * mm), height: 4 },
      'crop mark above the top left corner': { x: px(left) - 2, y: px(top - 8 * mm), width: 4, height: px(4 * mm) },
      'crop mark below the bottom right corner': { x: px(width - left) - 2, y: px(height - top + 4 * mm), width: 4, height: px(4 * mm) },
      'fold mark at the head': { x: px(width / 2) - 2, y: px(top - 8 * mm), width: 4, height: px(4 * mm) },
      'fold mark at the foot': { x: px(width / 2) - 2, y: px(height - top + 4 * mm), width: 4, height: px(4 * mm) },
    };
    for (const [what, box] of Object.entries(places)) {
      assert.ok(darkest(marked, box) < 200, `${what}: drawn`);
      assert.equal(darkest(plain, box), 255, `${what}: not drawn without marks`);
    }
    // Beside the fold, no crop mark: the spine is folded, not cut.
    assert.equal(darkest(marked, { x: px(width / 2) + 6, y: px(top - 8 * mm), width: px(10 * mm), height: px(6 * mm) }), 255);
    // Only the marks above and below: none beside.
    const above = await render(await imposed(dir, 'above', source, order, { sheet: a3, marks: { beside: false, above: true } }), 1, dpi);
    assert.equal(darkest(above, places['crop mark beside the top left corner']), 255);
    assert.ok(darkest(above, places['fold mark at the head']) < 200);
  }));

/** What imposing a synthetic book of `count` pages reports, each message as the terminal prints it. */
async function reported(count: number, config: Record<string, unknown> = {}): Promise<string[]> {
  const messages: VFileMessage[] = [];
  const screen = await (await book(count)).save();
  const facts = { pages: Array.from({ length: count }, (_, i) => ({ index: i + 1, opens: i + 1 === count ? 'colophon' : '' })) } as Parameters<typeof imposeBooklet>[2];
  await imposeBooklet(screen, { imposition: imposition(config), page: A5 }, facts, META, (m) => messages.push(m));
  return messages.map((m) => formatMessage(m, '/').split('\n')[0]!);
}

test('reported: the blank pages added, a booklet too thick to staple, marks without room, a creep deeper than the gutter', async () => {
  assert.deepEqual(await reported(22), ['booklet.yaml info Imposed: 2 blank pages added before page 22 to make 24, on 6 sheets  imposition']);
  assert.deepEqual(await reported(23, { signatures: 8 }), ['booklet.yaml:12:3 info Imposed: 1 blank page added before page 23 to make 24, on 6 sheets in 3 signatures  imposition']);
  assert.deepEqual(await reported(36), []);
  assert.deepEqual(await reported(68), [
    'booklet.yaml warning A 68-page booklet is 17 sheets folded together: too thick to saddle-stitch well (64 pages, 16 sheets, at most)  imposition',
  ]);
  assert.deepEqual(await reported(68, { signatures: 16 }), []);
  assert.deepEqual(await reported(8, { marks: true }), [
    'booklet.yaml:12:3 warning marks: the A4 sheet leaves no room around the A5 pages (0.5 mm beside them, 0 mm above and below; marks need 6 mm): none drawn  imposition',
  ]);
  assert.deepEqual(await reported(8, { marks: true, sheet: 'A3' }), []);
  // A5's inner margin is 19.9 mm: 1 mm a sheet is within it on the 16 sheets of 64 pages, past it on 25.
  assert.deepEqual(await reported(64, { creep: 1 }), []);
  assert.deepEqual(await reported(100, { creep: 1 }), [
    'booklet.yaml warning A 100-page booklet is 25 sheets folded together: too thick to saddle-stitch well (64 pages, 16 sheets, at most)  imposition',
    "booklet.yaml:12:3 warning creep: the innermost sheet's pages move 24 mm toward the fold, more than the 19.9 mm inner margin: text would run into the fold  imposition",
  ]);
});

test('the back matter the blanks go before: from the colophon to the end, else the last page', () => {
  const facts = (opens: Record<number, string>, count: number) => ({ pages: Array.from({ length: count }, (_, i) => ({ index: i + 1, opens: opens[i + 1] ?? '' })) }) as Parameters<typeof backMatter>[1];
  assert.equal(backMatter(22, facts({ 21: 'notes-page', 22: 'colophon' }, 22)), 1);
  assert.equal(backMatter(22, facts({ 21: 'colophon' }, 22)), 2, 'a colophon of two pages stays whole at the end');
  assert.equal(backMatter(22, facts({}, 22)), 1);
  assert.equal(backMatter(22, undefined), 1);
});
