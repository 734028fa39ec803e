// The print edition of a screen page that is not as Chromium writes it (two content streams): pdf-lib
// embeds the screen page, and the sheet shows it inside its trim exactly as the screen PDF does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { makePrintEdition } from '../../src/paginate/print-edition.js';
import { withTempDir } from '../helpers.js';

const run = promisify(execFile);
const PT_PER_MM = 72 / 25.4;

test('a page with two content streams is printed inside its trim as it is on screen', async () => {
  await withTempDir(async (dir) => {
    const screen = await PDFDocument.create();
    const page = screen.addPage([148 * PT_PER_MM, 210 * PT_PER_MM]);
    const { context } = screen;
    const boxes = ['0 0 0 rg 50 50 100 200 re f', '0.5 g 200 400 150 100 re f'];
    page.node.set(PDFName.of('Contents'), context.obj(boxes.map((ops) => context.register(context.stream(ops)))));
    const meta = { title: 't', author: 'a', subject: '', keywords: [], creator: 'booklet', producer: 'booklet', language: 'zh-CN', date: new Date(0) };
    const print = await makePrintEdition(await screen.save(), { width: 148, height: 210 }, meta);
    await writeFile(join(dir, 'screen.pdf'), await screen.save());
    await writeFile(join(dir, 'print.pdf'), print);
    // At 254 dpi the 10 mm of paper around the trim is 100 px.
    const render = async (file: string, crop: string[]) =>
      PNG.sync.read((await run('pdftoppm', ['-r', '254', '-gray', '-png', ...crop, join(dir, file)], { encoding: 'buffer', maxBuffer: 64 << 20 })).stdout);
    const a = await render('screen.pdf', []);
    const b = await render('print.pdf', ['-x', '100', '-y', '100', '-W', String(a.width), '-H', String(a.height)]);
    assert.ok(a.data.some((v, i) => i % 4 === 0 && v < 128), 'the screen page draws something');
    assert.equal(pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0 }), 0);
  });
});
