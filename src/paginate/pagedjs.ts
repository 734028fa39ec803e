// Lay out some units of the booklet HTML with Paged.js in one page of Chromium (its own renderer process,
// so its own core): load the page in print media, keep the units asked for, inject
// paged.polyfill.js (PagedConfig.auto = false), register our handler, run the preview and read back which
// unit each page belongs to. Then, once Node has numbered the whole book, print the page numbers and the
// PDF (finishUnits). What runs in the page is in-page/, loaded as one bundle (page-scripts.ts). Problems
// inside the page (console errors, failed requests) become warnings.
import { dirname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { VFileMessage } from 'vfile-message';
import { BookletError, createMessage, fail, firstLine } from '../diagnostics.js';
import { finalName } from '../output.js';
import { usedFonts, type UsedFont } from './used-fonts.js';
import { raceTimeout } from './race-timeout.js';
import type { WorkerPage } from './worker-pages.js';
import { callInPage, IN_PAGE_URL, loadInPage, PAGED_POLYFILL_URL } from './page-scripts.js';
import type { AdjustmentCost, AnchorFacts, LayoutFacts, LinkFacts, PageStructure, PaginationFacts, PaginationProgress, UnitPageFacts } from './in-page/bridge.js';
import { phrase } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';

export interface PaginateOptions {
  /** How long Paged.js may go without laying out a new page, in ms. Default 60 000. */
  stallTimeout?: number;
  /** Aborts the pagination (the page is closed). */
  signal?: AbortSignal;
  /** Also collect the line-by-line layout and the fonts Chromium used, for proofing. Default false. */
  collect?: boolean;
  /** Told when each step starts; calls the returned function when it ends, with a note of what it did
   *  (`--timings`). Default none. */
  step?: (label: string) => (note?: string) => void;
  /** Told how many more pages Paged.js has laid out, as it goes (the progress display). Default none. */
  pagesLaidOut?: (more: number) => void;
}

/** Units laid out in one page, not yet numbered; `finishUnits` numbers and prints them. */
export interface LaidOutUnits {
  page: Page;
  /** The Chromium the page is in. */
  chromium: WorkerPage['chromium'];
  crashed: Promise<never>;
  /** Done with its page of Chromium: closed, or kept for the next build (WorkerPage.close). */
  close: () => Promise<void>;
  /** The HTML file as the user knows it, for messages. */
  shown: string;
  /** The units it holds, in order. */
  units: number[];
  /** False when the stylesheets let a unit start elsewhere than on a recto: lay the book out whole. */
  independent: boolean;
  pages: UnitPageFacts[];
  /** Where each id landed (page: 1-based, in this page's document). */
  anchors: AnchorFacts[];
  warnings: VFileMessage[];
}

/** What a page of units gives once numbered and printed (page numbers: 1-based, in its document). */
export interface FinishedUnits {
  facts: PaginationFacts;
  links: LinkFacts[];
  /** What each page holds as the tagged PDF's structure. */
  structure: PageStructure[];
  pdf: Uint8Array;
  /** With `collect`: lines and characters of every block, and the fonts used. */
  layout?: LayoutFacts;
  fonts?: UsedFont[];
}

type PagedWindow = Window & {
  PagedConfig: { auto: boolean };
  PagedPolyfill: { preview: () => Promise<unknown> };
  bookletProgress: PaginationProgress;
  bookletAdjustments: AdjustmentCost;
};

/** Lay out the units `keep` of `htmlPath` (a file in the output folder, beside its fonts) in `worker`;
 *  `sizes` is the element count of every unit of the book. The caller closes the worker (WorkerPage.close). */
export async function layOutUnits(worker: WorkerPage, htmlPath: string, sizes: number[], keep: number[], options: PaginateOptions = {}): Promise<LaidOutUnits> {
  const stallTimeout = options.stallTimeout ?? 60_000;
  // Each step but the layout (which watches its own progress) is watched: a page whose browser stops
  // answering (a pool's node cut off) holds no call for ever.
  const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const done = options.step?.(label);
    const result = await answeredWithin(run(), stallTimeout, worker.chromium, shown);
    done?.();
    return result;
  };
  const { page } = worker;
  const warnings: VFileMessage[] = [];
  // Messages name the file the user will have (the page is loaded from its temporary twin).
  const shown = finalName(htmlPath);
  // The page loads twice over (as HTML, then as Paged.js re-adds the styles): report each problem once.
  const said = new Set<string>();
  const warn = (reason: Phrase, ruleId: string) => {
    const key = JSON.stringify(reason);
    if (!said.has(key)) warnings.push(createMessage(reason, { file: shown }, ruleId, { fatal: false }));
    said.add(key);
  };
  const blocked = guardPage(worker, htmlPath, warn);
  const abort = () => void worker.close();
  options.signal?.addEventListener('abort', abort, { once: true });

  try {
    await step('Load the HTML', async () => {
      await page.setRequestInterception(true);
      await loadBook(worker, htmlPath, shown, stallTimeout);
    });
    const independent = await step('Load Paged.js', async () => {
      await checkBody(page, sizes, shown);
      await loadInPage(page);
      const independent = await callInPage(page, 'keepUnits', [sizes, keep]);
      await loadPaged(page);
      return independent;
    });
    const laying = options.step?.('Lay out the pages');
    await runPreview(page, stallTimeout, shown, worker.crashed, options.pagesLaidOut);
    // What moving page breaks (handlers.ts keepLines and the like) took of the layout.
    const cost = await page.evaluate(() => (window as unknown as PagedWindow).bookletAdjustments);
    laying?.(`${cost.moved} page break${cost.moved === 1 ? '' : 's'} moved (widows, orphans, single lines) in ${Math.round(cost.ms)} ms`);
    const { pages, anchors } = await answeredWithin(callInPage(page, 'unitPages'), stallTimeout, worker.chromium, shown);
    for (const place of await answeredWithin(callInPage(page, 'placesOf', [...new Set(blocked)]), stallTimeout, worker.chromium, shown)) {
      const where = place.file ? { file: place.file, line: place.line } : { file: shown };
      const message = createMessage(phrase('page.blocked', { url: place.url }), where, 'page-request-blocked', { fatal: false, hint: phrase('page.blocked.hint') });
      warnings.push(message);
    }
    return { page, chromium: worker.chromium, crashed: worker.crashed, close: worker.close, shown, units: keep, independent, pages, anchors, warnings };
  } catch (error) {
    await worker.close();
    if (options.signal?.aborted) fail(phrase('paginate.cancelled'), { file: htmlPath }, 'paginate');
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
}

/** Report the page's console errors, script errors and failed loads (through `warn`), and let it load only
 *  files from the output folder (the HTML, its fonts and images) and the two scripts (page-scripts.ts): no
 *  network, no other file on the machine. Gives the list the blocked URLs are put in: they are reported
 *  with the manuscript line once the book is laid out. */
function guardPage(worker: WorkerPage, htmlPath: string, warn: (reason: Phrase, ruleId: string) => void): string[] {
  worker.listen('console', (message) => {
    if (message.type() === 'error') warn(phrase('page.console', { detail: message.text() }), 'page-console');
  });
  worker.listen('pageerror', (error) => warn(phrase('page.script', { detail: (error as Error).message ?? String(error) }), 'page-error'));
  const allowed = dirname(htmlPath) + sep;
  const blocked: string[] = [];
  worker.listen('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (url.startsWith('data:') || url === PAGED_POLYFILL_URL || url === IN_PAGE_URL || (url.startsWith('file://') && isInside(url, allowed))) void request.continue();
    else {
      blocked.push(url);
      // Paged.js fetches the stylesheets (and what they @import) itself, and fails on a failed fetch: it
      // gets an empty answer instead (the request still never leaves, and is reported below).
      if (['xhr', 'fetch'].includes(request.resourceType())) void request.respond({ status: 200, headers: { 'access-control-allow-origin': '*' }, contentType: 'text/css', body: '' });
      else void request.abort('blockedbyclient');
    }
  });
  worker.listen('requestfailed', (request) => {
    if (!blocked.includes(request.url())) warn(phrase('page.load-failed', { url: request.url(), detail: request.failure()?.errorText ?? 'failed' }), 'page-request');
  });
  return blocked;
}

