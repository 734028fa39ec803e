// npm run bench: our `booklet build` against pagedjs-cli on the same HTML and the same Chromium binary,
// and against Typst on the same manuscripts in the same faces (bench/typst/), runs interleaved, for the
// booklet, the stress book (40 chapters) and a long book (140 chapters).
// Prints medians, the ratio of medians, ms per page and the peak memory (PSS) of each process tree (node
// and Chromium together, the median of more runs of each: sampling memory slows what it samples); then, for the booklet, all editions against pagedjs-cli's screen PDF, and, for the
// stress book, a rebuild after editing one chapter against a full build.
//
// Our full builds run with --no-cache (every part laid out); the HTML and the font subsets they start from
// are made once before, and pagedjs-cli is given that HTML, so it skips the typesetting ours includes.
// Typst is given a Typst source made once before from the same manuscripts (bench/typst/book-source.ts),
// compiled to PDF by bench/typst-compile.ts, a process per run; without its package it is skipped.
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeStressBook } from './stress-book.js';
import { typstBook } from './typst/book-source.js';
import { loadTypst, TYPST_PACKAGE } from './typst/compiler.js';
import { chromiumPath } from '../src/paginate/browser.js';
import { startChromium } from '../test/paginate/local-chromium.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'bin', 'main.js');
const PAGEDJS_CLI = join(ROOT, 'node_modules', '.bin', 'pagedjs-cli');
const TYPST_COMPILE = join(ROOT, 'dist', 'bench', 'typst-compile.js');
// Loaded here only to learn whether it can be (the package, and its native binary for this platform).
const TYPST = loadTypst();
// Both tools get the same binary: ours by default, or BOOKLET_CHROMIUM.
const CHROMIUM = chromiumPath() ?? 'chromium';
const CHROMIUM_ARGS = '--no-sandbox,--disable-gpu,--disable-background-networking,--disable-component-update,--disable-sync,--no-first-run,--allow-file-access-from-files';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const MEMORY_RUNS = Number(process.env['BENCH_MEMORY_RUNS'] ?? 3);
const SIZES = (process.env['BENCH_SIZES'] ?? 'booklet,stress,long').split(',');
const WORK = join(ROOT, 'output', 'bench');

interface Sample {
  ms: number;
  peakKiB: number;
}

/** Run a command, timing it; with `sample`, also sampling the memory of its whole process tree every
 *  100 ms. Timed runs are not sampled: reading /proc/PID/smaps_rollup stalls the process it reads (it
 *  added ~0.2 s to a 2 s build). */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}, sample = false): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, CI: 'true', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      if (!sample) return;
      try {
        peak = Math.max(peak, treeMemory(child.pid!));
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

/** Proportional set size (KiB) of `pid` and all its descendants, from /proc: each page shared between
 *  processes counts once, split among them (RSS would count Chromium's shared pages once per process,
 *  and so penalise a tool for using more processes rather than more memory). */
function treeMemory(pid: number): number {
  const rows: [number, number][] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      rows.push([Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])]);
    } catch {
      // gone
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, pp] of rows) if (tree.has(pp) && !tree.has(p)) (tree.add(p), (grew = true));
  }
  let sum = 0;
  for (const p of tree) {
    try {
      sum += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return sum;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function pages(pdf: string): number {
  // pdfinfo's complaints stay out of the table (Debian's poppler 22.12 calls Typst's /Suspects false the wrong type).
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1]);
}

// Each tool is run by its bin, as a user runs it (its shebang's Node flags apply).
const ours = (dir: string, out: string, ...args: string[]) => measure(CLI, ['build', dir, '--out', out, '-q', ...args]);
const theirs = (out: string, sample = false) =>
  measure(PAGEDJS_CLI, [join(out, 'pagedjs-cli.html'), '-o', join(out, 'pagedjs-cli.pdf'), '--browserArgs', CHROMIUM_ARGS], { PUPPETEER_EXECUTABLE_PATH: CHROMIUM }, sample);
