// Chromium that cannot be started or reached: a binary that is not executable, a DevTools endpoint that
// accepts and never answers. Each is one clear message and exit 1, within a bounded time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
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