/** The body must hold the elements the build typeset: a value that ends the head early (`</style>`)
 *  moves what follows into the body, and no split into parts (nor the whole book) would fit it. */
async function checkBody(page: Page, sizes: number[], shown: string): Promise<void> {
  const found = await page.evaluate(() => document.body.childElementCount);
  const typeset = sizes.reduce((sum, size) => sum + size, 0);
  if (found !== typeset) fail(phrase('html.broken-body', { n: found, count: typeset }), { file: shown }, 'paginate', phrase('html.broken-body.hint'));
}

/** Paged.js into the page, not started (PagedConfig.auto = false), with our handlers; the book shown (it
 *  was hidden while it loaded: worker-pages.ts). */
async function loadPaged(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as PagedWindow).PagedConfig = { auto: false };
  });
  await page.addScriptTag({ url: PAGED_POLYFILL_URL });
  await callInPage(page, 'installBookletHandlers');
  await page.evaluate(() => {
    document.adoptedStyleSheets = [];
  });
}

/** Load the book's HTML file into the page. A browser that cannot read it is one that does not share this
 *  machine's files (a pool's node elsewhere): one clear message, not Chromium's net:: error. */
async function loadBook(worker: WorkerPage, htmlPath: string, shown: string, timeout: number): Promise<void> {
  try {
    await worker.page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout });
  } catch (error) {
    if (!/ERR_FILE_NOT_FOUND|ERR_ACCESS_DENIED/.test(String(error))) throw error;
    fail(phrase('page.html-unreadable', { where: worker.chromium.where, dir: dirname(htmlPath) }), { file: shown }, 'paginate', phrase('page.html-unreadable.hint', { dir: dirname(htmlPath) }));
  }
}

/** Print the numbers Node worked out (`numbers[i]` for page i + 1; `targets`: id → number of its page),
 *  read the facts back and print the PDF. */
