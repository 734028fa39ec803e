// `booklet build` as a user runs it: bad input gives `file:line:col` messages, exit 1, no stack trace,
// and leaves the output folder exactly as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

function booklet(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

/** Copy the basic fixture to `dir/manuscripts`, break it with `mutate`, and put a good output in place. */
async function brokenBuild(mutate: (manuscripts: string) => Promise<void>) {
  return withTempDir(async (dir) => {
    const manuscripts = join(dir, 'manuscripts');
    await cp(join(FIXTURES, 'basic'), manuscripts, { recursive: true });
    const out = join(manuscripts, 'output');
    await mkdir(out);
    await writeFile(join(out, 'booklet.html'), 'the previous good build');
    await mutate(manuscripts);
    const result = booklet(dir, 'build');
    const output = await readdir(out);
    const previous = await readFile(join(out, 'booklet.html'), 'utf8');
    return { ...result, output, previous };
  });
}

function assertRefused(result: Awaited<ReturnType<typeof brokenBuild>>, message: RegExp): void {
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, message);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  assert.deepEqual(result.output, ['booklet.html'], 'no new or temporary files in output/ (no fonts, no cache)');
  assert.equal(result.previous, 'the previous good build', 'the previous output is untouched');
}

test('build writes every edition and the fonts into output/ beside the manuscripts', async () => {
  await withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'basic'), join(dir, 'manuscripts'), { recursive: true });
    const result = booklet(dir, 'build');
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual((await readdir(join(dir, 'manuscripts', 'output'))).sort(), ['.cache', 'booklet-imposed.pdf', 'booklet-press.pdf', 'booklet-print.pdf', 'booklet.epub', 'booklet.html', 'booklet.pdf', 'fonts']);
    assert.match(await readFile(join(dir, 'manuscripts', 'output', 'booklet.html'), 'utf8'), /<h1 class="article-title">样例文章<\/h1>/);
    assert.deepEqual((await readdir(dir)).sort(), ['manuscripts'], 'nothing is written beside the booklet folder');
  });
});

test('a booklet built from another folder is written beside itself, not where the command runs', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'mybook');
    await cp(join(FIXTURES, 'basic'), book, { recursive: true });
    const project = join(dir, 'project');
    await mkdir(join(project, 'output'), { recursive: true });
    await writeFile(join(project, 'output', 'booklet.html'), "the project's own booklet");
    const result = booklet(project, 'build', '../mybook', '-e', 'html');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(await readFile(join(project, 'output', 'booklet.html'), 'utf8'), "the project's own booklet");
    assert.ok((await readdir(join(book, 'output'))).includes('booklet.html'));
    assert.match(result.stderr, /Built 1 edition in [\d.]+ s: \S*mybook\/output\/booklet\.html\n/);
  });
});

test('output: in booklet.yaml sets the folder, relative to booklet.yaml; --out overrides it', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'book');
    await cp(join(FIXTURES, 'basic'), book, { recursive: true });
    const yaml = await readFile(join(book, 'booklet.yaml'), 'utf8');
    await writeFile(join(book, 'booklet.yaml'), `${yaml}output: ../editions\n`);
    const run = booklet(dir, 'build', 'book', '-e', 'html');
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual((await readdir(join(dir, 'editions'))).filter((f) => !f.startsWith('.')).sort(), ['booklet.html', 'fonts']);
    assert.equal(existsSync(join(book, 'output')), false);
    const over = booklet(dir, 'build', 'book', '-e', 'html', '--out', 'elsewhere');
    assert.equal(over.status, 0, over.stderr);
    assert.ok((await readdir(join(dir, 'elsewhere'))).includes('booklet.html'));
  });
});

test('with no DIR, the current folder when it holds booklet.yaml', async () => {
  await withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'basic'), dir, { recursive: true });
    const run = booklet(dir, 'build', '-e', 'html');
    assert.equal(run.status, 0, run.stderr);
    assert.ok((await readdir(join(dir, 'output'))).includes('booklet.html'));
  });
});

