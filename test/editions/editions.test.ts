// The editions' registry: a toy edition registered in one test-only module (toy-editions.ts) is built by
// build() and by the command, named in booklet.yaml's `editions:` and in `--edition`; file names take a
// variant's tag; an unknown edition in booklet.yaml is refused at its line with the nearest name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from '../../src/build.js';
import { BookletError, createMemoryReporter, formatMessage } from '../../src/diagnostics.js';
import { editionFile, editionNames, isEditionFile } from '../../src/editions/index.js';
import { FIXTURES, ROOT, withTempDir } from '../helpers.js';
import './toy-editions.js';

const BASIC_YAML = 'title: 测试读本\nsubtitle: 排版功能样例\ncompiler: 测试编写组\ndate: 2026-01-15\narticles:\n  - 01-sample.md\n';

/** The basic fixture in `dir/book`, with `extra` added to its booklet.yaml. */
async function book(dir: string, extra = ''): Promise<string> {
  const at = join(dir, 'book');
  await cp(join(FIXTURES, 'basic'), at, { recursive: true });
  assert.equal(await readFile(join(at, 'booklet.yaml'), 'utf8'), BASIC_YAML);
  await writeFile(join(at, 'booklet.yaml'), BASIC_YAML + extra);
  return at;
}

const files = async (dir: string) => (await readdir(dir)).filter((f) => !f.startsWith('.') && f !== 'fonts').sort();

test('the registry lists the built-in editions, then the toy ones; file names take a variant before the extension', () => {
  assert.deepEqual(editionNames(), ['html', 'screen', 'print', 'press', 'imposed', 'epub', 'txt', 'pages']);
  assert.deepEqual(
    ['screen', 'epub', 'print', 'html', 'txt'].map((e) => editionFile(e, 'zh-Hant')),
    ['booklet.zh-Hant.pdf', 'booklet.zh-Hant.epub', 'booklet-print.zh-Hant.pdf', 'booklet.zh-Hant.html', 'booklet.zh-Hant.txt'],
  );
  assert.equal(editionFile('print'), 'booklet-print.pdf');
  assert.throws(() => editionFile('screen', '../zh'), /a variant is a language tag/);
  assert.ok(isEditionFile('booklet.zh-Hant-TW.pdf') && isEditionFile('booklet-print.pdf') && isEditionFile('booklet.txt'));
  assert.ok(!isEditionFile('booklet.css') && !isEditionFile('notes.pdf') && !isEditionFile('booklet.a/b.pdf'));
});

test('build() makes a toy edition from the tree alone, without Chromium, as --edition or booklet.yaml names it', async () => {
  await withTempDir(async (dir) => {
    const at = await book(dir);
    const out = join(dir, 'out');
    const result = await build({ dir: at, out, editions: ['txt'], reporter: createMemoryReporter() });
    assert.deepEqual(result.editions, ['html', 'txt']);
    assert.equal(result.pagination, undefined, 'no pagination: txt needs the tree only');
    assert.deepEqual(await files(out), ['booklet.html', 'booklet.txt']);
    const lines = (await readFile(join(out, 'booklet.txt'), 'utf8')).split('\n');
    for (const line of ['样例文章', '第一节', '第二节', '要点一', '问题一？']) assert.ok(lines.includes(line), `${line} in booklet.txt:\n${lines.join('\n')}`);
    assert.ok(lines.some((l) => l.startsWith('这是第一段，包含软换行也不应出现空格。')), 'a paragraph is one line, its soft break gone');

    // booklet.yaml's editions:, with a variant in the file names.
    await writeFile(join(at, 'booklet.yaml'), `${BASIC_YAML}editions: [txt]\n`);
    const yamlOut = join(dir, 'yaml-out');
    const fromYaml = await build({ dir: at, out: yamlOut, variant: { tag: 'zh-Hant', booklet: (b) => b, text: (t) => t }, reporter: createMemoryReporter() });
    assert.deepEqual(fromYaml.editions, ['html', 'txt']);
    assert.deepEqual(await files(yamlOut), ['booklet.zh-Hant.html', 'booklet.zh-Hant.txt']);
    assert.equal(await readFile(join(yamlOut, 'booklet.zh-Hant.txt'), 'utf8'), await readFile(join(out, 'booklet.txt'), 'utf8'));
  });
});

