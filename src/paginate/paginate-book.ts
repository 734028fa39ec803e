// The whole book's pagination: units laid out in parallel pages of Chromium (one per core), numbered
// together, printed, and joined into one PDF. A unit whose layout and print are in the page cache is not
// laid out again. Works in rounds: (1) lay out the units the cache does not know; (2) number the book;
// (3) lay out again the known units whose print is missing (their page numbers changed); (4) print.
import { availableParallelism, freemem } from 'node:os';
import { createMessage } from '../diagnostics.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { VFileMessage } from 'vfile-message';
import { renderFirstPage } from './first-page.js';
import { finishUnits, layOutUnits, type LaidOutUnits, type FinishedUnits } from './pagedjs.js';
import type { UsedFont } from './used-fonts.js';
import { openWorkerPage, type KeptPages, type WorkerPage } from './worker-pages.js';
import { printFonts, readCachedPrints } from './cached-prints.js';
import { sliceLayout, unitLayout, unitPrint } from './unit-facts.js';
import { numberBook, pagesOfUnit } from './numbering.js';
import { printFits, printKey, sameCounting, type PageCache, type UnitLayout, type UnitPrint } from './page-cache.js';
import type { AssembledPage } from './assemble-pdf.js';
import type { UnitStructure } from './structure/tag-book.js';
import type { Unit } from './units.js';
import type { Chromium } from './browser.js';
import { PT_PER_PX } from '../html/page-geometry.js';
import type { AnchorFacts, LayoutFacts, LinkFacts, PageFacts, PaginationFacts } from './in-page/bridge.js';
import { phrase } from '../ui/catalogue.js';

export interface PaginateBookOptions {
  /** Pages laid out at once. Default: the number of cores. */
  jobs?: number;
  /** Read and keep units in this cache. Default: none. */
  cache?: PageCache;
  /** Also collect the layout and the fonts used, for proofing (no cache). Default false. */
  collect?: boolean;
  /** Render the first page as a PNG (the EPUB's cover). Default false. */
  cover?: boolean;
  /** Trim size in pt, for blank pages. */
  width: number;
  height: number;
  /** PostScript name → the font file given to Chromium (a subset in the font cache folder). */
  fonts: Map<string, string>;
  /** The subsets in `fonts` keep the faces' glyph ids (subset-face.ts). Default false. */
  retainGids?: boolean;
  /** Pages already being opened (openWorkerPage); used first, and closed if not needed. Default none. */
  pages?: Promise<WorkerPage>[];
  /** The pages a command that runs on keeps between builds (worker-pages.ts): taken from and given back
   *  to. Default none: every page is closed when done. */
  kept?: KeptPages;
  /** How long Paged.js may go without a new page, ms. Default 60 000. */
  stallTimeout?: number;
  step?: (label: string) => (note?: string) => void;
  /** As for layOutUnits: pages laid out so far, in every page of Chromium. Default none. */
  pagesLaidOut?: (more: number) => void;
}

export interface BookPagination {
  facts: PaginationFacts;
  pdf: PDFDocument;
  /** What each page holds as the structure tree (one entry a page, undefined for a blank one): the
   *  screen edition tags the PDF with it (structure/tag-book.ts). */
  structure: UnitStructure[];
  cover?: Uint8Array;
  warnings: VFileMessage[];
  layout?: LayoutFacts;
  fonts?: UsedFont[];
  /** Units laid out in this build, units taken from the cache, and the pages of Chromium that laid out. */
  laidOut: number;
  cached: number;
  pages: number;
}

