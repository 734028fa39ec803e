// A disk that fills up while the editions are written: one clear message, exit 1, the previous editions
// kept and no partial file left. Needs root, to mount a small tmpfs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT } from '../helpers.js';

const root = process.getuid?.() === 0;

test('a full disk: a clear message, exit 1, the previous PDF intact, no partial file', { skip: root ? false : 'needs root to mount a tmpfs' }, async (t) => {
  const mount = await mkdtemp(join(tmpdir(), 'booklet-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mount], { stdio: 'ignore' });
  } catch {
    // Root in a container without the right to mount.
    await rm(mount, { recursive: true, force: true });
    t.skip('cannot mount a tmpfs here');
    return;
  }
  try {
    const out = join(mount, 'out');
    const build = () => spawnSync(process.execPath, [CLI, 'build', join(ROOT, 'manuscripts'), '--out', out], { env: { ...process.env, CI: 'true' }, encoding: 'utf8' });
    assert.equal(build().status, 0);
    const before = await readFile(join(out, 'booklet.pdf'));
    // Leave 150 kB: less than any edition needs.
    const free = await statfs(mount);
    await writeFile(join(mount, 'filler'), Buffer.alloc(Math.max(0, free.bavail * free.bsize - 150_000)));
    const run = build();
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /^\S+ error Cannot write \S+ \(ENOSPC\)  output\n  hint: The disk is full \(or your quota is used up\): free some space, or build with --out on another disk\. The previous outputs were left as they were\./m);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    assert.ok(before.equals(await readFile(join(out, 'booklet.pdf'))), 'the previous booklet.pdf is intact');
    assert.deepEqual((await readdir(out)).filter((f) => f.includes('.tmp')), [], 'no temporary file left');
    // The first build made the page cache (a missing folder would hold no temporary either).
    const cache = await readdir(join(out, '.cache', 'pages'));
    assert.ok(cache.includes('index.json'), `the page cache: ${cache.join(' ')}`);
    assert.deepEqual(cache.filter((f) => f.includes('.tmp')), [], 'no temporary file left in the page cache');
  } finally {
    execFileSync('umount', [mount]);
    await rm(mount, { recursive: true, force: true });
  }
});