test('-e takes a list and repeats; an unknown edition is refused with the nearest name', async () => {
  await withTempDir(async (dir) => {
    const run = booklet(dir, 'build', join(FIXTURES, 'basic'), '--out', 'out', '-e', 'screen', '-e', 'epub');
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual((await readdir(join(dir, 'out'))).filter((f) => f.startsWith('booklet')).sort(), ['booklet.epub', 'booklet.html', 'booklet.pdf']);
    const listed = booklet(dir, 'build', join(FIXTURES, 'basic'), '--out', 'out2', '-e', 'html,epub');
    assert.equal(listed.status, 0, listed.stderr);
    assert.deepEqual((await readdir(join(dir, 'out2'))).filter((f) => f.startsWith('booklet')).sort(), ['booklet.epub', 'booklet.html']);
    const wrong = booklet(dir, 'build', join(FIXTURES, 'basic'), '--out', 'out3', '-e', 'screen,ebup');
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /unknown edition `ebup` \(did you mean `epub`\?\)/);
    assert.doesNotMatch(wrong.stderr, /Usage:/, 'a hint, not the whole help');
    assert.equal(existsSync(join(dir, 'out3')), false);
  });
});

test('invalid YAML front matter', async () => {
  const result = await brokenBuild((m) => writeFile(join(m, '01-sample.md'), '---\ntitle: 样例\nauthor: [张三\n---\n\n正文。\n'));
  assertRefused(result, /^manuscripts\/01-sample\.md:3:\d+ error Invalid YAML: .*front-matter\n/m);
});

test('a manuscript named in booklet.yaml that does not exist', async () => {
  const result = await brokenBuild(async (m) => {
    const yaml = await readFile(join(m, 'booklet.yaml'), 'utf8');
    await writeFile(join(m, 'booklet.yaml'), yaml + '  - 02-missing.md\n');
  });
  assertRefused(result, /^manuscripts\/booklet\.yaml:7:5 error Article `02-missing\.md` not found .*config\n  hint: /m);
});

test('an empty manuscript', async () => {
  const result = await brokenBuild((m) => writeFile(join(m, '01-sample.md'), ''));
  assertRefused(result, /^manuscripts\/01-sample\.md:1:1 error Manuscript is empty  manuscript\n/m);
});

test('a manuscript that is not UTF-8', async () => {
  const result = await brokenBuild((m) =>
    writeFile(join(m, '01-sample.md'), Buffer.concat([Buffer.from('---\ntitle: 样例\n---\n\n'), Buffer.from([0xd5, 0xfd, 0xce, 0xc4])])),
  );
  assertRefused(result, /^manuscripts\/01-sample\.md:5:1 error File is not valid UTF-8 \(byte 0xD5 at byte offset 23\)  manuscript\n  hint: .*GB18030/m);
});

test('an unknown study box', async () => {
  const result = await brokenBuild(async (m) => {
    const md = await readFile(join(m, '01-sample.md'), 'utf8');
    await writeFile(join(m, '01-sample.md'), md.replace(':::key-points', ':::keypoints'));
  });
  assertRefused(result, /^manuscripts\/01-sample\.md:16:1 error Unknown study box `:::keypoints`  directive\n/m);
});

test('a missing folder and an unknown option', async () => {
  await withTempDir(async (dir) => {
    const missing = booklet(dir, 'build', 'nowhere');
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^nowhere error Not a folder: nowhere  config/m);
    const unknown = booklet(dir, 'build', '--colour');
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /unknown option '--colour'/);
  });
});

test('--help describes the command', () => {
  const help = booklet(process.cwd(), 'build', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: booklet build \[options\] \[dir\]/);
  assert.match(help.stdout, /--out <dir>/);
});

test('the bin runs by its shebang, as npx runs it, with its Node flags (a 2 MB young generation)', async () => {
  await withTempDir(async (dir) => {
    const probe = join(dir, 'exec-argv.cjs');
    await writeFile(probe, "process.stderr.write('execArgv=' + JSON.stringify(process.execArgv) + '\\n');\n");
    const run = spawnSync(CLI, ['build', '--help'], { encoding: 'utf8', env: { ...process.env, CI: 'true', NODE_OPTIONS: `--require ${probe}` } });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Usage: booklet build/);
    const execArgv = JSON.parse(/^execArgv=(.*)$/m.exec(run.stderr)?.[1] ?? 'null') as string[] | null;
    assert.ok(execArgv?.includes('--max-semi-space-size=2'), `Node's flags: ${JSON.stringify(execArgv)}`);
  });
});
