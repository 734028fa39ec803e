// Manuscripts as they arrive damaged or odd: a huge front matter is not a huge manuscript; U+FEFF inside
// the text (files joined from pieces that each had a BOM) is warned about at its line and reaches none of
// the editions; `lint --fix` writes a symlinked article through its link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmod, lstat, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import { lintText } from '../../src/manuscript/lint-manuscript.js';
import { lintFiles } from '../../src/manuscript/lint-files.js';
import { formatMessage } from '../../src/diagnostics.js';
import { CLI, withTempDir } from '../helpers.js';

const YAML = 'title: 读本\ncompiler: 编写组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n';

/** The warnings of reading one manuscript, first line of each. */
async function warnings(content: string): Promise<{ warnings: string[]; text: string; title: string }> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), YAML);
    await writeFile(join(dir, '01-a.md'), content);
    const [m] = await readManuscripts(await loadBooklet(dir), dir);
    return { warnings: m!.file.messages.map((x) => formatMessage(x, dir).split('\n')[0]!), text: String(m!.file.value), title: m!.meta.title };
  });
}

const paragraph = `${'学习读本的正文段落，用来检验很大的稿件。'.repeat(20)}\n\n`;

test('manuscript-size counts the body, not the front matter', async () => {
  // 2.2 MB of front matter (a YAML comment) over a one-line body: no warning.
  const comment = `# ${'注'.repeat(1000)}\n`.repeat(750);
  assert.deepEqual((await warnings(`---\ntitle: 标题\n${comment}---\n\n正文。\n`)).warnings, []);
  // A 2.2 MB body still gets it.
  const body = paragraph.repeat(Math.ceil((2.2 * 1024 * 1024) / Buffer.byteLength(paragraph)));
  const big = (await warnings(`---\ntitle: 标题\n---\n\n${body}`)).warnings;
  assert.equal(big.length, 1);
  assert.match(big[0]!, /^01-a\.md:1:1 warning Manuscript is 2\.2 MB, about [\d,]+ pages  manuscript-size$/);
});

const WITH_BOMS = '---\ntitle: 标\uFEFF题\n---\n\n正\uFEFF文的第一段。\n\n第二\uFEFF段\uFEFF。\n';

test('U+FEFF inside a manuscript is removed when it is read, with a warning at the first one', async () => {
  const read = await warnings(WITH_BOMS);
  assert.ok(!read.text.includes('\uFEFF') && !read.title.includes('\uFEFF'), JSON.stringify(read.text));
  assert.equal(read.title, '标题');
  assert.deepEqual(read.warnings, ['01-a.md:2:9 warning 4 zero-width no-break spaces (U+FEFF) inside the text, removed; the first is here  stray-bom']);
});

test('lint: U+FEFF inside the text at each line:col (stray-bom), and --fix removes it', async () => {
  const found = lintText('t.md', WITH_BOMS).messages.filter((m) => m.ruleId === 'stray-bom').map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'}`);
  assert.deepEqual(found, ['2:9 warning', '5:2 warning', '7:3 warning', '7:5 warning']);
  await withTempDir(async (dir) => {
    const file = join(dir, 'a.md');
    await writeFile(file, WITH_BOMS);
    const result = await lintFiles([file], { fix: true, cwd: dir });
    assert.equal(await readFile(file, 'utf8'), WITH_BOMS.replaceAll('\uFEFF', ''));
    assert.deepEqual(result.messages.filter((m) => m.ruleId === 'stray-bom'), []);
  });
});

test('U+FEFF inside a manuscript reaches neither booklet.html, nor the PDF’s text (pdftotext), nor the EPUB', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'book');
    await mkdir(book);
    await writeFile(join(book, 'booklet.yaml'), YAML);
    await writeFile(join(book, '01-a.md'), WITH_BOMS);
    const built = spawnSync(process.execPath, [CLI, 'build', 'book', '--out', 'out', '--edition', 'all'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stderr, /^book\/01-a\.md:2:9 warning 4 zero-width no-break spaces \(U\+FEFF\)/m);
    const html = await readFile(join(dir, 'out', 'booklet.html'), 'utf8');
    assert.ok(html.includes('正文的第一段') && !html.includes('\uFEFF'));
    const pdf = spawnSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'out', 'booklet.pdf'), '-'], { encoding: 'utf8' });
    assert.equal(pdf.status, 0, pdf.stderr);
    assert.ok(pdf.stdout.includes('正文的第一段') && pdf.stdout.includes('第二段。'), pdf.stdout);
    assert.ok(!pdf.stdout.includes('\uFEFF'), 'U+FEFF in the PDF’s text');
    const epub = unzipSync(await readFile(join(dir, 'out', 'booklet.epub')));
    // The article's text is there to be searched.
    assert.ok(strFromU8(epub['OEBPS/a.xhtml'] ?? new Uint8Array()).includes('正文的第一段'), `the article in the EPUB: ${Object.keys(epub).join(' ')}`);
    for (const [name, data] of Object.entries(epub)) assert.ok(!strFromU8(data).includes('\uFEFF'), `U+FEFF in ${name}`);
  });
});

test('lint --fix writes a symlinked article through its link, keeping the link and the file’s mode', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, 'drafts'));
    await mkdir(join(dir, 'book'));
    const real = join(dir, 'drafts', 'a.md');
    await writeFile(real, '# 标题\n\n中文,逗号。\n');
    await chmod(real, 0o640);
    await symlink('../drafts/a.md', join(dir, 'book', 'a.md'));
    const run = spawnSync(process.execPath, [CLI, 'lint', '--fix', 'book/a.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /^Fixed 1 problem in book\/a\.md$/m);
    assert.ok((await lstat(join(dir, 'book', 'a.md'))).isSymbolicLink(), 'the link was replaced by a file');
    assert.equal(await readFile(real, 'utf8'), '# 标题\n\n中文，逗号。\n');
    assert.equal((await stat(real)).mode & 0o777, 0o640);
    assert.deepEqual((await readdir(join(dir, 'drafts'))).sort(), ['a.md'], 'no temporary file left');
  });
});