/** A unit's printed pages, wherever they come from. Pages are 1-based within the unit. */
interface Printed {
  source: PDFDocument;
  print: UnitPrint;
  layout?: LayoutFacts;
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

/** Paginate the book in `htmlPath`, split into `units`. */
export async function paginateBook(browser: Chromium, htmlPath: string, units: Unit[], options: PaginateBookOptions): Promise<BookPagination> {
  const pool = [...(options.pages ?? [])];
  // More pages than cores (or memory) only fight over them: --jobs 500 started 63-80 Chromiums, 12 GB.
  const machine = machineJobs();
  const asked = options.jobs;
  const capped = asked !== undefined && asked > machine.most;
  try {
    const result = await paginateWith(browser, htmlPath, units, capped ? { ...options, jobs: machine.most } : options, pool);
    if (capped) {
      const reason = phrase('jobs.capped', { n: asked, limit: machine.most, count: machine.cores, free: (machine.free / 1024 ** 3).toFixed(1) });
      result.warnings.unshift(createMessage(reason, { file: '--jobs' }, 'jobs', { fatal: false, hint: phrase('jobs.capped.hint', { limit: machine.most }) }));
    }
    return result;
  } finally {
    await Promise.all(pool.map((p) => p.then((w) => w.close()).catch(() => {})));
  }
}

async function paginateWith(browser: Chromium, htmlPath: string, units: Unit[], options: PaginateBookOptions, pool: Promise<WorkerPage>[]): Promise<BookPagination> {
  // pdf-lib loads while Chromium lays out (it is not needed before).
  const assembling = import('./assemble-pdf.js');
  const cache = options.collect ? undefined : options.cache;
  const sizes = units.map((u) => u.size);
  // Told how many: that many (at most one per unit); else one per core, as the book's size is worth.
  const jobs = options.jobs ? { most: options.jobs, fixed: true } : { most: machineJobs().most, fixed: false };
  const warnings: VFileMessage[] = [];
  const layouts = new Map<number, UnitLayout>();
  for (const unit of units) {
    const known = cache?.layouts.get(unit.key);
    if (known) layouts.set(unit.index, known);
  }
  const open: LaidOutUnits[] = [];
  // Units whose cached layout differs from the one they are laid out with again: the book was numbered
  // with a wrong layout (a damaged cache).
  const wrong: Unit[] = [];
  try {
    // (1) Lay out what the cache does not know.
    const round = async (indices: number[]) => {
      const laid = await layOutInPages(browser, pool, htmlPath, units, sizes, indices, jobs, options);
      open.push(...laid);
      for (const worker of laid) {
        warnings.push(...worker.warnings);
        // One unit opens the book: nothing to be independent of (so the whole-book retry is made once).
        if (!worker.independent && units.length > 1) return false;
        for (const unit of worker.units) {
          const fresh = unitLayout(worker, unit);
          const known = layouts.get(unit);
          if (known && !sameCounting(known, fresh)) wrong.push(units[unit]!);
          layouts.set(unit, fresh);
        }
      }
      return true;
    };
    if (!(await round(units.filter((u) => !layouts.has(u.index)).map((u) => u.index)))) {
      // The stylesheets let a part open on either side: lay the book out as one unit.
      await Promise.all(open.splice(0).map((w) => w.close()));
      const whole: Unit = { index: 0, size: sizes.reduce((a, b) => a + b, 0), weight: 0, key: units.map((u) => u.key).join('') };
      const { cache: _unused, ...uncached } = options;
      return await paginateWith(browser, htmlPath, [whole], uncached, pool);
    }
    // (2) Number the book.
    const numbering = numberBook(units.map((u) => layouts.get(u.index)!.pages));
    const unitNumbers = units.map((u) => numbering.numbers.slice(numbering.starts[u.index], numbering.starts[u.index]! + layouts.get(u.index)!.pages.length));
    const targets: Record<string, number> = {};
    for (const u of units) {
      for (const a of layouts.get(u.index)!.anchors) targets[a.id] ??= unitNumbers[u.index]![a.page - 1]!;
    }
    const hasToc = (u: Unit) => layouts.get(u.index)!.anchors.some((a) => a.id === 'toc');
    const keys = units.map((u) => printKey(u.key, unitNumbers[u.index]!, hasToc(u) ? targets : undefined));
    // Cached prints, read now: a PDF another build removes later is already in memory.
    const subsets = { retainGids: options.retainGids ?? false, files: options.fonts };
    const wanted = new Map<number, UnitPrint>();
    for (const u of units) {
      const print = cache?.prints.get(keys[u.index]!);
      const fits = print && printFits(print, layouts.get(u.index)!, unitNumbers[u.index]!);
      if (print && fits && !(options.cover && u.index === 0 && !print.cover)) wanted.set(u.index, print);
    }
    const reading = options.step?.('Read the cached parts');
    const cached = cache ? await readCachedPrints(cache, wanted, subsets) : undefined;
    const printed = new Map<number, Printed>(cached?.found);
    reading?.();
    // (3) Units known but not printed with these numbers, and not laid out in this build.
    const laidOutNow = new Set(open.flatMap((w) => w.units));
    await round(units.filter((u) => !printed.has(u.index) && !laidOutNow.has(u.index)).map((u) => u.index));
    if (wrong.length > 0 && cache) {
      // Forget the wrong layouts and start again: they are laid out in round (1), never taken again.
      await Promise.all(open.splice(0).map((w) => w.close()));
      wrong.forEach((u) => cache.layouts.delete(u.key));
      return await paginateWith(browser, htmlPath, units, options, pool);
    }
    // (4) Number and print each page of units.
    let cover: Uint8Array | undefined;
    const fonts = new Map<string, UsedFont>();
    const done = options.step?.(`Print ${open.length} part${open.length === 1 ? '' : 's'}`);
    const printedNow: { worker: LaidOutUnits; finished: FinishedUnits; file: string; coverFile: string | undefined }[] = [];
    await Promise.all(
      open.map(async (worker) => {
        const numbers = worker.pages.map(() => 0);
        for (const unit of worker.units) pagesOfUnit(worker.pages, unit).forEach((i, k) => (numbers[i] = unitNumbers[unit]![k]!));
        const finished = await finishUnits(worker, numbers, targets, { collect: options.collect ?? false });
        if (options.cover && worker.units.includes(0)) cover = await renderFirstPage(worker.page, options.height / options.width);
        // The cache only saves time: a full disk or a read-only folder leaves these parts uncached.
        const file = cache ? await cache.keep(finished.pdf, 'pdf').catch(() => '') : '';
        const coverFile = cache && cover && worker.units.includes(0) ? await cache.keep(cover, 'png').catch(() => undefined) : undefined;
        printedNow.push({ worker, finished, file, coverFile });
        for (const f of finished.fonts ?? []) {
          const key = `${f.postScriptName}|${f.custom}`;
          const known = fonts.get(key);
          fonts.set(key, known ? { ...known, glyphs: known.glyphs + f.glyphs } : f);
        }
      }),
    );
    done?.();
    // The pages of Chromium are done: their books unloaded (closed, or blank and kept by a watch) before
    // pdf-lib joins the book (the memory peak).
    const workers = open.splice(0);
    await Promise.all(workers.map((w) => w.close()));
    // And only then are the printed PDFs read: pdf-lib's objects for one part no longer share the memory
    // peak with the other pages of Chromium still printing theirs.
    const printedWith = printFonts(subsets);
    for (const { worker, finished, file, coverFile } of printedNow) {
      const source = await (await assembling).loadPdf(finished.pdf);
      for (const unit of worker.units) {
        const own = pagesOfUnit(worker.pages, unit);
        const print = unitPrint(finished, own, file);
        print.fonts = printedWith;
        if (unit === 0 && coverFile) print.cover = coverFile;
        printed.set(unit, { source, print, ...(finished.layout ? { layout: sliceLayout(finished.layout, own) } : {}) });
      }
    }
    if (options.cover && !cover) {
      const file = printed.get(0)?.print.cover;
      if (file && cache) cover = await readFile(join(cache.dir, file));
    }
    // Join: book pages, facts and links.
    const pages: AssembledPage[] = [];
    const facts: PageFacts[] = [];
    const anchors: AnchorFacts[] = [];
    const links: LinkFacts[] = [];
    const structure: UnitStructure[] = [];
    const layoutPages: LayoutFacts['pages'] = [];
    let toc: PaginationFacts['toc'] = [];
    numbering.pages.forEach((page, i) => {
      const index = i + 1;
      const side = index % 2 === 1 ? 'right' : 'left';
      if ('blank' in page) {
        pages.push({ blank: true });
        structure.push(undefined);
        const next = numbering.pages.slice(i + 1).find((p): p is { unit: number; page: number } => 'unit' in p);
        const name = next ? (printed.get(next.unit)!.print.facts[0]?.name ?? '') : '';
        facts.push({ index, side, blank: true, name, counter: numbering.numbers[i]!, folio: '', lines: [], opens: '', lastBlock: '' });
        layoutPages.push({ index, side, blank: true, overflow: false, width: 0, height: 0, blocks: [] });
        return;
      }
      const { source, print, layout: unitLayoutFacts } = printed.get(page.unit)!;
      pages.push({ source, index: print.indices[page.page]! });
      structure.push({ unit: page.unit, nodes: print.structure[page.page]!.nodes });
      facts.push({ ...print.facts[page.page]!, index, side });
      const pageLayout = unitLayoutFacts?.pages[page.page];
      if (pageLayout) layoutPages.push({ ...pageLayout, index, side });
      if (page.page === 0) {
        const offset = i;
        anchors.push(...print.anchors.map((a) => ({ ...a, page: a.page + offset })));
        links.push(...print.links.map((l) => ({ ...l, page: l.page + offset })));
        if (print.toc.length > 0) toc = print.toc;
      }
    });
    const joining = options.step?.(`Join ${pages.length} pages`);
    const pdf = await (await assembling).assemblePdf(pages, { width: options.width, height: options.height, fonts: options.fonts, links, anchors });
    joining?.();
    if (cache) {
      const keptLayouts = new Map(units.map((u) => [u.key, layouts.get(u.index)!]));
      await cached?.keepFitted(printed.values());
      const keptPrints = new Map(units.filter((u) => printed.get(u.index)!.print.pdf !== '').map((u) => [keys[u.index]!, printed.get(u.index)!.print]));
      await cache.save(keptLayouts, keptPrints).catch(() => {});
    }
    const result: BookPagination = {
      facts: { pages: facts, anchors, toc, width: options.width / PT_PER_PX, height: options.height / PT_PER_PX },
      pdf,
      structure,
      warnings,
      laidOut: new Set(workers.flatMap((w) => w.units)).size,
      cached: units.length - new Set(workers.flatMap((w) => w.units)).size,
      pages: workers.length,
    };
    if (cover) result.cover = cover;
    if (options.collect) result.layout = { pages: layoutPages };
    if (options.collect) result.fonts = [...fonts.values()].sort((a, b) => a.postScriptName.localeCompare(b.postScriptName));
    return result;
  } finally {
    await Promise.all(open.map((w) => w.close()));
  }
}

/** Share `indices` (in book order) among at most `jobs` pages, in runs of about equal weight, and lay them
 *  out at once. */
async function layOutInPages(
  browser: Chromium,
  pool: Promise<WorkerPage>[],
  htmlPath: string,
  units: Unit[],
  sizes: number[],
  indices: number[],
  limit: { most: number; fixed: boolean },
  options: PaginateBookOptions,
): Promise<LaidOutUnits[]> {
  if (indices.length === 0) return [];
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
  const settled = await Promise.allSettled(
    runs.map(async (keep, k) =>
      layOutUnits(await (pool.shift() ?? openWorkerPage(browser, options.kept)), htmlPath, sizes, keep, {
        ...(options.stallTimeout ? { stallTimeout: options.stallTimeout } : {}),
        ...(options.pagesLaidOut ? { pagesLaidOut: options.pagesLaidOut } : {}),
        ...(options.step ? { step: (label: string) => options.step!(runs.length > 1 ? `${label} (page ${k + 1} of ${runs.length}: ${keep.length} parts)` : label) } : {}),
      }),
    ),
  );
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
    throw failed.reason;
  }
  return settled.map((s) => (s as PromiseFulfilledResult<LaidOutUnits>).value);
}
