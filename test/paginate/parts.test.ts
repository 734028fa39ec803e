// The book is laid out in parts (units), in parallel pages of Chromium, and from the page cache. Whatever
// the way, the PDF must be the same book: same text on every page, same page images, same links and
// fonts as a cold build laid out in one page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type BuildResult } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { renderPages } from '../../src/proof/render.js';
import { comparePages } from '../../src/proof/compare.js';
import { pdfDests, pdfFonts, pdfTextPages } from '../../src/proof/poppler.js';
import { FIXTURES, ROOT, withTempDir } from '../helpers.js';

/** The text of each page, line by line, with where each line sits (rounded to 0.1 pt). */
const pageTexts = async (pdf: string) =>
  (await pdfTextPages(pdf)).map((p) => p.lines.map((l) => `${l.xMin.toFixed(1)},${l.yMin.toFixed(1)} ${l.text}`).join('\n'));

/** Four articles: the two of the project's booklet and the feature sample twice (footnotes in two
 *  articles; the last one links to the first article). */
async function writeBook(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await copyFile(join(ROOT, 'manuscripts', '01-ai.md'), join(dir, '01-ai.md'));
  await copyFile(join(ROOT, 'manuscripts', '02-heyuan.md'), join(dir, '03-heyuan.md'));
  const sample = await readFile(join(FIXTURES, 'basic', '01-sample.md'), 'utf8');
  await writeFile(join(dir, '02-sample.md'), sample.replace('title: 样例文章', 'id: sample\ntitle: 样例文章'));
  await writeFile(
    join(dir, '04-sample.md'),
    sample.replace('title: 样例文章', 'id: again\ntitle: 样例文章之二').replace('## 第二节', '参见[第一篇文章](#ai)。\n\n## 第二节'),
  );
  const yaml = (await readFile(join(ROOT, 'manuscripts', 'booklet.yaml'), 'utf8')).replace(
    /articles:[\s\S]*?(?=\nnotes:)/,
    'articles:\n  - 01-ai.md\n  - 02-sample.md\n  - 03-heyuan.md\n  - 04-sample.md',
  );
  await writeFile(join(dir, 'booklet.yaml'), yaml);
  return dir;
}

const run = (dir: string, out: string, options: { jobs: number; cache: boolean }) =>
  build({ dir, out, editions: ['html', 'screen'], reporter: createMemoryReporter(), ...options });

/** Fail unless the two PDFs are the same book. */
async function assertSameBook(a: string, b: string, work: string): Promise<void> {
  const [textA, textB] = await Promise.all([pageTexts(a), pageTexts(b)]);
  // Two empty books would be the same book: this one has over 20 pages.
  assert.ok(textA.length > 20, `${textA.length} pages`);
  assert.equal(textB.length, textA.length, 'page count');
  textA.forEach((page, i) => assert.equal(textB[i], page, `text of page ${i + 1}`));
  const rendered = await Promise.all([renderPages(a, join(work, 'a')), renderPages(b, join(work, 'b'))]);
  assert.deepEqual(rendered.map((r) => r.length), [textA.length, textA.length], 'every page rendered, to be compared');
  assert.deepEqual(await comparePages(join(work, 'b'), join(work, 'a'), join(work, 'diff')), [], 'page images');
  assert.deepEqual([...(await pdfDests(b))], [...(await pdfDests(a))], 'named destinations');
  const fonts = (file: string) => pdfFonts(file).then((rows) => rows.map((f) => `${f.name.replace(/^[A-Z]{6}\+/, '')} ${f.type}`).sort());
  assert.deepEqual(await fonts(b), await fonts(a), 'fonts');
}

