// Progress off a terminal (CI logs, a pipe): a long stage prints a line every few seconds, so a build
// that takes minutes is not silent; a short one prints nothing; --quiet silences it, and info messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

const DIAGNOSTICS = pathToFileURL(join(ROOT, 'dist', 'src', 'diagnostics.js')).href;

/** stderr of a process whose reporter runs stages of these lengths (ms), ticking every 100 ms. */
function stderrOf(options: string, stages: [string, number][]): string {
  const script = `
    const { createReporter } = await import(${JSON.stringify(DIAGNOSTICS)});
    const reporter = await createReporter({ ...${options}, progressEvery: 100 });
    for (const [label, ms] of ${JSON.stringify(stages)}) {
      const done = reporter.stage(label);
      await new Promise((resolve) => setTimeout(resolve, ms));
      done('ok');
    }`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  assert.equal(run.status, 0, run.stderr);
  return run.stderr;
}

test('off a terminal, a long stage prints a progress line every interval, and a short one none', () => {
  const stderr = stderrOf('{}', [['Read booklet.yaml', 20], ['Package the EPUB', 470]]);
  const lines = stderr.split('\n').filter(Boolean);
  assert.ok(lines.length >= 3 && lines.length <= 5, stderr);
  for (const line of lines) assert.match(line, /^… Package the EPUB: \d+(\.\d)? s$/, line);
});

test('--quiet: no progress line', () => {
  assert.equal(stderrOf('{ quiet: true }', [['Package the EPUB', 350]]), '');
});

test('--quiet: problems are printed, info messages are not', () => {
  const script = `
    const { createReporter, createMessage } = await import(${JSON.stringify(DIAGNOSTICS)});
    for (const quiet of [false, true]) {
      const reporter = await createReporter({ quiet });
      const info = createMessage('Imposed: 2 blank pages added', { file: 'booklet.yaml' }, 'imposition');
      info.fatal = undefined;
      reporter.message(info);
      reporter.message(createMessage('Too thick', { file: 'booklet.yaml' }, 'imposition', { fatal: false }));
    }`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(
    run.stderr,
    'booklet.yaml info Imposed: 2 blank pages added  imposition\nbooklet.yaml warning Too thick  imposition\nbooklet.yaml warning Too thick  imposition\n',
  );
});
