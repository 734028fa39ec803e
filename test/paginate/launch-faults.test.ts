// Chromium that cannot be started or reached: a binary that is not executable, a DevTools endpoint that
// accepts and never answers. Each is one clear message and exit 1, within a bounded time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

/** Run the CLI; resolves with its exit code, stderr and how long it took. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, CI: 'true', ...env }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stderr, ms: Date.now() - started }));
  });
}

test('a --chromium that is not executable says so, with the chmod to run', async () => {
  await withTempDir(async (dir) => {
    const binary = join(dir, 'chromium');
    await writeFile(binary, '#!/bin/sh\nexit 0\n');
    await chmod(binary, 0o644);
    const run = await cli(['build', join(FIXTURES, 'basic'), '--out', join(dir, 'out'), '-e', 'screen', '--chromium', binary]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, new RegExp(`^${binary} error Chromium at ${binary} is not executable  browser\\n  hint: .*chmod \\+x ${binary}`, 'm'));
    assert.doesNotMatch(run.stderr, /not found/);
  });
});

/** A TCP server on 127.0.0.1 that accepts connections and never answers. */
async function silentServer(): Promise<{ port: number; close: () => void }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { port: (server.address() as AddressInfo).port, close: () => (sockets.forEach((s) => s.destroy()), server.close()) };
}

test('a --browser-url that accepts and never answers fails within the connect timeout', { timeout: 90_000 }, async () => {
  const server = await silentServer();
  try {
    await withTempDir(async (dir) => {
      const runs = await Promise.all(
        [`http://127.0.0.1:${server.port}`, `ws://127.0.0.1:${server.port}/devtools/browser/x`].map((url, i) =>
          cli(['build', join(FIXTURES, 'basic'), '--out', join(dir, `out${i}`), '-e', 'screen', '--browser-url', url]),
        ),
      );
      for (const run of runs) {
        assert.equal(run.code, 1, run.stderr);
        assert.match(run.stderr, /error The browser at \S+ did not answer within 10 s  browser\n  hint: /);
        assert.ok(run.ms < 30_000, `failed in ${run.ms} ms`);
      }
    });
  } finally {
    server.close();
  }
});

test('a Chromium whose DevToolsActivePort names a port that never answers: a message, and it is killed', { timeout: 90_000 }, async () => {
  const server = await silentServer();
  try {
    await withTempDir(async (dir) => {
      // Writes the port file as Chromium does, then waits.
      const binary = join(dir, 'fake-chromium');
      const marker = `booklet-fake-${process.pid}`;
      await writeFile(
        binary,
        `#!/bin/sh\nfor a; do case "$a" in --user-data-dir=*) d="\${a#--user-data-dir=}";; esac; done\nprintf '${server.port}\\n/devtools/browser/x\\n' > "$d/DevToolsActivePort"\nexec -a ${marker} sleep 120\n`,
      );
      await chmod(binary, 0o755);
      const run = await cli(['build', join(FIXTURES, 'basic'), '--out', join(dir, 'out'), '-e', 'screen', '--chromium', binary]);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /error Chromium failed to start: its DevTools endpoint ws:\/\/127\.0\.0\.1:\d+\/devtools\/browser\/x did not answer within 10 s  browser/);
      assert.ok(run.ms < 30_000, `failed in ${run.ms} ms`);
      assert.equal(spawnSync('pgrep', ['-f', marker]).status, 1, 'the fake Chromium was killed');
    });
  } finally {
    server.close();
  }
});

test('Chromium is found on PATH when no Debian binary is there; none at all is one message naming where it looked', async () => {
  const { chromiumPath } = await import('../../src/paginate/chromium-process.js');
  const { mkdtemp, writeFile, chmod, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'booklet-path-'));
  const saved = { PATH: process.env['PATH'], BOOKLET_CHROMIUM: process.env['BOOKLET_CHROMIUM'], CHROME_PATH: process.env['CHROME_PATH'] };
  try {
    delete process.env['BOOKLET_CHROMIUM'];
    delete process.env['CHROME_PATH'];
    await writeFile(join(dir, 'google-chrome'), '#!/bin/sh\n');
    await chmod(join(dir, 'google-chrome'), 0o755);
    process.env['PATH'] = `/nonexistent:${dir}`;
    assert.equal(chromiumPath(undefined, ['/nonexistent/chromium']), join(dir, 'google-chrome'));
    assert.equal(chromiumPath(undefined, [join(dir, 'google-chrome'), '/nonexistent/chromium']), join(dir, 'google-chrome'), 'a Debian path first');
    process.env['PATH'] = '/nonexistent';
    assert.equal(chromiumPath(undefined, ['/nonexistent/chromium']), undefined);
    process.env['BOOKLET_CHROMIUM'] = '';
    assert.equal(chromiumPath(undefined, ['/nonexistent/chromium']), undefined, 'an empty variable is unset');
  } finally {
    for (const [key, value] of Object.entries(saved)) value === undefined ? delete process.env[key] : (process.env[key] = value);
    await rm(dir, { recursive: true, force: true });
  }
});
