// A table that runs over several printed pages: the EPUB passes EPUBCheck (page-break markers only
// where text may be, not between rows or cells), and each marker is in the row that begins its page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { build } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { pdfTextPages, type TextPage } from '../../src/proof/poppler.js';
import { withTempDir } from '../helpers.js';
import { epubcheck } from './epubcheck.js';

/** A booklet with one article: a paragraph and a table of `rows` rows. */
async function tableBooklet(dir: string, rows: number): Promise<string> {
  const book = join(dir, 'book');
  await mkdir(book, { recursive: true });
  await writeFile(join(book, 'booklet.yaml'), 'title: 表格读本\ncompiler: 测试组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n');
  const lines = ['---', 'title: 长表格', '---', '', '第一段。', '', '| 序号 | 名称 | 说明 |', '| --- | --- | --- |'];
  for (let i = 1; i <= rows; i++) lines.push(`| ${i} | 项目${i} | 说明文字第${i}行。 |`);
  await writeFile(join(book, '01-a.md'), `${lines.join('\n')}\n\n最后一段。\n`);
  return book;
}

test('a 120-row table over four pages: EPUBCheck passes and each marker is in the row its page begins with', { timeout: 180_000 }, () =>
  withTempDir(async (dir) => {
    const book = await tableBooklet(dir, 120);
    const out = join(dir, 'out');
    await build({ dir: book, out, editions: ['html', 'screen', 'epub'], reporter: createMemoryReporter(), cache: false });
    const report = await epubcheck(join(out, 'booklet.epub'));
    assert.match(report, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, report);
    const xhtml = strFromU8(unzipSync(await readFile(join(out, 'booklet.epub')))['OEBPS/a.xhtml']!);
    const pages = await pdfTextPages(join(out, 'booklet.pdf'));
    const markers = [...xhtml.matchAll(/<td><span id="page-(\d+)" epub:type="pagebreak"[^>]*\/>(\d+)<\/td>/g)];
    assert.ok(markers.length >= 3, `markers in the table's cells: ${markers.length}\n${xhtml.slice(0, 2000)}`);
    for (const [, folio, row] of markers) {
      // The printed page with that folio (its lowest line), and the first row printed on it.
      const lowest = (p: TextPage) => [...p.lines].sort((a, b) => b.yMin - a.yMin)[0]?.text;
      const page = pages.find((p) => lowest(p) === folio)!;
      assert.ok(page, `a printed page with folio ${folio}`);
      const first = [...page.lines].sort((a, b) => a.yMin - b.yMin).find((l) => /^\d+$/.test(l.text.trim()));
      assert.equal(first?.text.trim(), row, `page ${folio} begins with row ${row}`);
    }
  }),
);
