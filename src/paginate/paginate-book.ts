// The parts engine (the default; paginate.ts chooses): the book's units laid out in parallel pages of
// Chromium (one per core, or one per browser of a pool: browser-pool.ts), numbered together, printed, and
// joined into one PDF (join-book.ts). A unit whose layout and print are in the page cache is not laid out
// again. Works in rounds: (1) lay out the units the cache does not know; (2) number the book; (3) lay out
// again the known units whose print is missing (their page numbers changed); (4) print. A page whose
// browser goes away has its units laid out again in another browser of the pool.
import { availableParallelism, freemem } from 'node:os';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { BookletError, createMessage, fail } from '../diagnostics.js';
import { renderFirstPage } from './first-page.js';
import { finishUnits, layOutUnits, type LaidOutUnits, type FinishedUnits } from './pagedjs.js';
import type { UsedFont } from './used-fonts.js';
import type { BrowserPool } from './browser-pool.js';
import { printFonts, readCachedPrints, type Subsets } from './cached-prints.js';
import { sliceLayout, unitLayout, unitPrint } from './unit-facts.js';
import { numberBook, pagesOfUnit, type Numbering } from './numbering.js';
import { printFits, printKey, sameCounting, type PageCache, type UnitLayout, type UnitPrint } from './page-cache.js';
import { joinBook, type BookPagination, type Printed } from './join-book.js';
import type { Unit } from './units.js';
import { phrase } from '../ui/catalogue.js';

export type { BookPagination } from './join-book.js';

export interface PaginateBookOptions {
  /** Pages laid out at once. Default: one per core (as the book's size is worth it) in a Chromium started
   *  here; one per browser in a pool. */
  jobs?: number | undefined;
  /** Read and keep units in this cache. Default: none. */
  cache?: PageCache | undefined;
  /** Also collect the layout and the fonts used, for proofing (no cache). Default false. */
  collect?: boolean | undefined;
  /** Render the first page as a PNG (the EPUB's cover). Default false. */
  cover?: boolean | undefined;
  /** Trim size in pt, for blank pages. */
  width: number;
  height: number;
  /** PostScript name → the font file given to Chromium (a subset in the font cache folder). */
  fonts: Map<string, string>;
  /** The subsets in `fonts` keep the faces' glyph ids (subset-face.ts). Default false. */
  retainGids?: boolean | undefined;
  /** How long Paged.js may go without a new page, ms. Default 60 000. */
  stallTimeout?: number | undefined;
  step?: ((label: string) => (note?: string) => void) | undefined;
  /** As for layOutUnits: pages laid out so far, in every page of Chromium. Default none. */
  pagesLaidOut?: ((more: number) => void) | undefined;
}

/** Units of about this much text (~50 A5 pages of Chinese) are worth another page of Chromium: opening
 *  one (starting a sibling Chromium: worker-pages.ts) and loading Paged.js into it costs ~0.4 s of a core. */
const WEIGHT_PER_PAGE = 40_000;

/** What a page of Chromium laying out takes (one Chromium each: worker-pages.ts), with room to spare. */
const MEMORY_PER_PAGE = 250 * 1024 * 1024;

/** The most pages of Chromium worth laying out at once here: one per core, as free memory allows. */
function machineJobs(): { most: number; cores: number; free: number } {
  const cores = availableParallelism();
  const free = freemem();
  return { most: Math.max(1, Math.min(cores, Math.floor(free / MEMORY_PER_PAGE))), cores, free };
}

/** Paginate the book in `htmlPath`, split into `units`, in the pages of `pool`. */
export async function paginateBook(pool: BrowserPool, htmlPath: string, units: Unit[], options: PaginateBookOptions): Promise<BookPagination> {
  const { jobs, warning } = jobsFor(pool, options.jobs);
  const result = await paginateParts({ pool, htmlPath, units, options, jobs, warnings: [], layouts: new Map(), open: [], wrong: [] });
  if (warning) result.warnings.unshift(warning);
  for (const chromium of pool.lostOnes()) {
    result.warnings.push(createMessage(phrase('pool.browser-lost', { where: chromium.where }), { file: chromium.where }, 'browser', { fatal: false, hint: phrase('pool.browser-lost.hint') }));
  }
  return result;
}

