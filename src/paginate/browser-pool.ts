// The browsers one pagination lays out in, as one source of pages: the Chromium the build started (its
// first tab, then sibling Chromiums: worker-pages.ts), or a pool of running browsers the build connected
// to (`--browser-url` given more than once, booklet.yaml's `browsers:`), each page opened in the live
// browser that has the fewest of this pagination's pages. A browser that goes away mid-build leaves the
// pool: the parts it held are laid out again in the others (paginate-book.ts), and the build fails only
// when none is left.
import type { Chromium } from './browser.js';
import { openWorkerPage, type KeptPages, type WorkerPage } from './worker-pages.js';
import { raceTimeout } from './race-timeout.js';
import { fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';

export interface BrowserPool {
  /** The browsers still up, in the order given. */
  live(): Chromium[];
  /** A page for laying out: one opened early (the build's first page), else a new one in the live
   *  browser with the fewest pages of this pagination. Opening in a browser that went away tries the
   *  next; rejects when none is left. */
  open(): Promise<WorkerPage>;
  /** Whether `chromium` went away (the news of its closed connection is given 0.5 s to come): it is then
   *  out of the pool, and `lostOnes` names it. */
  gone(chromium: Chromium): Promise<boolean>;
  /** Whether `chromium` still answers (its version, within 5 s). A node cut off from the network keeps its
   *  connection open and never answers: it is then out of the pool, and disconnected. */
  answers(chromium: Chromium): Promise<boolean>;
  /** The browsers that went away during this pagination. */
  lostOnes(): Chromium[];
  /** Close the pages opened early and not used. */
  close(): Promise<void>;
}

/** How long a page may take to open (ms) before its browser is asked whether it answers at all. */
const OPEN_PATIENCE = 10_000;

/** A page already opening in one of the pool's browsers. */
export interface EarlyPage {
  chromium: Chromium;
  page: Promise<WorkerPage>;
}

/** What one pool knows: its browsers, how many of this pagination's pages each has, those lost. */
interface Pool {
  chromiums: readonly Chromium[];
  early: EarlyPage[];
  opened: Map<Chromium, number>;
  lost: Chromium[];
  kept: KeptPages | undefined;
  file: string;
}

/** A pool of `chromiums`. `early`: pages already opening (used first); `kept`: the pages a command that
 *  runs on keeps between builds (worker-pages.ts); `file`: the book's HTML, as messages name it. */
export function browserPool(chromiums: readonly Chromium[], options: { early?: EarlyPage[] | undefined; kept?: KeptPages | undefined; file: string }): BrowserPool {
  const pool: Pool = { chromiums, early: [...(options.early ?? [])], opened: new Map(chromiums.map((c) => [c, 0])), lost: [], kept: options.kept, file: options.file };
  return {
    live: () => live(pool),
    open: () => openEarly(pool),
    gone: (chromium) => gone(pool, chromium),
    answers: (chromium) => answers(pool, chromium),
    lostOnes: () => [...pool.lost],
    async close() {
      await Promise.all(pool.early.splice(0).map((p) => p.page.then((w) => w.close()).catch(() => {})));
    },
  };
}

const live = (pool: Pool) => pool.chromiums.filter((c) => !pool.lost.includes(c));

/** A browser out of the pool: once, though several of its pages fail at once. */
function leave(pool: Pool, chromium: Chromium): void {
  if (!pool.lost.includes(chromium)) pool.lost.push(chromium);
}

async function gone(pool: Pool, chromium: Chromium): Promise<boolean> {
  if (pool.lost.includes(chromium)) return true;
  const quit = !chromium.browser.connected || (await disconnects(chromium, 500));
  if (quit) leave(pool, chromium);
  return quit;
}

async function answers(pool: Pool, chromium: Chromium): Promise<boolean> {
  if (pool.lost.includes(chromium)) return false;
  if (await chromium.answers()) return true;
  leave(pool, chromium);
  if (!chromium.startedHere) void chromium.release().catch(() => {});
  return false;
}

/** The page opened early, when there is one left (the build's first page), else a new one. */
async function openEarly(pool: Pool): Promise<WorkerPage> {
  const ready = pool.early.shift();
  if (!ready) return openIn(pool);
  // Counted at once: pages asked for meanwhile go to the other browsers.
  pool.opened.set(ready.chromium, (pool.opened.get(ready.chromium) ?? 0) + 1);
  try {
    const page = await patiently(pool, ready.chromium, ready.page);
    if (!page) return nextAfterSilent(pool);
    if (page.chromium.browser.connected && !pool.lost.includes(page.chromium)) return page;
    void page.close();
  } catch (error) {
    // The only browser: its failure is the build's.
    if (pool.chromiums.length === 1) throw error;
  }
  return openIn(pool);
}

/** A new page in the live browser with the fewest of this pagination's pages. */
async function openIn(pool: Pool): Promise<WorkerPage> {
  // A browser known to be gone is never opened in again (nor made to start siblings).
  for (const chromium of live(pool)) if (!chromium.browser.connected) leave(pool, chromium);
  const candidates = live(pool).sort((a, b) => pool.opened.get(a)! - pool.opened.get(b)!);
  const chromium = candidates[0];
  if (!chromium) throw new Error('Chromium quit: no browser is left');
  pool.opened.set(chromium, pool.opened.get(chromium)! + 1);
  try {
    const page = await patiently(pool, chromium, openWorkerPage(chromium, pool.kept));
    if (page) return page;
  } catch (error) {
    if (candidates.length > 1 && (await gone(pool, chromium))) return openIn(pool);
    throw error;
  }
  return nextAfterSilent(pool);
}

/** `opening`, or (a node cut off from the network never opens the page, nor closes its connection)
 *  `undefined` when it is not open after a while and its browser does not answer: it is then left. */
async function patiently(pool: Pool, chromium: Chromium, opening: Promise<WorkerPage>): Promise<WorkerPage | undefined> {
  if ((await raceTimeout(opening.then(() => true), OPEN_PATIENCE)) === true || (await answers(pool, chromium))) return opening;
  void opening.then((page) => page.close(), () => {});
  return undefined;
}

/** After a browser that gave no answer: a page in another, else one clear message. */
function nextAfterSilent(pool: Pool): Promise<WorkerPage> {
  if (live(pool).length > 0) return openIn(pool);
  fail(phrase('paginate.unanswered', { seconds: OPEN_PATIENCE / 1000 }), { file: pool.file }, 'paginate', phrase('paginate.unanswered.hint'));
}

/** Whether `chromium`'s connection closes within `ms` ms. */
function disconnects(chromium: Chromium, ms: number): Promise<boolean> {
  const { browser } = chromium;
  return new Promise<boolean>((resolve) => {
    // on and off, not once: puppeteer's once wraps the handler, and off would miss it.
    const closed = () => settle(true);
    const timer = setTimeout(() => settle(false), ms);
    const settle = (quit: boolean) => {
      clearTimeout(timer);
      browser.off('disconnected', closed);
      resolve(quit || !browser.connected);
    };
    browser.on('disconnected', closed);
  });
}
