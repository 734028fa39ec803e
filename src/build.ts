// The whole booklet: read → html → paginate → pdf (screen, print) → write. One browser for the build.
import { join, resolve } from 'node:path';
import { BookletError, type Reporter } from './diagnostics.js';
import { phrase } from './ui/catalogue.js';
import type { Phrase } from './ui/phrase.js';
import { lintBook } from './manuscript/lint-book.js';
import { BODY_FACE } from './manuscript/lint-files.js';
import { writeCachedCoverage } from './proof/fonts.js';
import { loadBooklet } from './config/load.js';
import { checkSettingIds } from './config/setting-ids.js';
import { RULES } from './manuscript/lint/index.js';
import { readManuscripts } from './manuscript/read.js';
import { renderHtml } from './html/render-html.js';
import { FONT_FILE, linkFonts, subsetFonts } from './html/subset-fonts.js';
import { faceIdentity } from './html/fonts.js';
import { readImages } from './html/read-images.js';
import { imageUrl } from './html/rehype-images.js';
import { openOutput } from './output.js';
import type { Browser } from 'puppeteer-core';
import { failIfChromiumQuit, releaseBrowser, startBrowser } from './paginate/browser.js';
import { EDITIONS, editionFile, fontFolder, needsBrowser, type Edition } from './editions.js';
import type { VariantBuild } from './variant/variant-build.js';
import { LAYOUT_CODE, type UsedFont } from './paginate/pagedjs.js';
import { openWorkerPage, type WorkerPage } from './paginate/worker-pages.js';
import { paginateBook } from './paginate/paginate-book.js';
import { splitUnits } from './paginate/units.js';
import { openPageCache } from './paginate/page-cache.js';
import { PT_PER_MM, typeArea } from './html/page-geometry.js';
import { pdfMetadata } from './paginate/pdf-metadata.js';
import type { LayoutFacts, PaginationFacts } from './paginate/in-page/bridge.js';
import type { ResolvedBooklet } from './config/resolve.js';
import type { Manuscript } from './manuscript/read.js';
import type { RenderedHtml } from './html/render-html.js';
import { isLongRunning } from './long-running.js';

export { EDITIONS, EDITION_FILES, type Edition } from './editions.js';

// Part of the page cache's keys (with Chromium's version and the layout code): a change to how pages are
// cached starts the cache afresh.
const CACHE_VERSION = '1';

export interface BuildOptions {
  /** The folder with booklet.yaml. Default `manuscripts`. */
  dir: string;
  /** The output folder. Default: booklet.yaml's `output:`, else `output/` in the booklet folder. */
  out?: string | undefined;
  /** Which editions to make; the HTML is always made (the others are made from it). Default all. */
  editions?: readonly Edition[];
  reporter: Reporter;
  /** Chromium binary (default: $BOOKLET_CHROMIUM, else Debian's chromium-headless-shell or chromium). */
  chromium?: string;
  /** Collect the layout and fonts for proofing (slower). Default false. */
  collect?: boolean;
  /** Pages of Chromium laying out parts of the book at once. Default: the number of cores. */
  jobs?: number;
  /** How long Paged.js may go without laying out a page, in ms. Default 60 000. */
  pageTimeout?: number;
  /** Use and keep laid-out parts in `<out>/.cache/pages/`. Default true. */
  cache?: boolean;
  /** Lint the manuscripts first: warnings are shown, errors stop the build. Default true. */
  lint?: boolean;
  /** A running Chromium to use instead of starting one: `ws://…` or `http://host:port`. Default none. */
  browserUrl?: string;
  /** A Chromium already starting or connecting (the CLI starts it while it loads the pipeline); the build
   *  releases it (closes it, or disconnects from a browser it did not start). Default: the build starts
   *  or connects one itself, as soon as it begins. */
  browser?: Promise<Browser>;
  /** Leave the browser running after the build (`build --watch` reuses it); the build is done with the
   *  pages it opened (closed, or kept blank for the next build: worker-pages.ts). Default false. */
  keepBrowser?: boolean;
  /** Make a Traditional variant instead: converted text, its tag in the file names (src/variant/).
   *  Default none. */
  variant?: VariantBuild;
}

export interface BuildResult {
  written: string[];
  pagination?: PaginationFacts;
  /** The parts of the book laid out in this build, taken from the cache, and the pages of Chromium used. */
  parts?: { laidOut: number; cached: number; pages: number };
  /** With `collect`: what proofing needs from the build. */
  collected?: {
    booklet: ResolvedBooklet;
    manuscripts: Manuscript[];
    html: RenderedHtml;
    layout: LayoutFacts;
    fonts: UsedFont[];
    /** The files written, by edition. */
    files: Partial<Record<Edition, string>>;
  };
}

