// A Traditional booklet of 古文觀止 (test/fixtures/corpus: 鄭伯克段於鄢 and 石碏諫寵州籲 as the source has
// them) uses 爲 and 嬀, which the TC faces lack: it builds with no lint error and proofs with none. The two
// are printed in Noto Serif SC, the body face's fallback, cut to exactly the characters the TC face lacks
// (no punctuation), on the baseline and at the size of their neighbours; the colophon names the face.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { Blob, Face } from 'harfbuzzjs';
import { CLI } from '../helpers.js';
import { chapterSection, guwenChapters } from '../corpus.js';
import { fontCoverage } from '../../src/html/font-coverage.js';
import { notoFace } from '../../src/html/fonts.js';
import { openPdf } from '../../src/import/pdf/pdfjs-pages.js';
import type { TextRun } from '../../src/import/pdf/page-text.js';

const run = promisify(execFile);
let dir: string;
let out: string;
let manuscript: string;
let built: { stdout: string; stderr: string };
/** The manuscript's characters the full TC body face lacks. */
let lacking: string[];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-fallback-'));
  out = join(dir, 'out');
  const chapters = await guwenChapters(['鄭伯克段於鄢', '石碏諫寵州籲']);
  manuscript = `---\ntitle: 古文觀止\n---\n\n${chapters.map(chapterSection).join('\n\n')}\n`;
  await writeFile(join(dir, '01-guwen.md'), manuscript);
  await writeFile(join(dir, 'booklet.yaml'), ['title: 古文觀止', 'compiler: 測試組', 'date: 2026-12', 'language: zh-Hant', 'colophon:', '  fonts: true', 'articles:', '  - 01-guwen.md', ''].join('\n'));
  const tc = await fontCoverage(notoFace('serif', 'TC', 400));
  lacking = [...new Set([...manuscript].filter((c) => c.codePointAt(0)! > 0x7f && !/\s/.test(c) && !tc.has(c.codePointAt(0)!)))].sort();
  built = await run(process.execPath, [CLI, 'build', dir, '--out', out], { maxBuffer: 16 << 20 });
});
after(() => rm(dir, { recursive: true, force: true }));

/** Every text run of the PDF, with its page. */
async function pdfRuns(file: string): Promise<(TextRun & { page: number })[]> {
  const pdf = await openPdf(file);
  try {
    const runs: (TextRun & { page: number })[] = [];
    for (let n = 1; n <= pdf.pages; n++) runs.push(...(await pdf.read(n)).runs.map((r) => ({ ...r, page: n })));
    return runs;
  } finally {
    await pdf.close();
  }
}

const count = (text: string, char: string) => text.split(char).length - 1;

test('the text has characters the TC face lacks: 爲 and 嬀', () => {
  assert.deepEqual(lacking, ['嬀', '爲']);
});

test('the build and `booklet lint` find no lint error, and the proof no error', async () => {
  assert.doesNotMatch(`${built.stdout}${built.stderr}`, / error /, built.stderr);
  const lint = await run(process.execPath, [CLI, 'lint', dir]);
  assert.match(`${lint.stdout}${lint.stderr}`, /\b0 errors\b/);
  const { stdout, stderr } = await run(process.execPath, [CLI, 'proof', dir, '--out', out], { maxBuffer: 16 << 20 });
  assert.match(`${stdout}${stderr}`, /\b0 errors, 0 warnings\b/, `${stdout}${stderr}`);
});

test('爲 and 嬀, and only they, are printed in Noto Serif SC, on their neighbours’ baseline and at their size', async () => {
  const pdf = join(out, 'booklet.pdf');
  const text = (await run('pdftotext', ['-nopgbrk', pdf, '-'])).stdout;
  for (const char of lacking) assert.equal(count(text, char), count(manuscript, char), `every ${char} of the text is in the PDF's`);
  const runs = await pdfRuns(pdf);
  const fallback = runs.filter((r) => /\+NotoSerifSC-Regular$/.test(r.font));
  assert.deepEqual([...new Set(fallback.flatMap((r) => [...r.text.replace(/\s/g, '')]))].sort(), lacking);
  for (const char of lacking) assert.equal(fallback.reduce((n, r) => n + count(r.text, char), 0), count(manuscript, char), `every ${char} in the fallback face`);
  for (const r of fallback) {
    // The runs before and after it on its line, within an em (a justified line spaces its characters).
    const beside = runs.filter((o) => o !== r && o.page === r.page && !o.font.includes('SC-') && Math.abs(o.baseline - r.baseline) < 0.01 && (Math.abs(o.x0 - r.x1) < r.size || Math.abs(o.x1 - r.x0) < r.size));
    assert.ok(beside.length > 0, `a neighbour on the baseline of “${r.text}” (page ${r.page}): ${JSON.stringify(runs.filter((o) => o.page === r.page && Math.abs(o.baseline - r.baseline) < 1))}`);
    for (const o of beside) assert.ok(Math.abs(o.size - r.size) < 0.01, `“${r.text}” at ${r.size} pt beside “${o.text}” at ${o.size} pt`);
  }
  const fonts = (await run('pdffonts', [pdf])).stdout.split('\n').slice(2).filter(Boolean).map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
  assert.deepEqual(fonts.filter((f) => !/^NotoS(erif|ans)TC-/.test(f)), ['NotoSerifSC-Regular'], fonts.join(', '));
});

test('the fallback subset holds exactly those characters, no punctuation; the lists and the colophon name it', async () => {
  const names = (await readdir(join(out, 'fonts'))).filter((n) => n.startsWith('NotoSerifSC-Regular.'));
  assert.equal(names.length, 1, names.join(', '));
  const cmap = new Face(new Blob(await readFile(join(out, 'fonts', names[0]!))), 0).collectUnicodes();
  assert.deepEqual([...cmap].map((c) => String.fromCodePoint(c)).sort(), lacking);
  const html = await readFile(join(out, 'booklet.html'), 'utf8');
  assert.match(html, /--body-face: "Noto Serif TC", "Noto Serif SC", serif;/);
  assert.match(html, /--heading-face: "Noto Sans TC", "Noto Sans SC", sans-serif;/);
  const text = (await run('pdftotext', ['-nopgbrk', join(out, 'booklet.pdf'), '-'])).stdout;
  assert.match(text, /Noto Serif TC、Noto Sans TC、Noto Serif SC/);
  const files = unzipSync(await readFile(join(out, 'booklet.epub')));
  assert.ok(files['OEBPS/fonts/NotoSerifSC-Regular.ttf'], 'the EPUB carries the fallback');
  assert.match(strFromU8(files['OEBPS/styles/booklet.css']!), /--body-face: "Noto Serif TC", "Noto Serif SC", serif;/);
});
