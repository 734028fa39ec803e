// `build --watch` where a build cannot succeed or where the output folder is the booklet's own: the first
// Ctrl-C stops it (a failing build is bounded, never a loop), and a watch whose --out is the booklet
// folder builds again on a manuscript edit, but not on its own outputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

/** Start `booklet build --watch …args` in `cwd`; `next(pattern)` waits for a stderr line matching it. */
function watch(cwd: string, args: string[]) {
  const child = spawn(process.execPath, [CLI, 'build', '--watch', ...args], { cwd, env: { ...process.env, CI: 'true' } });
  let stderr = '';
  const lines: string[] = [];
  const waiting: { pattern: RegExp; done: (line: string) => void }[] = [];
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const line of d.toString().split('\n')) {
      lines.push(line);
      for (const w of waiting.splice(0)) (w.pattern.test(line) ? w.done(line) : waiting.push(w));
    }
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const next = (pattern: RegExp, ms = 60_000) =>
    new Promise<string>((done, failed) => {
      const timer = setTimeout(() => failed(new Error(`no line matching ${pattern} in ${ms} ms; stderr:\n${stderr}`)), ms);
      waiting.push({ pattern, done: (line) => (clearTimeout(timer), done(line)) });
    });
  return { child, exited, next, lines, stderr: () => stderr };
}

/** `promise`, or 'timeout' after `ms`. */
const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<'timeout'>((done) => setTimeout(done, ms, 'timeout').unref())]);

test('a watch whose build breaks its head stops on the first Ctrl-C', { timeout: 90_000 }, async () => {
  await withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'basic'), join(dir, 'manuscripts'), { recursive: true });
    const yaml = join(dir, 'manuscripts', 'booklet.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace(/^title: .*$/m, 'title: "a</style><p>x"'));
    const run = watch(dir, ['--edition', 'screen', '--timings']);
    try {
      // The layout has begun: then Ctrl-C, once.
      await run.next(/Load the HTML/);
      run.child.kill('SIGINT');
      assert.equal(await within(run.exited, 15_000), 0, `the first Ctrl-C stops it:\n${run.stderr()}`);
    } finally {
      run.child.kill('SIGKILL');
    }
  });
});

test('a watch with --out the booklet folder builds again on an edit, and not on its own outputs', { timeout: 90_000 }, async () => {
  await withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'basic'), join(dir, 'm'), { recursive: true });
    // An image too: the build copies it beside the original, under a content-hashed name.
    await mkdir(join(dir, 'm', 'images'));
    await writeFile(join(dir, 'm', 'images', 'dot.png'), PNG.sync.write(new PNG({ width: 1, height: 1 })));
    const manuscript = join(dir, 'm', '01-sample.md');
    await writeFile(manuscript, `${await readFile(manuscript, 'utf8')}\n![点](images/dot.png)\n`);
    const run = watch(dir, ['m', '--out', 'm', '--edition', 'html']);
    try {
      await run.next(/^Built .*booklet\.html/);
      // Its own writes (booklet.html, fonts/, .cache/, the image's copy) bring no build of their own.
      await new Promise((settle) => setTimeout(settle, 1_500));
      assert.equal(run.lines.filter((l) => /^Built /.test(l)).length, 1, `one build before the edit:\n${run.stderr()}`);
      assert.equal((await readdir(join(dir, 'm', 'images'))).length, 2, 'the image and its copy');
      await writeFile(manuscript, `${await readFile(manuscript, 'utf8')}\n输出目录就是读本目录时的新段落。\n`);
      await run.next(/^Built .*booklet\.html/, 20_000);
      assert.match(await readFile(join(dir, 'm', 'booklet.html'), 'utf8'), /输出目录就是读本目录时的新段落/);
      await new Promise((settle) => setTimeout(settle, 1_500));
      assert.equal(run.lines.filter((l) => /^Built /.test(l)).length, 2, `one build for the edit:\n${run.stderr()}`);
    } finally {
      run.child.kill('SIGINT');
    }
    assert.equal(await within(run.exited, 15_000), 0);
  });
});
