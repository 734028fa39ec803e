// A build killed with SIGKILL runs no exit hook: its Chromium (spawned in a process group of its own, out
// of the terminal's reach) must still go, with its profile, and a later build removes the profiles that
// builds no longer running left in $TMPDIR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeStressBook } from '../../bench/stress-book.js';
import { CLI, FIXTURES, ROOT, alive, chromiumChildren, withTempDir } from '../helpers.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

test('kill -9 of a build takes its Chromiums (siblings too) and their profiles with it', { timeout: 90_000 }, async () => {
  await withTempDir(async (dir) => {
    const tmp = join(dir, 'tmp');
    await mkdir(tmp);
    const book = await writeStressBook(join(ROOT, 'manuscripts'), join(dir, 'book'), 6);
    const child = spawn(process.execPath, [CLI, 'build', book, '--out', join(dir, 'out'), '-e', 'screen', '--jobs', '2', '--no-cache', '--timings'], {
      env: { ...process.env, CI: 'true', TMPDIR: tmp },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise((done) => child.on('exit', done));
    // Once the second page of layout (a sibling Chromium) is at work.
    await new Promise<void>((done) =>
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/Load the HTML \(page 2 of 2/.test(stderr)) done();
      }),
    );
    const browsers = chromiumChildren(child.pid!);
    assert.equal(browsers.length, 2, `two Chromiums running (${browsers})`);
    assert.equal((await readdir(tmp)).filter((n) => n.startsWith('booklet-chromium-')).length, 2, 'two profiles');
    child.kill('SIGKILL');
    await exited;
    for (let i = 0; i < 50 && browsers.some(alive); i++) await sleep(100);
    assert.deepEqual(browsers.filter(alive), [], 'no Chromium left 5 s after the kill');
    for (let i = 0; i < 20 && (await readdir(tmp)).length > 0; i++) await sleep(100);
    assert.deepEqual(await readdir(tmp), [], 'no profile left');
  });
});

test('a build removes the Chromium profiles of builds that are no longer running', { timeout: 60_000 }, async () => {
  await withTempDir(async (dir) => {
    const tmp = join(dir, 'tmp');
    // A process that has ended: a pid above the kernel's limit never runs.
    const stale = join(tmp, 'booklet-chromium-4194305-abcdef');
    const live = join(tmp, `booklet-chromium-${process.pid}-abcdef`);
    await mkdir(join(stale, 'Default'), { recursive: true });
    await mkdir(live, { recursive: true });
    const code = await new Promise((done) =>
      spawn(process.execPath, [CLI, 'build', join(FIXTURES, 'basic'), '--out', join(dir, 'out'), '-e', 'screen', '-q'], { env: { ...process.env, CI: 'true', TMPDIR: tmp }, stdio: 'ignore' }).on('exit', done),
    );
    assert.equal(code, 0);
    assert.deepEqual(await readdir(tmp), [`booklet-chromium-${process.pid}-abcdef`], "the dead build's profile is gone; a running one's stays");
  });
});
