// The output folder as a user may have it: the booklet's own folder (with the user's fonts), a folder
// standing where an edition goes, temporaries left by a build killed with -9, a read-only disk. Nothing of
// the user's is removed, the editions are replaced all or none, and a failure says what to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, FIXTURES, chromiumChildren, withTempDir } from '../helpers.js';

function build(book: string, out: string, editions = 'all') {
  return spawnSync(process.execPath, [CLI, 'build', book, '--out', out, '-e', editions], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
}

test('--out the booklet folder: the user fonts in its fonts/ folder stay', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'book');
    await cp(join(FIXTURES, 'basic'), book, { recursive: true });
    await mkdir(join(book, 'fonts'));
    await writeFile(join(book, 'fonts', 'MyFont.ttf'), 'the user font');
    await writeFile(join(book, 'fonts', 'NotoSerifSC-Regular.ttf'), 'another of the user');
    const run = build(book, book, 'html');
    assert.equal(run.status, 0, run.stderr);
    const fonts = await readdir(join(book, 'fonts'));
    assert.ok(fonts.includes('MyFont.ttf') && fonts.includes('NotoSerifSC-Regular.ttf'), `the user's fonts are kept: ${fonts.join(' ')}`);
    assert.ok(fonts.some((f) => /^NotoSerifSC-Regular\.[0-9a-f]{20}\.ttf$/.test(f)), 'the subsets are there');
    // A subset no longer used is still removed.
    await writeFile(join(book, 'fonts', 'NotoSerifSC-Regular.0123456789abcdef0123.ttf'), 'an old subset');
    assert.equal(build(book, book, 'html').status, 0);
    assert.ok(!(await readdir(join(book, 'fonts'))).includes('NotoSerifSC-Regular.0123456789abcdef0123.ttf'), 'an old subset is pruned');
  });
});

test('a folder where the EPUB goes: exit 1, a message naming it, no edition replaced', async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, 'out');
    assert.equal(build(join(FIXTURES, 'basic'), out).status, 0);
    const before = await Promise.all(['booklet.html', 'booklet.pdf', 'booklet-print.pdf'].map((f) => readFile(join(out, f))));
    await rm(join(out, 'booklet.epub'));
    await mkdir(join(out, 'booklet.epub'));
    // Another booklet: every edition would differ.
    const book = join(dir, 'other');
    await cp(join(FIXTURES, 'basic'), book, { recursive: true });
    const yaml = await readFile(join(book, 'booklet.yaml'), 'utf8');
    await writeFile(join(book, 'booklet.yaml'), yaml.replace(/^title: .*$/m, 'title: 另一本读本'));
    const run = build(book, out);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /error Cannot replace \S*booklet\.epub \(EISDIR\)  output\n  hint: A folder stands where the file should be written: move or remove that folder/);
    assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
    const after = await Promise.all(['booklet.html', 'booklet.pdf', 'booklet-print.pdf'].map((f) => readFile(join(out, f))));
    after.forEach((file, i) => assert.ok(file.equals(before[i]!), `edition ${i} is the previous one`));
    assert.deepEqual((await readdir(out)).filter((f) => /\.(tmp|old)\b/.test(f)), [], 'no temporary left');
  });
});

