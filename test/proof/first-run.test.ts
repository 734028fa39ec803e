// The first proof of a booklet, before any baseline is approved (issue 20, item 8), as a user runs it: it
// says there is no baseline and how to approve one, compares nothing, and fails only on an error finding,
// which names its page by folio and PDF page. The report opens with the findings, then the spreads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, withTempDir } from '../helpers.js';

/** A one-article booklet in `dir` whose article is `body`; proof it into a fresh output folder. */
async function firstProof(dir: string, body: string) {
  const book = join(dir, 'book');
  await mkdir(book, { recursive: true });
  await writeFile(join(book, 'booklet.yaml'), 'title: 测试\ncompiler: 测试组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n');
  await writeFile(join(book, '01-a.md'), `---\ntitle: 样例\n---\n\n${body}\n`);
  const out = join(dir, 'out');
  const run = spawnSync(process.execPath, [CLI, 'proof', book, '--out', out], { encoding: 'utf8', env: { ...process.env, CI: 'true' }, cwd: dir });
  const report = join(out, 'proof');
  const json = JSON.parse(await readFile(join(report, 'report.json'), 'utf8')) as {
    pages: number;
    baseline: { path: string; found: boolean };
    changes: unknown[];
    findings: { check: string; page?: number; folio?: string }[];
  };
  return { book, run, json, html: await readFile(join(report, 'index.html'), 'utf8'), diffs: await readdir(join(report, 'diff')).catch(() => []) };
}

/** The spreads of the contact sheet, each page by its PDF page ('-' for the empty side). */
const sheet = (html: string) =>
  (/<section class="sheet"[^]*?<\/section>/.exec(html)?.[0] ?? '')
    .split('<div class="spread">')
    .slice(1)
    .map((spread) => [...spread.matchAll(/<(?:figure class="page[^"]*" id="page-(\d+)"|div class="page empty")/g)].map((m) => m[1] ?? '-').join('|'));

test('a first proof with no baseline and no finding: exit 0, says how to approve, compares nothing', async () => {
  await withTempDir(async (dir) => {
    const { book, run, json, html, diffs } = await firstProof(dir, '这是一段正常的文字。');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, new RegExp(`^No approved baseline at ${join(book, 'proof-baseline')}; the pages were not compared\\. Run \`booklet proof --approve\` to approve these pages\\.$`, 'm'));
    assert.doesNotMatch(run.stderr, /added/);
    assert.match(run.stderr, /^8 pages, 0 errors, 0 warnings, not compared \(no baseline\),/m);
    assert.deepEqual(json.baseline, { path: join(book, 'proof-baseline'), found: false });
    assert.deepEqual(json.changes, []);
    assert.deepEqual(diffs, []);
    // 8 pages: cover, blank, title page, blank, contents, blank, the article (p. 1), the colophon (p. 2).
    assert.equal(json.pages, 8);
    assert.deepEqual(sheet(html), ['-|1', '2|3', '4|5', '6|7', '8|-']);
    assert.match(html, /<section class="changes" id="changes"><h2>Visual changes<\/h2><p>No approved baseline at /);
  });
});

test('a first proof with an error finding fails, and names the page by folio and PDF page', async () => {
  await withTempDir(async (dir) => {
    // A hard line break before ， (line-start) on the article's second page: p. 2, the PDF's 8th.
    const { run, json, html } = await firstProof(dir, `${'甲乙丙丁戊己庚辛壬癸'.repeat(60)}。\n\n这一行在这里断开\\\n，逗号开头的下一行。\n\n${'子丑寅卯辰巳午未申酉'.repeat(30)}。`);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /^book\/01-a\.md:7:1 error Line starts with “，” — p\. 2 \(PDF p\. 8\): «，逗号开头的下一行。»  line-start$/m);
    assert.match(run.stderr, /^No approved baseline at /m);
    assert.deepEqual(json.findings.map((f) => [f.check, f.page, f.folio]), [['line-start', 8, '2']]);
    // 9 pages: the article runs to p. 2 (PDF p. 8), the colophon is p. 3.
    assert.equal(json.pages, 9);
    assert.deepEqual(sheet(html), ['-|1', '2|3', '4|5', '6|7', '8|9']);
    const at = ['<section class="findings"', '<section class="sheet"', '<section class="changes"'].map((s) => html.indexOf(s));
    assert.ok(at[0]! > 0 && at[0]! < at[1]! && at[1]! < at[2]!, `sections at ${JSON.stringify(at)}`);
    assert.match(html, /<figure class="page has-error" id="page-8">[^]*?<a class="badge error" href="#findings-page-8"[^>]*>1<\/a>/);
  });
});
