// The whole booklet, as a pipeline: read → lint → typeset → paginate (only when an edition asked for needs
// it) → write each edition (editions/: one module each) → commit, all or none. One browser for the build.
import { join, resolve } from 'node:path';
import { openOutput } from './output.js';
import { chosenEditions, editionFile, needsCover, needsPagination, withNeeded } from './editions/index.js';
import { pdfMetadata } from './paginate/pdf-metadata.js';
import { openSession, type BrowserSession } from './build/session.js';
import { lintStage, readBook } from './build/read.js';
import { publishAssets, typeset } from './build/typeset.js';
import { pageCacheDir, paginate, type Paginated } from './paginate/paginate.js';
import { bookToPaginate } from './build/book-to-paginate.js';
import { editionMaker } from './build/write-editions.js';
import { FONT_FILE, fontFolder } from './build/faces.js';
import { openCoverage } from './html/font-coverage.js';
import type { BuildOptions, BuildResult } from './build/options.js';

export type { BuildOptions, BuildResult } from './build/options.js';

/** Build the editions of the booklet in `options.dir` into `options.out`. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  // Chromium starts while the manuscripts are read and typeset; editions from booklet.yaml are not known yet.
  const session = openSession(options, options.editions === undefined || needsPagination(chosenEditions(options.editions)));
  try {
    return await pipeline(options, session);
  } finally {
    await session.end();
  }
}

async function pipeline(options: BuildOptions, session: BrowserSession): Promise<BuildResult> {
  const { reporter } = options;
  const variant = options.variant?.tag;
  const { manuscripts, editions, paged, outDir, maps, book } = await readAndTypeset(options, session);
  // From here on, the booklet with the faces its document loads.
  const { booklet } = book;
  const output = await openOutput(outDir);
  try {
    const published = await publishAssets(output, booklet, book, reporter, variant, options.keep?.subsetter);
    const meta = pdfMetadata(booklet, book.html.articles.map((a) => a.meta));
    const maker = editionMaker({ booklet, manuscripts, html: book.html, linked: published.linked, fonts: published.fonts, images: book.images, meta, variant, signal: options.signal }, output, reporter);
    // The editions made from the tree alone first: Chromium lays out booklet.html from its file.
    const paths = await maker.write(editions.filter((name) => !paged.includes(name)));
    let laidOut: Paginated | undefined;
    if (paged.length > 0) {
      const htmlFile = join(output.dir, editionFile('html', variant));
      laidOut = await paginate(
        await bookToPaginate(book, published, paths.get('html')!, htmlFile, needsCover(editions)),
        {
          engine: options.engine ?? booklet.engine,
          browsers: session.starting!,
          firstPage: session.firstPage,
          jobs: options.jobs,
          pageTimeout: options.pageTimeout,
          cacheDir: options.cache === false ? undefined : pageCacheDir(output.dir, variant),
          collect: options.collect,
          kept: options.keep?.pages,
          // What finishes the editions loads while Chromium lays out.
          started: () => maker.prepare(paged),
          reporter,
        },
      );
      // Chromium is done: it shuts down while pdf-lib finishes the PDFs and the EPUB is packed.
      session.release();
      maker.facts.pagination = laidOut.pagination;
      await maker.write(editions.filter((name) => paged.includes(name)));
    }
    const written = await output.commit();
    await maps.keep();
    // Font subsets no longer used by the new booklet.html (only those: the folder may be the user's).
    await output.prune(fontFolder(variant), published.fonts.map((f) => f.to), FONT_FILE);
    return resultOf({ written, editions }, laidOut, { booklet, manuscripts, html: book.html }, (e) => resolve(output.dir, editionFile(e, variant)));
  } catch (error) {
    await output.abort();
    throw error;
  }
}

/** What the build gives back: what it wrote, and what the pagination found (with `collect`, what proofing
 *  needs: `file` names each edition's file). */
function resultOf(result: BuildResult, laidOut: Paginated | undefined, book: Omit<NonNullable<BuildResult['collected']>, 'layout' | 'fonts' | 'files'>, file: (edition: string) => string): BuildResult {
  if (laidOut) Object.assign(result, { pagination: laidOut.pagination.facts, parts: laidOut.parts });
  if (laidOut?.collected) {
    const files = Object.fromEntries(result.editions.map((e) => [e, file(e)]));
    result.collected = { ...book, ...laidOut.collected, files };
  }
  return result;
}

/** Read the booklet (its pool of browsers, if it names one, taking the place of the Chromium started
 *  first), lint it and typeset it; the editions asked for, and those of them that need the pagination. */
async function readAndTypeset(options: BuildOptions, session: BrowserSession) {
  const read = await readBook(options);
  const { manuscripts } = read;
  const editions = chosenEditions(['html', ...(options.editions ?? read.booklet.editions)]);
  const paged = withNeeded(editions).filter((name) => needsPagination([name]));
  if (paged.length === 0) session.release();
  else session.use(read.booklet.browsers);
  const outDir = options.out ? resolve(options.out) : read.booklet.output;
  // The faces' character maps, read once (kept in the cache once the build is good): the lint's, and
  // those that choose the fallback faces.
  const maps = openCoverage(join(outDir, '.cache'));
  if (options.lint !== false) await lintStage(read.booklet, manuscripts, maps, options.reporter, options.keep?.findings);
  const book = await typeset(read.booklet, manuscripts, options.reporter, maps);
  return { manuscripts, editions, paged, outDir, maps, book };
}