/** The pid of a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((done) => child.on('exit', done));
  return child.pid!;
}

test('temporaries of a killed build are removed by the next; those of a running build stay', async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, 'out');
    await mkdir(join(out, 'fonts'), { recursive: true });
    const dead = await deadPid();
    // A build running now (another process, alive while the build runs).
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const litter = [`.booklet.${dead}.m3x7k2a.tmp.html`, `.booklet.${dead}.m3x7k2a.tmp.pdf`, `.booklet.${dead}.m3x7k2a.old.epub`];
      const live = [`.booklet.${running.pid}.m3x7k2b.tmp.html`];
      const mine = ['.booklet.notes.md', 'notes.12.tmp'];
      for (const name of [...litter, ...live, ...mine]) await writeFile(join(out, name), 'x');
      await writeFile(join(out, 'fonts', `.NotoSerifSC-Regular.0123456789abcdef0123.${dead}.m3x7k2a.tmp.ttf`), 'x');
      await mkdir(join(out, '.cache', 'fonts'), { recursive: true });
      await writeFile(join(out, '.cache', 'fonts', `NotoSerifSC-Regular-0123456789abcdef0123.ttf.${dead}.tmp`), 'x');
      const run = build(join(FIXTURES, 'basic'), out, 'html');
      assert.equal(run.status, 0, run.stderr);
      const left = await readdir(out);
      assert.deepEqual(litter.filter((n) => left.includes(n)), [], 'the dead build’s temporaries are gone');
      assert.deepEqual(live.filter((n) => !left.includes(n)), [], 'the running build’s temporaries stay');
      assert.deepEqual(mine.filter((n) => !left.includes(n)), [], 'files that only look alike stay');
      assert.deepEqual((await readdir(join(out, 'fonts'))).filter((n) => n.includes('.tmp')), [], 'in fonts/ too');
      assert.deepEqual((await readdir(join(out, '.cache', 'fonts'))).filter((n) => n.includes('.tmp')), [], 'in the font cache too');
    } finally {
      running.kill();
    }
  });
});

test('kill -9 of a build mid-pagination: the next build removes the temporaries it left', async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [CLI, 'build', join(FIXTURES, 'basic'), '--out', out, '--no-cache', '--timings'], { env: { ...process.env, CI: 'true' } });
    let stderr = '';
    let browsers: number[] = [];
    const exited = new Promise((done) => child.on('exit', done));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (/Load the HTML/.test(stderr) && browsers.length === 0) {
        browsers = chromiumChildren(child.pid!);
        child.kill('SIGKILL');
      }
    });
    try {
      await exited;
      const litter = (await readdir(out)).filter((n) => n.includes('.tmp'));
      assert.ok(litter.some((n) => n.startsWith(`.booklet.${child.pid}.`)), `the killed build left its temporaries: ${litter.join(' ')}`);
      const run = build(join(FIXTURES, 'basic'), out, 'html');
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual((await readdir(out)).filter((n) => n.includes('.tmp')), [], 'none left after the next build');
    } finally {
      // Its Chromium outlives it (tying the two is another matter): not left running by the test.
      browsers.forEach((pid) => {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      });
    }
  });
});

const root = process.getuid?.() === 0;

test('a read-only output folder: the message says so (EROFS), not that the disk is full', { skip: root ? false : 'needs root to mount' }, async (t) => {
  const base = await mkdtemp(join(tmpdir(), 'booklet-ro-'));
  const out = join(base, 'out');
  try {
    assert.equal(build(join(FIXTURES, 'basic'), out, 'html').status, 0);
    try {
      execFileSync('mount', ['--bind', '-o', 'ro', out, out], { stdio: 'ignore' });
    } catch {
      t.skip('cannot bind-mount read-only here (no right to mount)');
      return;
    }
    try {
      const before = await readFile(join(out, 'booklet.html'));
      const run = build(join(FIXTURES, 'basic'), out, 'html');
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /error Cannot (write|create) \S+ \(EROFS\)  output\n  hint: The folder is on a read-only file system: build with --out on a writable disk/);
      assert.doesNotMatch(run.stderr, /disk has space|internal error|\n\s+at /);
      assert.ok(before.equals(await readFile(join(out, 'booklet.html'))));
      // Never built into: the font cache is the first thing written.
      const fresh = build(join(FIXTURES, 'basic'), join(out, 'fonts'), 'html');
      assert.equal(fresh.status, 1, fresh.stderr);
      assert.match(fresh.stderr, /error Cannot (write|create) [^\n]+ \(EROFS\)  output\n  hint: The folder is on a read-only file system/);
    } finally {
      execFileSync('umount', [out]);
    }
  } finally {
    await rm(base, { recursive: true, force: true });
  }
});