const oursSampled = (dir: string, out: string) =>
  measure(CLI, ['build', dir, '--out', out, '-q', '--edition', 'screen', '--no-cache'], {}, true);
const typst = (source: TypstSource) => measure(process.execPath, [TYPST_COMPILE, source.main, join(dirname(source.main), 'typst.pdf'), ...source.fonts]);

/** Interleaved runs, each round started by the next tool in turn, so drift in the machine hits all alike. */
async function interleaved(tools: (() => Promise<Sample>)[], runs = RUNS): Promise<Sample[][]> {
  const samples: Sample[][] = tools.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < tools.length; k++) {
      const t = (i + k) % tools.length;
      samples[t]!.push(await tools[t]!());
    }
  }
  return samples;
}

/** Interleaved pairs, alternating who goes first. */
async function pairs(a: () => Promise<Sample>, b: () => Promise<Sample>, runs = RUNS): Promise<[Sample[], Sample[]]> {
  const [as, bs] = await interleaved([a, b], runs);
  return [as!, bs!];
}

interface TypstSource {
  main: string;
  fonts: string[];
}

/** The book in `dir` as Typst, in `out`/typst/, compiled once untimed: its warnings shown, and the PDF's
 *  fonts checked to be the book's faces only. */
async function typstSource(dir: string, out: string): Promise<TypstSource> {
  const book = await typstBook(dir);
  await mkdir(join(out, 'typst'), { recursive: true });
  const source = { main: join(out, 'typst', 'booklet.typ'), fonts: book.fonts };
  await writeFile(source.main, book.source);
  await typst(source);
  const embedded = pdfFonts(join(out, 'typst', 'typst.pdf'));
  const others = embedded.filter((name) => !book.postScriptNames.includes(name));
  if (others.length > 0) console.log(`Typst's PDF has faces other than the book's: ${others.join(', ')}`);
  return source;
}

/** The PostScript names of the fonts a PDF embeds, without their subset prefix (pdffonts). */
function pdfFonts(pdf: string): string[] {
  const rows = execFileSync('pdffonts', [pdf], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').slice(2);
  return [...new Set(rows.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).filter(Boolean))];
}

interface Row {
  name: string;
  pages: number;
  ours: number;
  theirs: number;
  theirPages: number;
  /** Typst's median and pages; undefined when Typst is skipped. */
  typst?: number | undefined;
  typstPages?: number | undefined;
  memOurs: number;
  memTheirs: number;
}

const rows: Row[] = [];
const notes: string[] = [];