export async function finishUnits(
  laidOut: LaidOutUnits,
  numbers: number[],
  targets: Record<string, number>,
  options: { collect?: boolean; stallTimeout?: number | undefined } = {},
): Promise<FinishedUnits> {
  const { page } = laidOut;
  const finish = async () => {
    await callInPage(page, 'numberPages', [numbers, targets]);
    // Numbering moves nothing: the anchors are where the layout put them.
    const facts = { ...(await callInPage(page, 'measurePages')), anchors: laidOut.anchors };
    const links = await callInPage(page, 'collectLinks');
    const structure = await callInPage(page, 'collectStructure');
    const collected = options.collect ? { layout: await callInPage(page, 'collectLayout'), fonts: await usedFonts(page) } : {};
    const pdf = await printPdf(page);
    return { facts, links, structure, pdf, ...collected };
  };
  try {
    return await Promise.race([answeredWithin(finish(), options.stallTimeout ?? 60_000, laidOut.chromium, laidOut.shown), laidOut.crashed]);
  } catch (error) {
    if (error instanceof BookletError) throw error;
    if (await answers(page)) {
      fail(phrase('print.script-failed', { pages: laidOut.pages.length, detail: firstLine(error) }), { file: laidOut.shown }, 'print', phrase('print.script-failed.hint'));
    }
    fail(phrase('print.crashed', { pages: laidOut.pages.length, detail: firstLine(error) }), { file: laidOut.shown }, 'print', phrase('print.crashed.hint'));
  }
}

/** `call`, however long it takes while its browser answers; when `call` has not settled in `ms` ms and the
 *  browser gives no answer either (Chromium.answers: a node of a pool cut off, a stopped process), one
 *  message about `file`. A long print of a live browser is only waited for. */
async function answeredWithin<T>(call: Promise<T>, ms: number, chromium: WorkerPage['chromium'], file: string): Promise<T> {
  let answered = false;
  const settled = call.then(
    () => (answered = true),
    () => (answered = true),
  );
  for (;;) {
    await raceTimeout(settled, ms);
    if (answered) return call;
    const alive = await chromium.answers();
    if (answered) return call;
    if (!alive) fail(phrase('paginate.unanswered', { seconds: Math.round(ms / 1000) }), { file }, 'paginate', phrase('paginate.unanswered.hint'));
  }
}

/** Whether the page still runs scripts (within 2 s): a failed call into a live page was no crash. */
async function answers(page: Page): Promise<boolean> {
  return (await raceTimeout(page.evaluate(() => true).catch(() => false), 2_000)) === true;
}

/** Print the laid-out page with Chromium. */
export async function printPdf(page: Page, timeout = 120_000): Promise<Uint8Array> {
  return page.pdf({ preferCSSPageSize: true, printBackground: true, timeout, tagged: false, outline: false });
}

/** Whether a file:// URL names a file inside `dir` (which ends with a separator). */
function isInside(url: string, dir: string): boolean {
  try {
    return fileURLToPath(url).startsWith(dir);
  } catch {
    return false;
  }
}

/** Run Paged.js; fail if it lays out no new page for `stallTimeout` ms, naming the last page it did. */
async function runPreview(page: Page, stallTimeout: number, htmlPath: string, crashed: Promise<never>, pagesLaidOut?: (more: number) => void): Promise<void> {
  const done = Promise.race([page.evaluate(() => (window as unknown as PagedWindow).PagedPolyfill.preview().then(() => undefined)), crashed]);
  let settled = false;
  done.then(
    () => (settled = true),
    () => (settled = true),
  );
  let last: PaginationProgress = { pages: 0, last: '' };
  let lastChange = Date.now();
  while (!settled) {
    await raceTimeout(done.catch(() => undefined), 200);
    if (settled) break;
    const progress = await raceTimeout(
      page.evaluate(() => (window as unknown as PagedWindow).bookletProgress).catch(() => undefined),
      5_000,
    );
    if (progress && progress.pages !== last.pages) {
      pagesLaidOut?.(progress.pages - last.pages);
      last = progress;
      lastChange = Date.now();
    } else if (Date.now() - lastChange > stallTimeout) {
      const stalled = phrase('paginate.stalled', { seconds: Math.round(stallTimeout / 1000), page: last.pages, starts: last.last ?? '' });
      fail(stalled, { file: htmlPath }, 'paginate', phrase('paginate.stalled.hint'));
    }
  }
  try {
    await done;
  } catch (error) {
    if (error instanceof BookletError) throw error;
    // A page that still answers did not crash: a script (Paged.js) threw, on something in the book.
    if (await answers(page)) {
      fail(phrase('paginate.failed', { page: last.pages + 1, detail: firstLine(error) }), { file: htmlPath }, 'paginate', phrase('paginate.failed.hint'));
    }
    // The renderer died (crashed, or was killed): name where it was.
    const crashed = phrase('paginate.crashed', { page: last.pages + 1, starts: last.last ?? '', detail: firstLine(error) });
    fail(crashed, { file: htmlPath }, 'paginate', phrase('paginate.crashed.hint'));
  }
}
