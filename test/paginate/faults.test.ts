// Chromium failing under the build: it crashes, or hangs, mid-pagination. (Ours runs as one process, its
// renderer a thread of it: chromium-process.ts; so the process that lays out is the browser.) The build fails
// within its timeout with a message that names the stage and the page, leaves no Chromium process behind,
// and leaves the previous editions as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeStressBook } from '../../bench/stress-book.js';
import { CLI, ROOT, alive, withTempDir } from '../helpers.js';

/** The pids of `root` and all its descendants, with their command lines. */
function tree(root: number): { pid: number; cmdline: string }[] {
  const rows: { pid: number; ppid: number; cmdline: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      rows.push({ pid: Number(entry), ppid, cmdline: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ') });
    } catch {
      // gone
    }
  }
  const pids = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) if (pids.has(r.ppid) && !pids.has(r.pid)) (pids.add(r.pid), (grew = true));
  }
  return rows.filter((r) => pids.has(r.pid));
}

/** Build `book`; when the stage line `when` is printed (default: Paged.js is loaded, so the layout
 *  starts), send `signal` to the build's Chromium, every process of it. */
function buildAndHit(book: string, out: string, signal: NodeJS.Signals, extra: string[] = [], when = 'Load Paged.js') {
  return new Promise<{ code: number | null; stderr: string; chromium: number[]; ms: number }>((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, 'build', book, '--out', out, '--edition', 'screen', '--jobs', '1', '--no-cache', '--timings', ...extra], {
      env: { ...process.env, CI: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let chromium: number[] = [];
    let hit = false;
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (hit || !stderr.includes(when)) return;
      hit = true;
      const processes = tree(child.pid!).filter((p) => /chrom/.test(p.cmdline));
      chromium = processes.map((p) => p.pid);
      for (const p of processes) process.kill(p.pid, signal);
    });
    child.on('exit', (code) => resolve({ code, stderr, chromium, ms: Date.now() - started }));
  });
}

for (const fault of [
  { name: 'crashes mid-pagination', signal: 'SIGKILL' as const, extra: [], message: /^\S+booklet\.html error Chromium's page crashed while Paged\.js laid out page \d+/m },
  { name: 'hangs mid-pagination', signal: 'SIGSTOP' as const, extra: ['--page-timeout', '3'], message: /^\S+booklet\.html error Paged\.js stalled: no new page for 3 s after page \d+/m },
  // Killed once it is connected, as the book loads into its page (not yet laid out).
  { name: 'is killed before the layout', signal: 'SIGKILL' as const, extra: [], when: 'Start Chromium', message: /^\S+booklet\.html error Chromium quit while it paginated the book: /m },
]) {
  test(`Chromium that ${fault.name}: a message saying where, no Chromium left, the previous PDF kept`, { timeout: 120_000 }, async () => {
    await withTempDir(async (dir) => {
      const book = await writeStressBook(join(ROOT, 'manuscripts'), join(dir, 'book'), 6);
      const out = join(dir, 'out');
      const first = await buildAndHit(book, out, 'SIGCONT');
      assert.equal(first.code, 0, first.stderr);
      const before = await readFile(join(out, 'booklet.pdf'));
      const run = await buildAndHit(book, out, fault.signal, fault.extra, fault.when);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, fault.message);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      assert.ok(run.chromium.length > 0, 'Chromium was found and hit');
      assert.deepEqual(run.chromium.filter(alive), [], 'no Chromium process outlives the build');
      assert.ok(before.equals(await readFile(join(out, 'booklet.pdf'))), 'the previous booklet.pdf is intact');
      assert.ok(run.ms < 60_000, `failed within its timeout (${run.ms} ms)`);
    });
  });
}