async function bench(name: string, dir: string): Promise<void> {
  const out = join(WORK, name);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  // The HTML (and the font subsets) both tools paginate. pagedjs-cli's copy is without the page's
  // Content-Security-Policy, which admits no script but files (pagedjs-cli injects its own inline).
  await ours(dir, out, '--edition', 'html');
  const html = await readFile(join(out, 'booklet.html'), 'utf8');
  await writeFile(join(out, 'pagedjs-cli.html'), html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
  const source = 'missing' in TYPST ? undefined : await typstSource(dir, out);
  const [a = [], b = [], c] = await interleaved([
    () => ours(dir, out, '--edition', 'screen', '--no-cache'),
    () => theirs(out),
    ...(source ? [() => typst(source)] : []),
  ]);
  // Peak memory: more runs of each, sampled, in interleaved pairs too; the median (one run's peak moves
  // by ±5%).
  const [ma, mb] = await pairs(() => oursSampled(dir, out), () => theirs(out, true), MEMORY_RUNS);
  const row: Row = {
    name,
    pages: pages(join(out, 'booklet.pdf')),
    ours: median(a.map((s) => s.ms)),
    theirs: median(b.map((s) => s.ms)),
    theirPages: pages(join(out, 'pagedjs-cli.pdf')),
    typst: c && median(c.map((s) => s.ms)),
    typstPages: c && pages(join(out, 'typst', 'typst.pdf')),
    memOurs: median(ma.map((s) => s.peakKiB)) / 1024,
    memTheirs: median(mb.map((s) => s.peakKiB)) / 1024,
  };
  rows.push(row);
  const typstCells = row.typst && row.typstPages
    ? [`${seconds(row.typst)} (${row.typstPages} pages)`, `**${(row.ours / row.typst).toFixed(2)}**`, (row.typst / row.typstPages).toFixed(1)]
    : ['—', '—', '—'];
  console.log(
    `| ${name} | ${row.pages} | ${seconds(row.ours)} | ${seconds(row.theirs)} (${row.theirPages} pages) | **${(row.ours / row.theirs).toFixed(2)}** | ${typstCells[0]} | ${typstCells[1]} | ${(row.ours / row.pages).toFixed(1)} | ${(row.theirs / row.theirPages).toFixed(1)} | ${typstCells[2]} | ${row.memOurs.toFixed(0)} MiB | ${row.memTheirs.toFixed(0)} MiB | ${(row.memOurs / row.memTheirs).toFixed(2)} |`,
  );
  if (name === 'booklet') {
    const all = await pairs(
      () => ours(dir, join(WORK, 'booklet-all'), '--no-cache'),
      () => theirs(out),
    );
    const ratio = median(all[0].map((s) => s.ms)) / median(all[1].map((s) => s.ms));
    notes.push(`Booklet, all editions (screen, print, EPUB): ${seconds(median(all[0].map((s) => s.ms)))} against pagedjs-cli's screen PDF ${seconds(median(all[1].map((s) => s.ms)))}: **${ratio.toFixed(2)}**`);
  }
  if (name === 'stress') {
    await poolAndSimple(dir, out);
    await rebuild(dir, row.ours);
  }
}

/** The stress book's screen PDF laid out in a pool of 2 local Chromiums (each started as a pool's node
 *  would be: --remote-debugging-port, --font-render-hinting=none) and by the simple engine (the whole book
 *  in one page), each against our default build in the same rounds. */
async function poolAndSimple(dir: string, out: string): Promise<void> {
  const nodes = await Promise.all([startChromium(), startChromium()]);
  try {
    const urls = nodes.flatMap((n) => ['--browser-url', n.url]);
    const [local, pool, simple] = await interleaved([
      () => ours(dir, join(out, 'local'), '--edition', 'screen', '--no-cache'),
      () => ours(dir, join(out, 'pool'), '--edition', 'screen', '--no-cache', ...urls),
      () => ours(dir, join(out, 'simple'), '--edition', 'screen', '--simple'),
    ]);
    const [l, p, w] = [local!, pool!, simple!].map((samples) => median(samples.map((x) => x.ms)));
    notes.push(`Stress book, screen PDF in a pool of 2 local Chromiums (\`--browser-url\` twice): ${seconds(p!)} against ${seconds(l!)} with the Chromium booklet starts: **${(p! / l!).toFixed(2)}**`);
    notes.push(`Stress book, screen PDF by the simple engine (\`--simple\`: the whole book in one page, no cache): ${seconds(w!)} against ${seconds(l!)} with the parts engine: **${(w! / l!).toFixed(2)}**`);
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
  }
}

/** Edit one chapter and rebuild the screen PDF with the page cache, RUNS times; against our full build. */
async function rebuild(dir: string, full: number): Promise<void> {
  const out = join(WORK, 'stress-rebuild');
  await rm(out, { recursive: true, force: true });
  await ours(dir, out, '--edition', 'screen');
  const chapter = join(dir, '21-chapter.md');
  const original = await readFile(chapter, 'utf8');
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // A sentence more in the chapter's last paragraph.
      await writeFile(chapter, `${original.trimEnd()}（修订${i + 1}。）\n`);
      times.push((await ours(dir, out, '--edition', 'screen')).ms);
    }
  } finally {
    await writeFile(chapter, original);
  }
  notes.push(`Stress book, screen PDF rebuilt by a new \`booklet build\` after editing one chapter (page cache): ${seconds(median(times))} against a full build of ${seconds(full)}: ${(median(times) / full).toFixed(2)}`);
  await watchRebuild(dir, chapter, original, full);
}