/** How many pages lay out at once. Told how many: that many (at most one per unit); in a Chromium started
 *  here, never more than cores (or memory) allow: --jobs 500 started 63-80 Chromiums, 12 GB. */
function jobsFor(pool: BrowserPool, asked: number | undefined): { jobs: { most: number; fixed: boolean }; warning?: VFileMessage } {
  const browsers = pool.live();
  const machine = machineJobs();
  // Browsers elsewhere have cores of their own: at least one page each.
  if (!browsers.every((c) => c.startedHere)) return { jobs: { most: asked ?? Math.max(browsers.length, machine.most), fixed: asked !== undefined } };
  if (asked === undefined) return { jobs: { most: machine.most, fixed: false } };
  if (asked <= machine.most) return { jobs: { most: asked, fixed: true } };
  const reason = phrase('jobs.capped', { n: asked, limit: machine.most, count: machine.cores, free: (machine.free / 1024 ** 3).toFixed(1) });
  const warning = createMessage(reason, { file: '--jobs' }, 'jobs', { fatal: false, hint: phrase('jobs.capped.hint', { limit: machine.most }) });
  return { jobs: { most: machine.most, fixed: true }, warning };
}

/** One pagination in progress: what is known of each unit, the pages of Chromium holding laid-out units. */
interface PartsRun {
  pool: BrowserPool;
  htmlPath: string;
  units: Unit[];
  options: PaginateBookOptions;
  jobs: { most: number; fixed: boolean };
  warnings: VFileMessage[];
  /** Unit → its layout: from the cache, or laid out in this build. */
  layouts: Map<number, UnitLayout>;
  /** The pages of Chromium holding units laid out in this build, not yet printed. */
  open: LaidOutUnits[];
  /** Units whose cached layout differs from the one they are laid out with again: the book was numbered
   *  with a wrong layout (a damaged cache). */
  wrong: Unit[];
}

/** The book numbered: each unit's page numbers, where each id lands, and the key of each unit's print. */
interface Numbered {
  numbering: Numbering;
  unitNumbers: number[][];
  targets: Record<string, number>;
  keys: string[];
}

async function paginateParts(run: PartsRun): Promise<BookPagination> {
  // pdf-lib loads while Chromium lays out (it is not needed before).
  void import('./assemble-pdf.js');
  const { units, options } = run;
  const cache = options.collect ? undefined : options.cache;
  for (const unit of units) {
    const known = cache?.layouts.get(unit.key);
    if (known) run.layouts.set(unit.index, known);
  }
  try {
    // (1) Lay out what the cache does not know.
    if (!(await layOutRound(run, units.filter((u) => !run.layouts.has(u.index))))) return await paginateAsOne(run);
    // (2) Number the book, and take the prints the cache has for these numbers.
    const numbered = numberUnits(run);
    const subsets: Subsets = { retainGids: options.retainGids ?? false, files: options.fonts };
    const cached = cache ? await takeCachedPrints(run, cache, numbered, subsets) : undefined;
    const printed = new Map<number, Printed>(cached?.found);
    // (3) Units known but not printed with these numbers, and not laid out in this build.
    const laidOutNow = new Set(run.open.flatMap((w) => w.units));
    await layOutRound(run, units.filter((u) => !printed.has(u.index) && !laidOutNow.has(u.index)));
    if (run.wrong.length > 0 && cache) {
      // Forget the wrong layouts and start again: they are laid out in round (1), never taken again.
      await Promise.all(run.open.splice(0).map((w) => w.close()));
      run.wrong.forEach((u) => cache.layouts.delete(u.key));
      return await paginateParts({ ...run, warnings: [], layouts: new Map(), wrong: [] });
    }
    // (4) Number and print each page of units.
    const { printedNow, fonts, cover: printedCover } = await printRun(run, numbered, cache);
    // The pages of Chromium are done: their books unloaded (closed, or blank and kept by a watch) before
    // pdf-lib joins the book (the memory peak).
    const workers = run.open.splice(0);
    await Promise.all(workers.map((w) => w.close()));
    await readPrinted(printedNow, printed, subsets);
    const cover = printedCover ?? (options.cover && cache ? await cachedCover(cache, printed) : undefined);
    const joined = await joinBook(numbered.numbering, printed, options);
    if (cache) {
      await cached?.keepFitted(printed.values());
      await keepInCache(run, cache, numbered, printed);
    }
    const laidOut = new Set(workers.flatMap((w) => w.units)).size;
    const result: BookPagination = { facts: joined.facts, pdf: joined.pdf, structure: joined.structure, warnings: run.warnings, laidOut, cached: units.length - laidOut, pages: workers.length };
    if (cover) result.cover = cover;
    if (options.collect) Object.assign(result, { layout: joined.layout, fonts: [...fonts.values()].sort((a, b) => a.postScriptName.localeCompare(b.postScriptName)) });
    return result;
  } finally {
    await Promise.all(run.open.splice(0).map((w) => w.close()));
  }
}