/** Build the editions of the booklet in `options.dir` into `options.out`. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const { reporter } = options;
  const editions = new Set(options.editions ?? EDITIONS);
  // Chromium starts while the manuscripts are read and typeset.
  const starting = needsBrowser(editions) ? (options.browser ?? startBrowser(options)) : undefined;
  starting?.catch(() => {}); // a failed start is reported where the build waits for it
  const closer: Closer = {};
  try {
    return await buildWith(options, editions, starting, closer);
  } finally {
    const browser = await starting?.catch(() => undefined);
    // A browser we only connected to stays up: close what we opened in it (the first page, if unused).
    await closer.pages?.then((page) => page.close()).catch(() => {});
    if (!options.keepBrowser) await stage(reporter, phrase('stage.close'), () => (closer.closing ?? (browser ? releaseBrowser(browser) : Promise.resolve())).catch(() => {}));
  }
}

/** Releases the browser (once), and the page opened early if the build stopped before using it. */
type Closer = { closing?: Promise<void>; pages?: Promise<WorkerPage> };

async function buildWith(options: BuildOptions, editions: Set<Edition>, starting: Promise<Browser> | undefined, closer: Closer): Promise<BuildResult> {
  const { reporter } = options;
  // A page of Chromium opens while the manuscripts are read and typeset (0.2–0.4 s).
  const firstPage = starting?.then((browser) => openWorkerPage(browser));
  firstPage?.catch(() => {});
  closer.pages = firstPage;
  const { variant } = options;
  const booklet = await stage(reporter, phrase('stage.config'), () => loadBooklet(options.dir).then((b) => variant?.booklet(b) ?? b));
  // Also with --no-lint: a misspelt rule id in booklet.yaml is a mistake either way.
  reporter.preferUi(booklet.ui);
  checkSettingIds(booklet, 'lint', RULES.map((r) => r.id));
  const manuscripts = await stage(reporter, phrase('stage.manuscripts', { n: booklet.articles.length }), () => readManuscripts(booklet, process.cwd(), variant?.text));
  const outDir = options.out ? resolve(options.out) : booklet.output;
  const cacheDir = join(outDir, '.cache');
  // Read from the cache; a map read afresh is kept only once the build has succeeded.
  let freshCoverage: Set<number> | undefined;
  if (options.lint !== false) {
    const lint = await stage(reporter, phrase('stage.lint'), () => lintBook(booklet, manuscripts, cacheDir));
    freshCoverage = lint.fresh;
    lint.messages.filter((m) => !m.fatal).forEach((m) => reporter.message(m));
    const errors = lint.messages.filter((m) => m.fatal);
    if (errors.length > 0) {
      errors.forEach((m) => (m.note = m.note ?? 'Fix it (`booklet lint --fix` repairs what is safe), turn the rule off in booklet.yaml, or build with --no-lint.'));
      throw new BookletError(errors);
    }
  }
  const html = await stage(reporter, phrase('stage.html'), () => renderHtml(booklet, manuscripts));
  html.messages.forEach((m) => reporter.message(m));
  const images = await stage(reporter, phrase('stage.images'), () => readImages(html.images, typeArea(booklet.page)));
  images.messages.filter((m) => !m.fatal).forEach((m) => reporter.message(m));
  if (images.messages.some((m) => m.fatal)) throw new BookletError(images.messages.filter((m) => m.fatal));

  const output = await openOutput(outDir);
  try {
    // Glyphs numbered afresh (smaller subsets: faster to load and print), but kept at the faces' ids in a
    // command that runs on, whose every edit reuses the other parts' printed pages (subset-face.ts).
    const retainGids = isLongRunning();
    const subsets = await stage(reporter, phrase('stage.fonts'), () => subsetFonts(html.html, join(output.dir, '.cache'), { retainGids }));
    const fonts = subsets.map((f) => ({ ...f, to: f.to.replace(/^fonts\//, `${fontFolder(variant?.tag)}/`) }));
    await output.copyAssets(fonts);
    // The bytes read and checked (an SVG image's sanitized copy), not the file as it may be by now.
    await output.copyAssets(images.files.map((image) => ({ from: image.data, to: image.hashed })));
    // What the user's stylesheets load, under the names their CSS in booklet.html already gives.
    await output.copyAssets(html.styleAssets);
    const linked = linkImages(linkFonts(html.html, fonts), images.files);
    const htmlPath = await output.write(editionFile('html', variant?.tag), linked);
    let pagination: PaginationFacts | undefined;
    let parts: BuildResult['parts'];
    let cover: Uint8Array | undefined;
    let collected: { layout: LayoutFacts; fonts: UsedFont[] } | undefined;
    const meta = pdfMetadata(booklet, html.articles.map((a) => a.meta));
    // The EPUB needs the pagination too: its page list cites the printed pages.
    if (starting) {
      const browser = await stage(reporter, phrase('stage.chromium'), () => starting);
      // Chromium killed right after it started fails here first: say so, as in the pagination.
      const version = await browser.version().catch((error: unknown) => failIfChromiumQuit(error, browser, join(output.dir, editionFile('html', variant?.tag))));
      const salt = `${version}\0${LAYOUT_CODE}\0${CACHE_VERSION}\0${await faceIdentity()}`;
      // Keyed by the faces, not by this build's subsets of them: a part printed with other subsets has
      // its glyphs renumbered (remap-glyphs.ts), so an edit that brings in a new character leaves the
      // other parts' pages good.
      const unlinked = linkImages(html.html, images.files);
      const head = unlinked.slice(0, unlinked.indexOf('<body'));
      const units = splitUnits(html.tree, head, (markup) => linkImages(markup, images.files), salt);
      const cache = options.cache === false ? undefined : await openPageCache(join(output.dir, '.cache', variant ? `pages.${variant.tag}` : 'pages'));
      // What finishes the editions loads while Chromium lays out.
      const finishing = Promise.all([import('./paginate/pdf.js'), import('./paginate/print-edition.js')]);
      finishing.catch(() => {});
      let pagesSoFar = 0;
      const laidOut = await stage(reporter, phrase('stage.paginate'), () =>
        paginateBook(browser, htmlPath, units, {
          ...(options.jobs ? { jobs: options.jobs } : {}),
          ...(options.pageTimeout ? { stallTimeout: options.pageTimeout } : {}),
          ...(cache ? { cache } : {}),
          collect: options.collect ?? false,
          cover: editions.has('epub'),
          width: booklet.page.width * PT_PER_MM,
          height: booklet.page.height * PT_PER_MM,
          fonts: new Map(fonts.map((f) => [f.face.postScriptName, f.from])),
          retainGids,
          ...(firstPage ? { pages: [firstPage] } : {}),
          step: (label) => {
            const end = reporter.stage(`  ${label}`, true);
            return (note?: string) => end('ok', note);
          },
          pagesLaidOut: (more) => reporter.laidOut((pagesSoFar += more)),
        }).catch((error: unknown) => failIfChromiumQuit(error, browser, join(output.dir, editionFile('html', variant?.tag)))),
      );
      reporter.info(phrase('build.parts', { pages: laidOut.facts.pages.length, laidOut: laidOut.laidOut, parts: units.length, cached: laidOut.cached }));
      if (laidOut.layout && laidOut.fonts) collected = { layout: laidOut.layout, fonts: laidOut.fonts };
      laidOut.warnings.forEach((m) => reporter.message(m));
      pagination = laidOut.facts;
      parts = { laidOut: laidOut.laidOut, cached: laidOut.cached, pages: laidOut.pages };
      cover = laidOut.cover;
      // Chromium is done: it shuts down while pdf-lib finishes the PDFs and the EPUB is packed.
      if (!options.keepBrowser) closer.closing = releaseBrowser(browser);
      if (editions.has('screen') || editions.has('print')) {
        const [{ finishScreenPdf, outlineFromFacts }, { makePrintEdition }] = await finishing;
        const trim = { width: booklet.page.width, height: booklet.page.height };
        const outline = outlineFromFacts(
          laidOut.facts,
          html.articles.map((a) => ({ id: a.meta.id, sections: a.headings.filter((h) => h.depth === 2).map((h) => h.id) })),
        );
        const screen = await stage(reporter, phrase('stage.screen'), () => finishScreenPdf(laidOut.pdf, meta, trim, laidOut.facts, outline));
        if (editions.has('screen')) await output.write(editionFile('screen', variant?.tag), screen);
        if (editions.has('print')) {
          const print = await stage(reporter, phrase('stage.print'), () => makePrintEdition(screen, trim, meta));
          await output.write(editionFile('print', variant?.tag), print);
        }
      }
    }
    if (editions.has('epub')) {
      const { packageEpub } = await import('./epub/package-epub.js');
      const epub = await stage(reporter, phrase('stage.epub'), () =>
        packageEpub({ booklet, tree: html.tree, articles: html.articles, pagination, cover, fonts, images: images.files, date: meta.date, report: (m) => reporter.message(m) }),
      );
      await output.write(editionFile('epub', variant?.tag), epub);
    }
    const written = await output.commit();
    if (freshCoverage) await writeCachedCoverage(BODY_FACE, cacheDir, freshCoverage);
    // Font subsets no longer used by the new booklet.html (only those: the folder may be the user's).
    await output.prune(fontFolder(variant?.tag), fonts.map((f) => f.to), FONT_FILE);
    const result: BuildResult = pagination ? { written, pagination } : { written };
    if (parts) result.parts = parts;
    if (collected) {
      const files = Object.fromEntries([...editions].map((e) => [e, resolve(output.dir, editionFile(e, variant?.tag))]));
      result.collected = { booklet, manuscripts, html, ...collected, files };
    }
    return result;
  } catch (error) {
    await output.abort();
    throw error;
  }
}

/** Markup with its image links pointing at the content-named copies. */
function linkImages(markup: string, files: { to: string; hashed: string }[]): string {
  return files.reduce((doc, image) => doc.replaceAll(`src="${imageUrl(image.to)}"`, `src="${imageUrl(image.hashed)}"`), markup);
}

async function stage<T>(reporter: Reporter, label: string | Phrase, run: () => Promise<T>): Promise<T> {
  const done = reporter.stage(label);
  try {
    const result = await run();
    done('ok');
    return result;
  } catch (error) {
    done('fail');
    throw error;
  }
}
