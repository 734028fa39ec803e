// Shared test helpers: paths of the project and a temporary folder per test.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (tests run from dist/test/…). */
export const ROOT = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../' : '../', import.meta.url));
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const CLI = join(ROOT, 'dist', 'bin', 'main.js');
/** The user's source text (two articles extracted from a newspaper PDF), copied from shared/source/ so the
 *  project's tests stand alone. */
export const SOURCE_TEXT = join(FIXTURES, 'source', '000_8bc52386f4285035.txt');

/** A fresh temporary folder, removed after `run`. */
export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'booklet-test-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A process that has not ended (a zombie has ended: it waits only for its parent to read its status).
 *  Only a pid with no /proc entry is gone: any other failure to read it throws, not to call every
 *  process ended (and every "no Chromium left" pass) where /proc cannot be read. */
export function alive(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
  return stat.split(') ')[1]?.[0] !== 'Z';
}

/** The Chromium processes whose parent is `pid` (the browser, not its renderers). */
export function chromiumChildren(pid: number): number[] {
  return processes('comm', ['--ppid', String(pid)])
    .filter((l) => /chrom/.test(l))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
}

/** The ids of the pages open in the Chromium process `browser` (one we started: its DevTools port is in
 *  the profile folder its command line names), from its /json/list. */
export async function pageTargetsOf(browser: number): Promise<string[]> {
  const profile = /--user-data-dir=(\S+)/.exec(readFileSync(`/proc/${browser}/cmdline`, 'utf8').replaceAll('\0', ' '))?.[1];
  const port = readFileSync(join(profile!, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { id: string; type: string }[];
  return targets.filter((t) => t.type === 'page').map((t) => t.id);
}

/** `ps` lines (pid, then `column`: the name or the whole command line) of the processes `select` picks;
 *  none is no line (ps then exits 1). Any other failure (no `ps`) throws: "no process" would pass every
 *  test that wants none. */
function processes(column: 'comm' | 'args', select: string[]): string[] {
  try {
    return execFileSync('ps', ['-o', `pid=,${column}=`, ...select], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n');
  } catch (error) {
    if ((error as { status?: number | null }).status === 1) return [];
    throw error;
  }
}
