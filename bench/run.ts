// npm run bench: our `booklet build --edition screen` against pagedjs-cli on the same HTML and the same
// Chromium, pairs interleaved, for the booklet and the stress book. Prints medians, the ratio of medians,
// ms per page and the peak memory of each process tree (node and Chromium together).
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeStressBook } from './stress-book.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'bin', 'main.js');
const PAGEDJS_CLI = join(ROOT, 'node_modules', '.bin', 'pagedjs-cli');
const CHROMIUM = process.env['BOOKLET_CHROMIUM'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = '--no-sandbox,--disable-gpu,--disable-background-networking,--disable-component-update,--disable-sync,--no-first-run,--allow-file-access-from-files';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const WORK = join(ROOT, 'output', 'bench');

interface Sample {
  ms: number;
  peakKiB: number;
}

/** Run a command, timing it and sampling the RSS of its whole process tree every 100 ms. */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, CI: 'true', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      try {
        peak = Math.max(peak, treeRss(child.pid!));
      } catch {
        // the process ended between two samples
      }
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${stderr}`));
      else resolve({ ms: performance.now() - started, peakKiB: peak });
    });
  });
}

/** Sum of RSS (KiB) of `pid` and all its descendants, read from /proc (cheaper than spawning ps). */
function treeRss(pid: number): number {
  const rows: [number, number, number][] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const rss = Number(readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ')[1]) * 4;
      rows.push([Number(entry), ppid, rss]);
    } catch {
      // gone
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, pp] of rows) if (tree.has(pp) && !tree.has(p)) (tree.add(p), (grew = true));
  }
  return rows.filter(([p]) => tree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function pages(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
}

async function bench(name: string, dir: string): Promise<void> {
  const out = join(WORK, name);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  // The HTML (and subset fonts) both tools paginate, and a warm font cache for ours.
  await measure(process.execPath, [CLI, 'build', dir, '--out', out, '--edition', 'html', '-q']);
  const ours: Sample[] = [];
  const theirs: Sample[] = [];
  const runOurs = async () => ours.push(await measure(process.execPath, [CLI, 'build', dir, '--out', out, '--edition', 'screen', '-q']));
  const runTheirs = async () =>
    theirs.push(
      await measure(PAGEDJS_CLI, [join(out, 'booklet.html'), '-o', join(out, 'pagedjs-cli.pdf'), '--browserArgs', CHROMIUM_ARGS], {
        PUPPETEER_EXECUTABLE_PATH: CHROMIUM,
      }),
    );
  for (let i = 0; i < RUNS; i++) {
    // Interleave, alternating who goes first, so drift in the machine hits both alike.
    if (i % 2 === 0) (await runOurs(), await runTheirs());
    else (await runTheirs(), await runOurs());
  }
  const n = pages(join(out, 'booklet.pdf'));
  const m = pages(join(out, 'pagedjs-cli.pdf'));
  const a = median(ours.map((s) => s.ms));
  const b = median(theirs.map((s) => s.ms));
  const memA = Math.max(...ours.map((s) => s.peakKiB)) / 1024;
  const memB = Math.max(...theirs.map((s) => s.peakKiB)) / 1024;
  console.log(
    `| ${name} | ${n} | ${(a / 1000).toFixed(2)} s | ${(b / 1000).toFixed(2)} s (${m} pages) | **${(a / b).toFixed(2)}** | ${(a / n).toFixed(0)} | ${(b / m).toFixed(0)} | ${memA.toFixed(0)} MiB | ${memB.toFixed(0)} MiB | ${(memA / memB).toFixed(2)} |`,
  );
}

console.log(`Medians of ${RUNS} interleaved pairs; screen PDF; ${execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}; ${new Date().toISOString().slice(0, 10)}`);
console.log('| book | pages | booklet | pagedjs-cli | ratio | ms/page (ours) | ms/page (pagedjs-cli) | peak memory (ours) | peak memory (pagedjs-cli) | memory ratio |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
await bench('booklet', join(ROOT, 'manuscripts'));
if (!process.env['BENCH_SMALL']) {
  const stress = await writeStressBook(join(ROOT, 'manuscripts'), join(WORK, 'stress-src'), Number(process.env['BENCH_CHAPTERS'] ?? 40));
  await bench('stress', stress);
}
