// `booklet import` from the command line: the user's source into a new folder that then builds; into an
// existing booklet, appended to its booklet.yaml with its comments kept; a missing source is one message
// and exit 1; --help names the options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, ROOT, SOURCE_TEXT, withTempDir } from '../helpers.js';
import { hardWrapped } from '../import/newspaper.js';

function booklet(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', LANG: 'C' } });
}

test('booklet import SOURCE --into DIR: the manuscripts and booklet.yaml, what is left printed at its place; then it builds', async () => {
  await withTempDir(async (tmp) => {
    const run = booklet(tmp, 'import', SOURCE_TEXT, '--into', 'book');
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual((await readdir(join(tmp, 'book'))).sort(), ['01-article-1.md', '02-article-2.md', 'booklet.yaml']);
    const lines = run.stderr.split('\n');
    const warning = lines.find((l) => /^book\/02-article-2\.md:\d+:1 warning .*\(source: line 87\)  fragment-start$/.test(l));
    assert.ok(warning, run.stderr);
    assert.ok(lines.some((l) => /warning .*\(source: line 83\)  heading-sequence$/.test(l)), run.stderr);
    assert.ok(lines.some((l) => l.startsWith('Imported 2 articles; left to decide: 0 errors, 3 warnings')), run.stderr);
    assert.ok(lines.some((l) => l === 'Next: booklet build book'), run.stderr);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    const build = booklet(tmp, 'build', 'book', '-e', 'screen');
    assert.equal(build.status, 0, build.stderr);
    assert.ok((await stat(join(tmp, 'book', 'output', 'booklet.pdf'))).size > 10_000);
    const html = await readFile(join(tmp, 'book', 'output', 'booklet.html'), 'utf8');
    assert.match(html, /抢抓人工智能发展的历史性机遇/);
    assert.match(html, /（作者单位：中共河源市委党校）/);
  });
});

test('booklet import into a booklet: appended to its articles, its comments kept, ids and names its own', async () => {
  await withTempDir(async (tmp) => {
    const book = join(tmp, 'book');
    await mkdir(book);
    for (const name of ['booklet.yaml', '01-ai.md', '02-heyuan.md']) await copyFile(join(ROOT, 'manuscripts', name), join(book, name));
    const before = await readFile(join(book, 'booklet.yaml'), 'utf8');
    await writeFile(join(tmp, 'ai.txt'), hardWrapped());
    const run = booklet(tmp, 'import', 'ai.txt', '--into', 'book');
    assert.equal(run.status, 0, run.stderr);
    const after = await readFile(join(book, 'booklet.yaml'), 'utf8');
    assert.ok(after.startsWith(before.split('articles:')[0]!), 'what comes before articles is as it was, comments too');
    assert.match(after, /articles:\n {2}- 01-ai\.md\n {2}- 02-heyuan\.md\n {2}- 03-aib\.md\n/);
    assert.match(after, /# The source has no section 二 heading/);
    const lint = booklet(tmp, 'lint', 'book');
    assert.equal(lint.status, 0, lint.stderr);
  });
});

test('booklet import of a missing source: one message, exit 1, nothing written', async () => {
  await withTempDir(async (tmp) => {
    const run = booklet(tmp, 'import', 'missing.txt', '--into', 'book');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^missing\.txt error Source not found: missing\.txt  import\n/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    assert.deepEqual(await readdir(tmp), []);
  });
});

test('booklet import --help names its options, in English and in Chinese', () => {
  const en = booklet(ROOT, 'import', '--help');
  assert.equal(en.status, 0);
  for (const option of ['--into <dir>', '--title <title>', '--verbose']) assert.ok(en.stdout.includes(option), en.stdout);
  assert.match(en.stdout, /Make manuscripts from your material/);
  const zh = booklet(ROOT, '--ui', 'zh', 'import', '--help');
  assert.match(zh.stdout, /把手头的材料/);
});
