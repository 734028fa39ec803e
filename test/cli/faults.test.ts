// Faults around the build: an output folder that cannot be written, and two builds of the same booklet
// into the same folder at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pdfInfo } from '../../src/proof/poppler.js';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

test('an output path that cannot be a folder: one clear message, exit 1', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'taken'), 'a file, not a folder');
    const run = spawnSync(process.execPath, [CLI, 'build', join(FIXTURES, 'basic'), '--out', join(dir, 'taken'), '-e', 'html'], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /error Cannot (write|create) .*taken.*  output\n  hint: Check that the folder is writable/);
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
    const files = await readdir(join(dir, 'output'));
    assert.deepEqual(files.filter((f) => f.includes('.tmp')), [], 'no temporary files left');
    assert.equal((await pdfInfo(join(dir, 'output', 'booklet.pdf')))['Pages'], '9');
  });
});
