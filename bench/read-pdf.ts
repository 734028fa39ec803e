// npm run bench:pdf: the PDF reader on a long PDF made here (BENCH_PDF_PAGES, default 500: A5 pages of the
// source's first article, over and over, with a running head and folios, printed by Chromium), against
// poppler's `pdftotext -bbox-layout` (words and their boxes, no sizes or faces) on the same file. Each is
// run BENCH_RUNS times (default 3), alternately, as a process of its own; prints the median time, ms per
// page and the peak resident memory (the process's maxrss, from /usr/bin/time).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../src/paginate/browser.js';
import { bookHtml, firstArticle, printPdf } from '../test/import/pdf-fixtures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = Number(process.env['BENCH_PDF_PAGES'] ?? 500);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const WORK = join(ROOT, 'output', 'bench');
const READER = join(ROOT, 'dist', 'src', 'import', 'read-pdf.js');

const pagesOf = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

/** A PDF of at least PAGES pages (made once, then kept in output/bench/). */
async function longPdf(): Promise<string> {
  const file = join(WORK, `long-${PAGES}.pdf`);
  if (existsSync(file)) return file;
  await mkdir(WORK, { recursive: true });
  const article = firstArticle();
  // About 7 A5 pages an article: enough copies to pass PAGES, then the pages past it taken out.
  const copies = Math.ceil(PAGES / 6);
  const long = { ...article, blocks: Array.from({ length: copies }, () => [{ kind: 'h2' as const, text: article.title }, ...article.blocks]).flat() };
  const chromium = await launchBrowser();
  try {
    await printPdf(chromium.browser, WORK, `long-${PAGES}`, bookHtml(long));
  } finally {
    await chromium.release();
  }
  const doc = await PDFDocument.load(await readFile(file));
  while (doc.getPageCount() > PAGES) doc.removePage(doc.getPageCount() - 1);
  await writeFile(file, await doc.save());
  return file;
}

interface Run {
  ms: number;
  peakMiB: number;
}

/** Run a command under /usr/bin/time: its wall time and peak RSS. */
function measure(command: string, args: string[]): Run {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  const kib = Number(result.stderr.trim().split('\n').at(-1));
  return { ms, peakMiB: kib / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const file = await longPdf();
const pages = pagesOf(file);
const script = `const { readPdf } = await import(${JSON.stringify(READER)}); const doc = await readPdf(${JSON.stringify(file)}); if (doc.lines.length < ${pages * 10}) throw new Error('few lines');`;
const ours: Run[] = [];
const poppler: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  ours.push(measure(process.execPath, ['--input-type=module', '-e', script]));
  poppler.push(measure('pdftotext', ['-bbox-layout', file, '/dev/null']));
}
const line = (name: string, runs: Run[]) => {
  const ms = median(runs.map((r) => r.ms));
  return `${name}: ${(ms / 1000).toFixed(2)} s (${(ms / pages).toFixed(1)} ms/page), peak RSS ${median(runs.map((r) => r.peakMiB)).toFixed(0)} MiB`;
};
console.log(`${pages} pages (${file})`);
console.log(line('readPdf', ours));
console.log(line('pdftotext -bbox-layout', poppler));
console.log(`ratio of medians: ${(median(ours.map((r) => r.ms)) / median(poppler.map((r) => r.ms))).toFixed(2)}`);
