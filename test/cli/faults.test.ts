// Faults around the build: an output folder that cannot be written, and two builds of the same booklet
// into the same folder at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pdfInfo } from '../../src/proof/poppler.js';
import { CLI, FIXTURES, ROOT, alive, chromiumChildren, withTempDir } from '../helpers.js';

test('an output path that cannot be a folder: one clear message, exit 1', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'taken'), 'a file, not a folder');
    const run = spawnSync(process.execPath, [CLI, 'build', join(FIXTURES, 'basic'), '--out', join(dir, 'taken'), '-e', 'html'], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /error Cannot (write|create) .*taken.*  output\n  hint: A file stands where a folder should be/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });
});

test('two builds of the same booklet into one folder at once do not corrupt each other', async () => {
  await withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'basic'), join(dir, 'm'), { recursive: true });
    const build = () =>
      new Promise<number>((done) => {
        const child = spawn(process.execPath, [CLI, 'build', 'm', '-e', 'screen', '-q'], { cwd: dir, env: { ...process.env, CI: 'true' }, stdio: 'ignore' });
        child.on('exit', (code) => done(code ?? -1));
      });
    assert.deepEqual(await Promise.all([build(), build()]), [0, 0]);
    const files = await readdir(join(dir, 'm', 'output'));
    assert.deepEqual(files.filter((f) => f.includes('.tmp')), [], 'no temporary files left');
    assert.equal((await pdfInfo(join(dir, 'm', 'output', 'booklet.pdf')))['Pages'], '9');
  });
});

test('a broken install (the command copied away from its styles/): an internal error, exit 1, no Chromium left', async () => {
  await withTempDir(async (dir) => {
    // The build starts Chromium and connects to it before it loads the pipeline, which fails here.
    await cp(join(ROOT, 'dist', 'bin'), join(dir, 'bin'), { recursive: true });
    const child = spawn(process.execPath, [join(dir, 'bin', 'main.js'), 'build', join(FIXTURES, 'basic'), '--out', join(dir, 'out'), '-e', 'screen'], {
      env: { ...process.env, CI: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let browsers: number[] = [];
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const polling = setInterval(() => (browsers = [...new Set([...browsers, ...chromiumChildren(child.pid!)])]), 20);
    const code = await new Promise<number | null>((done) => {
      const timer = setTimeout(() => (child.kill('SIGKILL'), done(null)), 30_000);
      child.on('exit', (c) => (clearTimeout(timer), done(c)));
    });
    clearInterval(polling);
    assert.equal(code, 1, `it should exit 1, not hang:\n${stderr}`);
    // The first part of the install it misses: the packages beside it (css-tree, read with booklet.yaml's
    // theme), or its styles/.
    assert.match(stderr, /internal error: (booklet: styles\/ not found above the installed package|Cannot find package '[^']+')/);
    assert.doesNotMatch(stderr, /\n\s+at /);
    assert.ok(browsers.length > 0, 'Chromium was started before the failure');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(browsers.filter(alive), [], 'no Chromium left running');
  });
});