/** The same edits under `build --watch` (Chromium running, trees and page cache warm): the time from the
 *  save to the line that says the PDF is written. */
async function watchRebuild(dir: string, chapter: string, original: string, full: number): Promise<void> {
  const out = join(WORK, 'stress-watch');
  await rm(out, { recursive: true, force: true });
  const child = spawn(CLI, ['build', dir, '--out', out, '--edition', 'screen', '--watch'], { env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let waiting: ((line: string) => void) | undefined;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    const built = d.toString().split('\n').find((l) => /^(Built|Nothing was written)/.test(l));
    if (built) waiting?.(built);
  });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`build --watch said nothing for 120 s:\n${stderr}`)), 120_000);
      waiting = (line) => (clearTimeout(timer), (waiting = undefined), resolve(line));
    });
  const times: number[] = [];
  const laidOut: string[] = [];
  try {
    await next();
    for (let i = 0; i < RUNS; i++) {
      const saved = performance.now();
      const line = next();
      // Different characters each time, new to the book on the first edit.
      await writeFile(chapter, `${original.trimEnd()}（第${i + 1}次修订，增补“${['鳜鱼', '饕餮', '龢'][i % 3]}”。）\n`);
      const said = await line;
      if (!said.startsWith('Built')) throw new Error(`the rebuild failed:\n${stderr}`);
      times.push(performance.now() - saved);
      laidOut.push(/(\d+ of \d+) parts laid out/.exec(said)?.[1] ?? '?');
    }
  } finally {
    child.kill('SIGINT');
    await writeFile(chapter, original);
  }
  notes.push(
    `Stress book, screen PDF rebuilt by \`booklet build --watch\` after editing one chapter (from the save to the PDF written; ${laidOut.join(', ')} parts laid out): ` +
      `${seconds(median(times))} against a full build of ${seconds(full)}: **${(median(times) / full).toFixed(2)}**`,
  );
}

const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const typstVersion = 'missing' in TYPST ? undefined : JSON.parse(await readFile(join(ROOT, 'node_modules', TYPST_PACKAGE, 'package.json'), 'utf8')).version as string;
console.log(`Medians of ${RUNS} interleaved runs (memory: of ${MEMORY_RUNS} more pairs, sampled); screen PDF; ${CHROMIUM} (${version}) for booklet and pagedjs-cli; ${new Date().toISOString().slice(0, 10)}`);
if ('missing' in TYPST) console.log(`Typst skipped: ${TYPST_PACKAGE} cannot be loaded (${TYPST.missing}); \`npm ci\` installs it with the other devDependencies.`);
else console.log(`Typst: ${TYPST_PACKAGE} ${typstVersion}, on the same manuscripts in the same faces, no browser`);
console.log('');
console.log('| book | pages | booklet | pagedjs-cli | ratio | Typst | ratio to Typst | ms/page (ours) | ms/page (pagedjs-cli) | ms/page (Typst) | peak memory (ours) | peak memory (pagedjs-cli) | memory ratio |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const size of SIZES) {
  if (size === 'booklet') await bench('booklet', join(ROOT, 'manuscripts'));
  else {
    const chapters = size === 'long' ? 140 : Number(process.env['BENCH_CHAPTERS'] ?? 40);
    await bench(size, await writeStressBook(join(ROOT, 'manuscripts'), join(WORK, `${size}-src`), chapters));
  }
}
console.log('');
for (const note of notes) console.log(`- ${note}`);