/** The stylesheets let a part open on either side: lay the book out as one unit, uncached. */
async function paginateAsOne(run: PartsRun): Promise<BookPagination> {
  await Promise.all(run.open.splice(0).map((w) => w.close()));
  const { units } = run;
  const whole: Unit = { index: 0, size: units.reduce((a, u) => a + u.size, 0), weight: 0, key: units.map((u) => u.key).join('') };
  const { cache: _unused, ...uncached } = run.options;
  return paginateParts({ ...run, units: [whole], options: uncached, warnings: [], layouts: new Map(), wrong: [] });
}

/** Lay out `todo` in pages of Chromium and record their layouts; false when a page found its units not
 *  independent of the pages before them (one unit opens the book: nothing to be independent of). */
async function layOutRound(run: PartsRun, todo: Unit[]): Promise<boolean> {
  const laid = await layOutInPages(run, todo.map((u) => u.index));
  run.open.push(...laid);
  for (const worker of laid) {
    run.warnings.push(...worker.warnings);
    if (!worker.independent && run.units.length > 1) return false;
    for (const unit of worker.units) {
      const fresh = unitLayout(worker, unit);
      const known = run.layouts.get(unit);
      if (known && !sameCounting(known, fresh)) run.wrong.push(run.units[unit]!);
      run.layouts.set(unit, fresh);
    }
  }
  return true;
}

/** Number the book from its units' layouts. */
function numberUnits(run: PartsRun): Numbered {
  const { units, layouts } = run;
  const numbering = numberBook(units.map((u) => layouts.get(u.index)!.pages));
  const unitNumbers = units.map((u) => numbering.numbers.slice(numbering.starts[u.index], numbering.starts[u.index]! + layouts.get(u.index)!.pages.length));
  const targets: Record<string, number> = {};
  for (const u of units) {
    for (const a of layouts.get(u.index)!.anchors) targets[a.id] ??= unitNumbers[u.index]![a.page - 1]!;
  }
  const hasToc = (u: Unit) => layouts.get(u.index)!.anchors.some((a) => a.id === 'toc');
  const keys = units.map((u) => printKey(u.key, unitNumbers[u.index]!, hasToc(u) ? targets : undefined));
  return { numbering, unitNumbers, targets, keys };
}

/** The cached prints that fit the numbers, read now: a PDF another build removes later is already in
 *  memory. */
async function takeCachedPrints(run: PartsRun, cache: PageCache, numbered: Numbered, subsets: Subsets): Promise<Awaited<ReturnType<typeof readCachedPrints>>> {
  const wanted = new Map<number, UnitPrint>();
  for (const u of run.units) {
    const print = cache.prints.get(numbered.keys[u.index]!);
    const fits = print && printFits(print, run.layouts.get(u.index)!, numbered.unitNumbers[u.index]!);
    if (print && fits && !(run.options.cover && u.index === 0 && !print.cover)) wanted.set(u.index, print);
  }
  const reading = run.options.step?.('Read the cached parts');
  const cached = await readCachedPrints(cache, wanted, subsets);
  reading?.();
  return cached;
}

/** A page of units printed in this build, and where the cache keeps its PDF and cover (or ''). */
interface PrintedNow {
  worker: LaidOutUnits;
  finished: FinishedUnits;
  file: string;
  coverFile: string | undefined;
}

