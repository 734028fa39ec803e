// The pagination, as the pipeline calls it: booklet.html laid out by Paged.js in Chromium and joined into
// one PDF with the facts of every page. Two engines behind this one call:
// - parts (the default: paginate-book.ts): the book split into parts laid out in parallel pages of
//   Chromium or of a pool of browsers, taken from the page cache when known, glyphs renumbered to this
//   build's subsets, pages kept between the builds of a watch. The speed layers live there and below.
// - simple (`--simple`, `engine: simple`: paginate-whole.ts): the whole book in one page, nothing cached.
import { join } from 'node:path';
import type { Root } from 'hast';
import type { Reporter } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { stage } from '../stage.js';
import type { UsedFont } from './used-fonts.js';
import { layoutCode } from './page-scripts.js';
import { paginateBook, type BookPagination } from './paginate-book.js';
import { paginateWhole } from './paginate-whole.js';
import { groupUnits, splitUnits } from './units.js';
import { openPageCache } from './page-cache.js';
import { browserPool, type BrowserPool } from './browser-pool.js';
import type { Chromium } from './browser.js';
import type { KeptPages, WorkerPage } from './worker-pages.js';
import type { LayoutFacts } from './in-page/bridge.js';
import type { Pagination } from '../editions/index.js';

// Part of the page cache's keys (with Chromium's version, the hash of the code that runs in the page and
// the faces; each unit's key adds the document head, which holds the stylesheets, and its HTML): a change
// to how pages are cached, or to what Node does to a page around that code, starts the cache afresh.
const CACHE_VERSION = '2';

export const ENGINES = ['parts', 'simple'] as const;
export type Engine = (typeof ENGINES)[number];

/** The book to lay out. */
export interface BookToPaginate {
  /** booklet.html, written to its temporary name in the output folder (beside its fonts and images). */
  htmlPath: string;
  /** Its final name, for messages. */
  htmlFile: string;
  /** Its tree (split into parts by the parts engine), and the markup of a part as Chromium loads it. */
  tree: Root;
  head: string;
  link: (markup: string) => string;
  /** Trim size in pt. */
  width: number;
  height: number;
  /** PostScript name → the font file given to Chromium (a subset in the font cache folder). */
  fonts: Map<string, string>;
  /** The subsets keep the faces' glyph ids (subset-face.ts). */
  retainGids: boolean;
  /** What identifies the faces the subsets are cut from (page cache keys). */
  facesKey: string;
  /** Render the first page as a PNG too (the EPUB's cover). */
  cover: boolean;
}

export interface PaginateOptions {
  /** Which engine lays the book out. Default parts. */
  engine?: Engine | undefined;
  /** The browsers to lay out in (starting while the book was typeset), and a page already opening in the
   *  first of them (used first). */
  browsers: Promise<Chromium[]>;
  firstPage?: Promise<WorkerPage> | undefined;
  /** Pages of Chromium laying out at once (parts engine). Default: one per core, one per browser of a pool. */
  jobs?: number | undefined;
  /** How long Paged.js may go without laying out a page, in ms. Default 60 000. */
  pageTimeout?: number | undefined;
  /** The page cache's folder (parts engine). Default none: nothing cached. */
  cacheDir?: string | undefined;
  /** Also collect the layout and the fonts used, for proofing. Default false. */
  collect?: boolean | undefined;
  /** The pages a command that runs on keeps between builds (parts engine). Default none. */
  kept?: KeptPages | undefined;
  /** Told once the browsers are up and the parts known: what finishes the editions loads meanwhile. */
  started?: (() => void) | undefined;
  reporter: Reporter;
}

export interface Paginated {
  pagination: Pagination;
  parts: { laidOut: number; cached: number; pages: number };
  /** With `collect`: the layout and the fonts, for proofing. */
  collected?: { layout: LayoutFacts; fonts: UsedFont[] };
}

