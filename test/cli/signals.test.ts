// A build stopped by Ctrl-C or SIGTERM: the usual exit status, the previous editions as they were, no
// temporary file in the output folder, and no Chromium process left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, ROOT, alive, chromiumChildren, withTempDir } from '../helpers.js';

for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  test(`a build stopped by ${signal} while Paged.js works exits ${status} and leaves nothing behind`, async () => {
    await withTempDir(async (dir) => {
      await cp(join(ROOT, 'manuscripts'), join(dir, 'manuscripts'), { recursive: true });
      await mkdir(join(dir, 'output'));
      await writeFile(join(dir, 'output', 'booklet.pdf'), 'the previous good build');
      // `--timings` says when pagination starts: stop the build then.
      const child = spawn(process.execPath, [CLI, 'build', '--no-cache', '--timings'], { cwd: dir, env: { ...process.env, CI: 'true' } });
      let stderr = '';
      let browsers: number[] = [];
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/Load the HTML/.test(stderr) && browsers.length === 0) {
          browsers = chromiumChildren(child.pid!);
          child.kill(signal);
        }
      });
      assert.equal(await exited, status, stderr);
      assert.ok(browsers.length > 0, 'Chromium was running when the signal came');
      assert.deepEqual(browsers.filter(alive), [], 'no Chromium left');
      assert.deepEqual((await readdir(join(dir, 'output'))).filter((n) => n.includes('.tmp')), [], 'no temporary file left');
      assert.equal(await readFile(join(dir, 'output', 'booklet.pdf'), 'utf8'), 'the previous good build');
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    });
  });
}
