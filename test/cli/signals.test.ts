// A build stopped by Ctrl-C or SIGTERM: the usual exit status, the previous editions as they were, no
// temporary file in the output folder, and no Chromium process left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, ROOT, withTempDir } from '../helpers.js';

const alive = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
};

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
          const ps = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(child.pid)], { encoding: 'utf8' });
          browsers = ps.split('\n').filter((l) => /chrom/.test(l)).map((l) => Number(l.trim().split(/\s+/)[0]));
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