/** Lay out `book` as `options.engine` does; Chromium quitting under it is one clear message. */
export async function paginate(book: BookToPaginate, options: PaginateOptions): Promise<Paginated> {
  const { reporter } = options;
  const chromiums = await stage(reporter, phrase('stage.chromium'), () => options.browsers);
  const early = options.firstPage ? [{ chromium: chromiums[0]!, page: options.firstPage }] : [];
  // The simple engine keeps nothing between builds.
  const pool = browserPool(chromiums, { early, kept: options.engine === 'simple' ? undefined : options.kept, file: book.htmlFile });
  // Chromium killed right after it started fails here first: say so, as in the pagination.
  const quit = (error: unknown) => (pool.live()[0] ?? chromiums[0]!).failIfQuit(error, book.htmlFile);
  try {
    const laidOut = await (options.engine === 'simple' ? whole(book, options, pool) : inParts(book, options, pool)).catch(quit);
    laidOut.warnings.forEach((m) => reporter.message(m));
    const result: Paginated = {
      pagination: { facts: laidOut.facts, pdf: laidOut.pdf, structure: laidOut.structure, cover: laidOut.cover },
      parts: { laidOut: laidOut.laidOut, cached: laidOut.cached, pages: laidOut.pages },
    };
    if (laidOut.layout && laidOut.fonts) result.collected = { layout: laidOut.layout, fonts: laidOut.fonts };
    return result;
  } finally {
    await pool.close();
  }
}

/** The simple engine. */
async function whole(book: BookToPaginate, options: PaginateOptions, pool: BrowserPool): Promise<BookPagination> {
  const size = groupUnits(book.tree).reduce((sum, elements) => sum + elements.length, 0);
  options.started?.();
  const laidOut = await stage(options.reporter, phrase('stage.paginate'), () => paginateWhole(pool, book.htmlPath, size, { ...bookOptions(book, options), collect: options.collect }));
  options.reporter.info(phrase('build.whole', { pages: laidOut.facts.pages.length }));
  return laidOut;
}

/** The parts engine, with the page cache keyed by what shapes a page. */
async function inParts(book: BookToPaginate, options: PaginateOptions, pool: BrowserPool): Promise<BookPagination> {
  const { reporter } = options;
  const versions = await browserVersions(pool);
  // A pool's browsers all in the key: a part laid out by another version may break elsewhere.
  const salt = `${versions}\0${await layoutCode()}\0${CACHE_VERSION}\0${book.facesKey}`;
  const units = splitUnits(book.tree, book.head, book.link, salt);
  const cache = options.cacheDir === undefined ? undefined : await openPageCache(options.cacheDir);
  options.started?.();
  const laidOut = await stage(reporter, phrase('stage.paginate'), () =>
    paginateBook(pool, book.htmlPath, units, {
      ...bookOptions(book, options),
      jobs: options.jobs,
      cache,
      collect: options.collect ?? false,
      retainGids: book.retainGids,
    }),
  );
  reporter.info(phrase('build.parts', { pages: laidOut.facts.pages.length, laidOut: laidOut.laidOut, parts: units.length, cached: laidOut.cached }));
  return laidOut;
}

/** The versions of the pool's browsers, sorted, once each. A browser that went away since it was started
 *  (a pool's node, while the book was typeset) is out of the pool; none left is Chromium's quitting. */
async function browserVersions(pool: BrowserPool): Promise<string> {
  const versions = await Promise.all(
    pool.live().map((chromium) =>
      chromium.browser.version().catch(async (error: unknown) => {
        if ((await pool.gone(chromium)) && pool.live().length > 0) return undefined;
        throw error;
      }),
    ),
  );
  return [...new Set(versions.filter((v) => v !== undefined))].sort().join(',');
}

/** What both engines are told of the book and the build. */
function bookOptions(book: BookToPaginate, options: PaginateOptions) {
  const { reporter } = options;
  let pagesSoFar = 0;
  return {
    cover: book.cover,
    width: book.width,
    height: book.height,
    fonts: book.fonts,
    stallTimeout: options.pageTimeout,
    step: (label: string) => {
      const end = reporter.stage(`  ${label}`, true);
      return (note?: string) => end('ok', note);
    },
    pagesLaidOut: (more: number) => reporter.laidOut((pagesSoFar += more)),
  };
}

/** The page cache's folder in the output folder: a variant's parts are cached apart
 *  (`.cache/pages.zh-Hant/`), its text is another. */
export function pageCacheDir(outDir: string, variant?: string): string {
  return join(outDir, '.cache', variant ? `pages.${variant}` : 'pages');
}
