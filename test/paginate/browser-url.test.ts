// --browser-url: the build uses a Chromium that is already running (a shared pool, say) instead of
// starting one, leaves it running, and leaves nothing open in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { pdfInfo } from '../../src/proof/poppler.js';
import { CLI, ROOT, withTempDir } from '../helpers.js';
import { startChromium } from './local-chromium.js';

/** Run the CLI; resolves with its exit code and stderr. */
function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

test('--browser-url builds with a running Chromium (http://host:port or ws://), which stays up with nothing left open', async () => {
  const chromium = await startChromium();
  try {
    await withTempDir(async (dir) => {
      for (const [name, url] of [['http', chromium.url], ['ws', chromium.ws]] as const) {
        const out = join(dir, name);
        const run = await cli(['build', join(ROOT, 'manuscripts'), '--out', out, '--edition', 'screen', '--browser-url', url, '--no-cache']);
        assert.equal(run.code, 0, run.stderr);
        assert.equal((await pdfInfo(join(out, 'booklet.pdf')))['Pages'], '22');
        assert.ok((await readFile(join(out, 'booklet.pdf'))).subarray(0, 5).equals(Buffer.from('%PDF-')));
      }
      // Still running, with only its own first tab and no browser context of ours.
      await assertNothingOpen(chromium.ws);
    });
  } finally {
    await chromium.stop();
  }
});

test('a --browser-url nothing answers at is one clear message and exit 1', async () => {
  const run = await withTempDir((dir) => cli(['build', join(ROOT, 'manuscripts'), '--out', join(dir, 'out'), '--edition', 'screen', '--browser-url', 'http://127.0.0.1:9']));
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^http:\/\/127\.0\.0\.1:9 error Cannot reach the browser at http:\/\/127\.0\.0\.1:9: .*  browser\n  hint: Give the ws:\/\/ endpoint/m);
  assert.doesNotMatch(run.stderr, /    at /, 'no stack trace');
});

test("a --browser-url that cannot read this machine's files (a browser elsewhere) is one clear message, not Chromium's error", async () => {
  await withTempDir(async (dir) => {
    const chromium = await startChromium({ hide: dir });
    try {
      const run = await cli(['build', join(ROOT, 'manuscripts'), '--out', join(dir, 'out'), '--edition', 'screen', '--browser-url', chromium.url, '--no-cache']);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, new RegExp(`booklet\\.html error The browser at ${chromium.url.replace(/[.:/]/g, '\\$&')} cannot read the book's files in ${dir.replace(/[.:/]/g, '\\$&')}/`));
      assert.match(run.stderr, /hint: A browser on another machine or in a container must see the output folder at the same path/);
      assert.doesNotMatch(run.stderr, /    at |internal error/, 'no stack trace');
    } finally {
      await chromium.stop();
    }
  });
});

test('SIGTERM to a --browser-url build closes its pages in the shared Chromium and leaves no temporary file', { timeout: 90_000 }, async () => {
  const chromium = await startChromium();
  try {
    await withTempDir(async (dir) => {
      const out = join(dir, 'out');
      const child = spawn(process.execPath, [CLI, 'build', join(ROOT, 'manuscripts'), '--out', out, '-e', 'screen', '--no-cache', '--timings', '--browser-url', chromium.url], {
        env: { ...process.env, CI: 'true' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/Load the HTML/.test(stderr) && !child.killed) child.kill('SIGTERM');
      });
      assert.equal(await exited, 143, stderr);
      assert.deepEqual((await readdir(out)).filter((n) => n.includes('.tmp')), [], 'no temporary file left');
      await assertNothingOpen(chromium.ws);
    });
  } finally {
    await chromium.stop();
  }
});

/** The shared Chromium at `ws` holds only its own first tab, and no browser context of a build. */
async function assertNothingOpen(ws: string): Promise<void> {
  const browser = await puppeteer.connect({ browserWSEndpoint: ws });
  try {
    assert.equal(browser.browserContexts().length, 1, 'only the default context');
    assert.deepEqual((await browser.pages()).map((p) => p.url()), ['about:blank']);
  } finally {
    await browser.disconnect();
  }
}