/** Print every open page of units with its numbers; the cover from the page with the first unit. */
async function printRun(run: PartsRun, numbered: Numbered, cache: PageCache | undefined): Promise<{ printedNow: PrintedNow[]; fonts: Map<string, UsedFont>; cover?: Uint8Array }> {
  const { options } = run;
  let cover: Uint8Array | undefined;
  const fonts = new Map<string, UsedFont>();
  const done = options.step?.(`Print ${run.open.length} part${run.open.length === 1 ? '' : 's'}`);
  // Every page settles before a failure is thrown: a page laid out again meanwhile is in run.open, to be
  // closed with the others.
  const settled = await Promise.allSettled(
    run.open.map(async (laid, k) => {
      const { worker, finished } = await printPage(run, laid, numbered, (again) => (run.open[k] = again));
      if (options.cover && worker.units.includes(0)) cover = await renderFirstPage(worker.page, options.height / options.width);
      // The cache only saves time: a full disk or a read-only folder leaves these parts uncached.
      const file = cache ? await cache.keep(finished.pdf, 'pdf').catch(() => '') : '';
      const coverFile = cache && cover && worker.units.includes(0) ? await cache.keep(cover, 'png').catch(() => undefined) : undefined;
      for (const f of finished.fonts ?? []) {
        const key = `${f.postScriptName}|${f.custom}`;
        const known = fonts.get(key);
        fonts.set(key, known ? { ...known, glyphs: known.glyphs + f.glyphs } : f);
      }
      return { worker, finished, file, coverFile };
    }),
  );
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  const printedNow = settled.map((s) => (s as PromiseFulfilledResult<PrintedNow>).value);
  done?.();
  return { printedNow, fonts, ...(cover ? { cover } : {}) };
}

/** Number and print the units laid out in `laid`; if its browser went away, lay them out again in
 *  another browser of the pool (`moved` is told of the new page) and print them there. */
async function printPage(run: PartsRun, laid: LaidOutUnits, numbered: Numbered, moved: (again: LaidOutUnits) => void): Promise<{ worker: LaidOutUnits; finished: FinishedUnits }> {
  for (let worker = laid; ; ) {
    const numbers = worker.pages.map(() => 0);
    for (const unit of worker.units) pagesOfUnit(worker.pages, unit).forEach((i, k) => (numbers[i] = numbered.unitNumbers[unit]![k]!));
    try {
      return { worker, finished: await finishUnits(worker, numbers, numbered.targets, { collect: run.options.collect ?? false, stallTimeout: run.options.stallTimeout }) };
    } catch (error) {
      if (!(await canMove(run.pool, worker.chromium, error))) throw error;
      await worker.close();
      worker = await layOutRun(run, worker.units, ' (again, in another browser)');
      moved(worker);
      sameLayout(run, worker);
    }
  }
}

/** The units laid out again in `worker` (another browser of the pool) must count their pages as their
 *  first layout did: the book was numbered with it. They differ only when the pool's browsers do (another
 *  Chromium, other flags, other fonts). */
function sameLayout(run: PartsRun, worker: LaidOutUnits): void {
  const differs = worker.units.some((unit) => !sameCounting(run.layouts.get(unit)!, unitLayout(worker, unit)));
  if (!differs) return;
  const where = { file: worker.chromium.where };
  fail(phrase('pool.layouts-differ', { where: worker.chromium.where }), where, 'browser', phrase('pool.layouts-differ.hint'));
}

/** What a browser that went away can make the build say: Paged.js stalled (a node cut off), its page
 *  crashed (the renderer went with it). */
const STALLS = new Set(['paginate.stalled', 'paginate.unanswered', 'paginate.crashed', 'print.crashed']);

/** Whether the units of a page whose call failed (or stalled) can go to another browser: its own went
 *  away, or no longer answers (a node cut off), and others are left. */
async function canMove(pool: BrowserPool, chromium: LaidOutUnits['chromium'], error: unknown): Promise<boolean> {
  // The book's own problems (a body that does not fit, a script that threw) would fail anywhere.
  if (error instanceof BookletError && !error.messages.some((m) => STALLS.has(m.phrases?.reason?.key ?? ''))) return false;
  const lost = (await pool.gone(chromium)) || !(await pool.answers(chromium));
  return lost && pool.live().length > 0;
}

