// The pages of Chromium that lay out parts of the book (pagedjs.ts), each with its own renderer process,
// so its own core. A single build opens them and closes them. A command that runs on (build --watch)
// keeps them between rebuilds, blank and ready: opening one in a new browser context takes 0.35–0.45 s,
// and a renderer that has laid out before has Paged.js compiled and its code warm.
import type { Browser, Page, PageEvents } from 'puppeteer-core';
import { isLongRunning } from '../long-running.js';
import { startedHere } from './browser.js';
import { raceTimeout } from './race-timeout.js';

/** A page of Chromium with its own renderer process, ready for a book. */
export interface WorkerPage {
  page: Page;
  /** Rejects when the page's renderer crashes or is killed (puppeteer's calls into it would wait on). */
  crashed: Promise<never>;
  /** Listen to the page for this book only: the listener is removed when the page is closed or kept. */
  listen<K extends keyof PageEvents>(event: K, handler: (event: PageEvents[K]) => void): void;
  /** Done with it: closed (its browser context, or the page if it is the browser's first tab), or, in a
   *  command that runs on, made blank and kept for the next build. Never rejects, and gives up after 2 s
   *  (a hung renderer): the browser is closed, or killed, after the build anyway. */
  close: () => Promise<void>;
}

/** Browsers whose first tab a worker has taken. */
const firstTabTaken = new WeakSet<Browser>();
/** Pages kept blank for the next build, by browser (`take` hands one out again). */
const kept = new WeakMap<Browser, { take: () => WorkerPage }[]>();

/** A page for laying out units: a kept one, else a new one. Print media, twice the CSS resolution (the
 *  cover image; layout is in CSS px and does not change with it), and the book hidden until Paged.js lays
 *  it out (laying it out first as one long page is wasted: 0.8 s for 336 pages). The first worker of a
 *  browser we started takes its blank first tab, whose renderer is already running. The build opens its
 *  first worker while it typesets. */
export async function openWorkerPage(browser: Browser): Promise<WorkerPage> {
  const ready = kept.get(browser)?.pop();
  if (ready) return ready.take();
  // Never the first tab of a browser we only connected to: that is someone else's.
  const ours = startedHere(browser) && !firstTabTaken.has(browser);
  if (ours) firstTabTaken.add(browser);
  const tab = ours ? (await browser.pages())[0] : undefined;
  const context = tab ? undefined : await browser.createBrowserContext();
  const page = tab ?? (await context!.newPage());
  const end = () => raceTimeout((context ? context.close() : page.close()).catch(() => {}), 2_000).then(() => undefined);
  let healthy = true;
  // Closed twice (the build closes its first page again in case it went unused): kept once.
  let inUse = true;
  const crashed = new Promise<never>((_, reject) => page.once('error', reject));
  crashed.catch(() => (healthy = false));
  const listeners: [keyof PageEvents, (event: unknown) => void][] = [];
  const worker: WorkerPage = {
    page,
    crashed,
    listen(event, handler) {
      page.on(event, handler);
      listeners.push([event, handler as (event: unknown) => void]);
    },
    async close() {
      if (!inUse) return;
      inUse = false;
      for (const [event, handler] of listeners.splice(0)) page.off(event, handler);
      if (healthy && isLongRunning() && (await blank(page))) {
        kept.set(browser, [...(kept.get(browser) ?? []), { take: () => ((inUse = true), worker) }]);
        return;
      }
      await end();
    },
  };
  try {
    await page.setViewport({ width: 1024, height: 1024, deviceScaleFactor: 2 });
    await page.emulateMediaType('print');
    await page.evaluateOnNewDocument(() => {
      const hold = new CSSStyleSheet();
      hold.replaceSync('body { display: none !important; }');
      document.adoptedStyleSheets = [hold];
    });
    return worker;
  } catch (error) {
    await end();
    throw error;
  }
}

/** Unload the book from a page to keep (its memory goes; the renderer stays): whether that worked. */
async function blank(page: Page): Promise<boolean> {
  const unloading = (async () => {
    await page.setRequestInterception(false);
    await page.goto('about:blank');
    return true;
  })().catch(() => false);
  return (await raceTimeout(unloading, 2_000)) === true;
}
