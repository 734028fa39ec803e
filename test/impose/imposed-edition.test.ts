// One real build of a small booklet with `-e screen,imposed`: the imposed PDF's half-sheets hold the screen
// PDF's pages, as text, where the order says (page 1, the cover, on the first sheet's front right; the
// colophon, the last page, on its front left), on the sheet booklet.yaml names, and the blank pages added
// are reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imposeOrder } from '../../src/impose/order.js';
import { pdfInfo, pdfTextPages, type TextPage } from '../../src/proof/poppler.js';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

/** The words of a page (or of the words left or right of `fold`), sorted: what it says, wherever pdftotext
 *  puts its lines. */
const words = (page: TextPage, half?: { fold: number; left: boolean }) =>
  page.lines
    .flatMap((l) => l.words)
    .filter((w) => !half || w.xMin < half.fold === half.left)
    .map((w) => w.text)
    .sort();

test('the basic booklet imposed on A3: every page of the screen PDF on the half-sheet the order gives it, and the padding reported', () =>
  withTempDir(async (dir) => {
    const book = join(dir, 'book');
    await cp(join(FIXTURES, 'basic'), book, { recursive: true });
    await writeFile(join(book, 'booklet.yaml'), `${await readFile(join(book, 'booklet.yaml'), 'utf8')}imposition:\n  sheet: a3\n  marks: true\n`);
    const out = join(dir, 'out');
    const run = spawnSync(process.execPath, [CLI, 'build', book, '--out', out, '-e', 'screen,imposed', '--ui', 'en'], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
    assert.equal(run.status, 0, run.stderr);

    const screen = await pdfTextPages(join(out, 'booklet.pdf'));
    const sheets = await pdfTextPages(join(out, 'booklet-imposed.pdf'));
    assert.equal(screen.length, 9, 'the basic booklet is 9 pages');
    assert.match(run.stderr, /booklet\.yaml info Imposed: 3 blank pages added before page 9 to make 12, on 3 sheets {2}imposition\n/);
    assert.match((await pdfInfo(join(out, 'booklet-imposed.pdf')))['Page size'] ?? '', /^1190\.55 x 841\.89 pts \(A3\)/);

    const order = imposeOrder(screen.length);
    const sides = order.sheets.flatMap((s) => [s.front, s.back]);
    assert.equal(sheets.length, sides.length);
    sides.forEach((side, i) => {
      for (const left of [true, false]) {
        const slot = left ? side.left : side.right;
        const got = words(sheets[i]!, { fold: sheets[i]!.width / 2, left });
        assert.deepEqual(got, slot === null ? [] : words(screen[slot - 1]!), `imposed page ${i + 1}, ${left ? 'left' : 'right'}: page ${slot ?? 'blank'}`);
      }
    });
    // The cover's title on the first sheet's front right; the colophon (the last page) on its left.
    const front = sheets[0]!;
    const right = front.lines.filter((l) => l.xMin > front.width / 2).map((l) => l.text);
    const left = front.lines.filter((l) => l.xMin < front.width / 2).map((l) => l.text);
    assert.ok(right.some((t) => t.includes('测试读本')), `the cover on the front right: ${right.join(' / ')}`);
    assert.ok(left.some((t) => t.includes('测试编写组')) && left.some((t) => t.includes('版次')), `the colophon on the front left: ${left.join(' / ')}`);
  }));