test('a book laid out in two pages of Chromium at once is the same book as one laid out in one page', async () => {
  await withTempDir(async (tmp) => {
    const book = await writeBook(join(tmp, 'book'));
    const [one, two] = await Promise.all([run(book, join(tmp, 'one'), { jobs: 1, cache: false }), run(book, join(tmp, 'two'), { jobs: 2, cache: false })]);
    assert.equal(one.parts?.pages, 1);
    assert.equal(two.parts?.pages, 2);
    await assertSameBook(join(tmp, 'one', 'booklet.pdf'), join(tmp, 'two', 'booklet.pdf'), tmp);
    // One font per face, though each page of Chromium embedded its own.
    const fonts = await pdfFonts(join(tmp, 'two', 'booklet.pdf'));
    assert.equal(new Set(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).size, fonts.length, fonts.map((f) => f.name).join(' '));
    // Notes are numbered per article; the link from the last article to the first is a link.
    const text = await pageTexts(join(tmp, 'two', 'booklet.pdf'));
    const notes = text.filter((p) => p.includes('脚注内容。'));
    assert.equal(notes.length, 2, 'each sample article has its first note');
    for (const page of notes) assert.match(page, /① ?脚注内容。/);
    const dests = await pdfDests(join(tmp, 'two', 'booklet.pdf'));
    const opening = text.findIndex((p) => p.includes('深刻领会习近平总书记关于人工智能的重要论述')) + 1;
    assert.ok(opening > 1 && dests.get('ai') === opening, `ai → p. ${dests.get('ai')}, the article opens on p. ${opening}`);
  });
});

test('a rebuild takes unchanged parts from the cache and gives the same book as a cold build', async () => {
  await withTempDir(async (tmp) => {
    const book = await writeBook(join(tmp, 'book'));
    const out = join(tmp, 'out');
    const first = await run(book, out, { jobs: 2, cache: true });
    const firstBytes = await readFile(join(out, 'booklet.pdf'));
    const again: BuildResult = await run(book, out, { jobs: 2, cache: true });
    assert.deepEqual(again.parts, { laidOut: 0, cached: first.parts!.laidOut + first.parts!.cached, pages: 0 });
    assert.ok(firstBytes.equals(await readFile(join(out, 'booklet.pdf'))), 'an unchanged book gives the same bytes');
    // Edit the third article: a sentence more, the same number of pages.
    const path = join(book, '03-heyuan.md');
    await writeFile(path, (await readFile(path, 'utf8')).replace('推进中国式现代化，建设现代', '推进中国式现代化，加快建设现代'));
    const edited = await run(book, out, { jobs: 2, cache: true });
    assert.equal(edited.parts?.laidOut, 1, 'only the edited article is laid out again');
    // An edit that brings in characters the book did not have, so new font subsets: still only that part.
    const before = await readFile(join(out, 'booklet.html'), 'utf8');
    assert.ok(!before.includes('饕') && !before.includes('餮'), 'the characters are new to the book');
    await writeFile(path, (await readFile(path, 'utf8')).replace('加快建设现代', '加快（饕餮）建设现代'));
    const newCharacters = await run(book, out, { jobs: 2, cache: true });
    assert.equal(newCharacters.parts?.laidOut, 1, 'new characters: only the edited article is laid out again');
    // The other parts' glyphs were renumbered for the new subsets, and kept so: all parts now name them.
    const index = JSON.parse(await readFile(join(out, '.cache', 'pages', 'index.json'), 'utf8')) as { prints: Record<string, { fonts?: unknown }> };
    const records = new Set(Object.values(index.prints).map((p) => JSON.stringify(p.fonts)));
    assert.equal(records.size, 1, [...records].join('\n'));
    // An edit that takes characters out, printed before with other parts in one PDF: that PDF holds the
    // edited article's old pages, whose glyphs the new subsets lack; the other parts are still used.
    await rm(join(out, '.cache', 'pages'), { recursive: true });
    await run(book, out, { jobs: 2, cache: true });
    await writeFile(path, (await readFile(path, 'utf8')).replace('加快（饕餮）建设现代', '加快建设现代'));
    const removed = await run(book, out, { jobs: 2, cache: true });
    assert.equal(removed.parts?.laidOut, 1, 'characters taken out: only the edited article is laid out again');
    await run(book, join(tmp, 'cold'), { jobs: 1, cache: false });
    await assertSameBook(join(tmp, 'cold', 'booklet.pdf'), join(out, 'booklet.pdf'), join(tmp, 'cmp'));
  });
});