/** Read the PDFs printed in this build, and record each unit's print in `printed`. They are read only now:
 *  pdf-lib's objects for one part no longer share the memory peak with the pages of Chromium. */
async function readPrinted(printedNow: PrintedNow[], printed: Map<number, Printed>, subsets: Subsets): Promise<void> {
  const { loadPdf } = await import('./assemble-pdf.js');
  const printedWith = printFonts(subsets);
  for (const { worker, finished, file, coverFile } of printedNow) {
    const source = await loadPdf(finished.pdf);
    for (const unit of worker.units) {
      const own = pagesOfUnit(worker.pages, unit);
      const print = unitPrint(finished, own, file);
      print.fonts = printedWith;
      if (unit === 0 && coverFile) print.cover = coverFile;
      printed.set(unit, { source, print, ...(finished.layout ? { layout: sliceLayout(finished.layout, own) } : {}) });
    }
  }
}

/** The cover the cache keeps with the first unit's print, if any. */
async function cachedCover(cache: PageCache, printed: Map<number, Printed>): Promise<Uint8Array | undefined> {
  const file = printed.get(0)?.print.cover;
  return file ? readFile(join(cache.dir, file)) : undefined;
}

/** Keep every unit's layout, and the prints that have a PDF in the cache, for the next build. */
async function keepInCache(run: PartsRun, cache: PageCache, numbered: Numbered, printed: Map<number, Printed>): Promise<void> {
  const { units, layouts } = run;
  const keptLayouts = new Map(units.map((u) => [u.key, layouts.get(u.index)!]));
  const keptPrints = new Map(units.filter((u) => printed.get(u.index)!.print.pdf !== '').map((u) => [numbered.keys[u.index]!, printed.get(u.index)!.print]));
  await cache.save(keptLayouts, keptPrints).catch(() => {});
}

/** Share `indices` (in book order) among at most `jobs` pages, in runs of about equal weight (so that
 *  all finish close together), and lay them out at once. */
async function layOutInPages(run: PartsRun, indices: number[]): Promise<LaidOutUnits[]> {
  if (indices.length === 0) return [];
  const { units, jobs: limit } = run;
  const total = indices.reduce((sum, i) => sum + units[i]!.weight, 0);
  const jobs = Math.max(1, limit.fixed ? limit.most : Math.min(limit.most, Math.ceil(total / WEIGHT_PER_PAGE)));
  const runs: number[][] = [[]];
  let acc = 0;
  for (const i of indices) {
    // Start the next run once this one has its share (never more runs than jobs).
    if (runs.at(-1)!.length > 0 && runs.length < jobs && acc >= (total * runs.length) / jobs) runs.push([]);
    runs.at(-1)!.push(i);
    acc += units[i]!.weight;
  }
  const label = (k: number) => (runs.length > 1 ? ` (page ${k + 1} of ${runs.length}: ${runs[k]!.length} parts)` : '');
  const settled = await Promise.allSettled(runs.map((keep, k) => layOutRun(run, keep, label(k))));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
    throw failed.reason;
  }
  return settled.map((s) => (s as PromiseFulfilledResult<LaidOutUnits>).value);
}

/** Lay out the units `keep` in a page of the pool; when its browser goes away, in another one's. */
async function layOutRun(run: PartsRun, keep: number[], label: string): Promise<LaidOutUnits> {
  const { options } = run;
  const sizes = run.units.map((u) => u.size);
  for (;;) {
    const worker = await run.pool.open();
    try {
      return await layOutUnits(worker, run.htmlPath, sizes, keep, {
        ...(options.stallTimeout ? { stallTimeout: options.stallTimeout } : {}),
        ...(options.pagesLaidOut ? { pagesLaidOut: options.pagesLaidOut } : {}),
        ...(options.step ? { step: (step: string) => options.step!(`${step}${label}`) } : {}),
      });
    } catch (error) {
      if (!(await canMove(run.pool, worker.chromium, error))) throw error;
    }
  }
}