test('an edition made from the pagination and another edition: the screen PDF is made for it, not written', async () => {
  await withTempDir(async (dir) => {
    const at = await book(dir);
    const out = join(dir, 'out');
    const result = await build({ dir: at, out, editions: ['pages'], reporter: createMemoryReporter() });
    assert.deepEqual(await files(out), ['booklet-pages.json', 'booklet.html']);
    const made = JSON.parse(await readFile(join(out, 'booklet-pages.json'), 'utf8')) as { pages: number; screen: { bytes: number; header: string } };
    assert.ok(result.pagination && result.pagination.pages.length > 0);
    assert.equal(made.pages, result.pagination.pages.length);
    assert.equal(made.screen.header, '%PDF-');
    assert.ok(made.screen.bytes > 10_000, `${made.screen.bytes} bytes`);
  });
});

test('an unknown edition in booklet.yaml is refused at its line, with the nearest name and the known ones', async () => {
  await withTempDir(async (dir) => {
    const at = await book(dir, 'editions:\n  - html\n  - ebup\n');
    const out = join(dir, 'out');
    const error = await build({ dir: at, out, reporter: createMemoryReporter() }).then(
      () => assert.fail('built'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof BookletError, String(error));
    assert.deepEqual(
      error.messages.map((m) => formatMessage(m, at).split('\n')[0]),
      ['booklet.yaml:9:5 error Unknown edition `ebup`; did you mean `epub`?  config'],
    );
    assert.match(formatMessage(error.messages[0]!, at), /The editions are html, screen, print, press, imposed, epub, txt, pages, all\./);
    assert.equal(existsSync(out), false, 'nothing written');
  });
});

/** The command, unbundled (the toy editions register in the same modules as its own), with the toy
 *  editions imported first. */
function command(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', join(ROOT, 'dist', 'test', 'editions', 'toy-editions.js'), join(ROOT, 'dist', 'src', 'cli', 'main.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', LANG: 'en_US.UTF-8' },
  });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

test('the command lists a toy edition in --help, builds it with -e, and -e overrides booklet.yaml', async () => {
  await withTempDir(async (dir) => {
    const at = await book(dir, 'editions: [txt]\n');
    const help = command(dir, 'build', '--help');
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout.replace(/\s+/g, ' '), /-e, --edition <editions> html, screen \(booklet\.pdf\), print \(booklet-print\.pdf\), press \(booklet-press\.pdf\), imposed \(booklet-imposed\.pdf\), epub \(booklet\.epub\), txt \(booklet\.txt\), pages \(booklet-pages\.json\) or all/);

    const fromYaml = command(dir, 'build', at, '--out', 'yaml');
    assert.equal(fromYaml.status, 0, fromYaml.stderr);
    assert.match(fromYaml.stderr, /Built 2 editions in [\d.]+ s: \S*booklet\.html, \S*booklet\.txt\n/);
    assert.deepEqual(await files(join(dir, 'yaml')), ['booklet.html', 'booklet.txt']);

    const overridden = command(dir, 'build', at, '--out', 'flag', '-e', 'html');
    assert.equal(overridden.status, 0, overridden.stderr);
    assert.deepEqual(await files(join(dir, 'flag')), ['booklet.html'], '-e html overrides editions: [txt]');

    const named = command(dir, 'build', at, '--out', 'named', '-e', 'txt');
    assert.equal(named.status, 0, named.stderr);
    assert.equal(await readFile(join(dir, 'named', 'booklet.txt'), 'utf8'), await readFile(join(dir, 'yaml', 'booklet.txt'), 'utf8'));

    const wrong = command(dir, 'build', at, '-e', 'tx');
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /unknown edition `tx` \(did you mean `txt`\?\); the editions are html, screen, print, press, imposed, epub, txt, pages, all/);
  });
});
