// The pagination: the book split into parts, each laid out by Paged.js in a page of Chromium (or taken
// from the page cache), joined into one PDF with the facts of every page.
import { join } from 'node:path';
import type { Reporter } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { UsedFont } from '../paginate/used-fonts.js';
import { layoutCode } from '../paginate/page-scripts.js';
import { paginateBook } from '../paginate/paginate-book.js';
import { splitUnits } from '../paginate/units.js';
import { openPageCache } from '../paginate/page-cache.js';
import { PT_PER_MM } from '../html/page-geometry.js';
import type { LayoutFacts } from '../paginate/in-page/bridge.js';
import type { ResolvedBooklet } from '../config/resolve.js';
import type { Pagination } from '../editions/index.js';
import type { BrowserSession } from './session.js';
import type { KeepSession } from '../keep-session.js';
import type { Published, Typeset } from './typeset.js';
import { facesKey } from './faces.js';
import { linkImages, stage } from './stage.js';

// Part of the page cache's keys (with Chromium's version, the hash of the code that runs in the page and
// the faces; each unit's key adds the document head, which holds the stylesheets, and its HTML): a change
// to how pages are cached, or to what Node does to a page around that code, starts the cache afresh.
const CACHE_VERSION = '2';

export interface PaginateOptions {
  jobs?: number | undefined;
  pageTimeout?: number | undefined;
  cache?: boolean | undefined;
  collect?: boolean | undefined;
  /** A variant's parts are cached apart (`.cache/pages.zh-Hant/`): its text is another. */
  variant?: { tag: string } | undefined;
  /** The session of a command that runs on, which keeps the pages of Chromium for its next build. */
  keep?: KeepSession | undefined;
  reporter: Reporter;
}

export interface Paginated {
  pagination: Pagination;
  parts: { laidOut: number; cached: number; pages: number };
  /** With `collect`: the layout and the fonts, for proofing. */
  collected?: { layout: LayoutFacts; fonts: UsedFont[] };
}

/** Lay out `htmlPath` (booklet.html, written to its temporary name in `outDir`; `htmlFile` its final name,
 *  for messages). */
export async function paginate(
  options: PaginateOptions,
  session: BrowserSession,
  book: { booklet: ResolvedBooklet; typeset: Typeset; published: Published; htmlPath: string; htmlFile: string; outDir: string; cover: boolean; prepare: () => void },
): Promise<Paginated> {
  const { reporter } = options;
  const { booklet, typeset, published, htmlPath, htmlFile, outDir } = book;
  const { html, images } = typeset;
  const chromium = await stage(reporter, phrase('stage.chromium'), () => session.starting!);
  // Chromium killed right after it started fails here first: say so, as in the pagination.
  const version = await chromium.browser.version().catch((error: unknown) => chromium.failIfQuit(error, htmlFile));
  const salt = `${version}\0${await layoutCode()}\0${CACHE_VERSION}\0${await facesKey(booklet)}`;
  // Keyed by the faces, not by this build's subsets of them: a part printed with other subsets has its
  // glyphs renumbered (remap-glyphs.ts), so an edit that brings in a new character leaves the other
  // parts' pages good.
  const unlinked = linkImages(html.html, images);
  const head = unlinked.slice(0, unlinked.indexOf('<body'));
  const units = splitUnits(html.tree, head, (markup) => linkImages(markup, images), salt);
  const cache = options.cache === false ? undefined : await openPageCache(join(outDir, '.cache', options.variant ? `pages.${options.variant.tag}` : 'pages'));
  book.prepare();
  let pagesSoFar = 0;
  const laidOut = await stage(reporter, phrase('stage.paginate'), () =>
    paginateBook(chromium, htmlPath, units, {
      ...(options.jobs ? { jobs: options.jobs } : {}),
      ...(options.pageTimeout ? { stallTimeout: options.pageTimeout } : {}),
      ...(cache ? { cache } : {}),
      collect: options.collect ?? false,
      cover: book.cover,
      width: booklet.page.width * PT_PER_MM,
      height: booklet.page.height * PT_PER_MM,
      fonts: new Map(published.fonts.map((f) => [f.face.postScriptName, f.from])),
      retainGids: published.retainGids,
      ...(session.firstPage ? { pages: [session.firstPage] } : {}),
      ...(options.keep ? { kept: options.keep.pages } : {}),
      step: (label) => {
        const end = reporter.stage(`  ${label}`, true);
        return (note?: string) => end('ok', note);
      },
      pagesLaidOut: (more) => reporter.laidOut((pagesSoFar += more)),
    }).catch((error: unknown) => chromium.failIfQuit(error, htmlFile)),
  );
  reporter.info(phrase('build.parts', { pages: laidOut.facts.pages.length, laidOut: laidOut.laidOut, parts: units.length, cached: laidOut.cached }));
  laidOut.warnings.forEach((m) => reporter.message(m));
  const result: Paginated = {
    pagination: { facts: laidOut.facts, pdf: laidOut.pdf, structure: laidOut.structure, cover: laidOut.cover },
    parts: { laidOut: laidOut.laidOut, cached: laidOut.cached, pages: laidOut.pages },
  };
  if (laidOut.layout && laidOut.fonts) result.collected = { layout: laidOut.layout, fonts: laidOut.fonts };
  return result;
}
