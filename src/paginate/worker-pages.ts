// The pages of Chromium that lay out parts of the book (pagedjs.ts), each on its own renderer thread, so
// its own core: the first tab of the Chromium we started, then the first tabs of sibling Chromiums (ours
// run as one process each: chromium-process.ts); in a shared Chromium (--browser-url), pages in browser
// contexts of their own. A single build opens them and closes them. A command that runs on (build --watch)
// keeps them between rebuilds in its session (KeptPages), blank and ready: starting a sibling takes
// ~0.4 s, and a renderer that has laid out before has Paged.js compiled and warm. (In a shared Chromium
// they are closed: nothing of ours stays open in someone else's.)
import type { Page, PageEvents } from 'puppeteer-core';
import { closeOnStop } from '../stop-signals.js';
import type { Chromium } from './browser.js';
import { raceTimeout } from './race-timeout.js';

/** A page of Chromium with a renderer of its own, ready for a book. */
export interface WorkerPage {
  page: Page;
  /** The Chromium it is in (of a pool: browser-pool.ts). */
  chromium: Chromium;
  /** Rejects when the page's renderer crashes or is killed (puppeteer's calls into it would wait on). */
  crashed: Promise<never>;
  /** Listen to the page for this book only: the listener is removed when the page is closed or kept. */
  listen<K extends keyof PageEvents>(event: K, handler: (event: PageEvents[K]) => void): void;
  /** Done with it: closed (its browser context, or the page if it is the browser's first tab), or made
   *  blank and kept for the next build (in KeptPages, if given). Only the first call acts: a later
   *  one (a stale reference from an earlier build) never touches the page again. Never rejects, and
   *  gives up after 2 s (a hung renderer): the browser is closed, or killed, after the build anyway. */
  close: () => Promise<void>;
}

/** An open page of Chromium, whichever build has it now. */
interface Opened {
  page: Page;
  crashed: Promise<never>;
  healthy: () => boolean;
  /** Close it for good. */
  end: () => Promise<void>;
}

/** Pages kept blank for the next build by a command that runs on (its KeepSession), by the Chromium they
 *  are in. */
export interface KeptPages {
  /** A page kept in `chromium`, taken out; undefined when none is left. */
  take(chromium: Chromium): Opened | undefined;
  keep(chromium: Chromium, opened: Opened): void;
  /** Close every kept page (when the command ends). */
  close(): Promise<void>;
}

/** No page kept yet. */
export function keptPages(): KeptPages {
  const kept = new Map<Chromium, Opened[]>();
  return {
    take(chromium) {
      // A Chromium that went away (the watch started another): its pages are of no use; their sibling
      // Chromiums, which may live on, are released.
      for (const [other, pages] of kept) {
        if (other === chromium || other.browser.connected) continue;
        kept.delete(other);
        pages.forEach((opened) => void opened.end());
      }
      return kept.get(chromium)?.pop();
    },
    keep(chromium, opened) {
      kept.set(chromium, [...(kept.get(chromium) ?? []), opened]);
    },
    async close() {
      const all = [...kept.values()].flat();
      kept.clear();
      await Promise.all(all.map((opened) => opened.end()));
    },
  };
}

/** A page for laying out units: a kept one, else a new one. Print media, twice the CSS resolution (the
 *  cover image; layout is in CSS px and does not change with it), and the book hidden until Paged.js lays
 *  it out (laying it out first as one long page is wasted: 0.8 s for 336 pages). The first worker of a
 *  browser we started takes its blank first tab, whose renderer is already running; the next ones start
 *  siblings. The build opens its first worker while it typesets. `kept`: the pages a command that runs on
 *  keeps for its next build, taken from and given back to (default none: every page is closed when done). */
export async function openWorkerPage(chromium: Chromium, kept?: KeptPages): Promise<WorkerPage> {
  for (let ready = kept?.take(chromium); ready; ready = kept?.take(chromium)) {
    // A kept page whose renderer died meanwhile is of no use.
    if (ready.healthy() && !ready.page.isClosed()) return lend(chromium, ready, kept);
    await ready.end();
  }
  const { page, close } = await openPage(chromium);
  // A crash of its renderer, or (ours runs as one process) its Chromium going away.
  const owner = page.browser();
  let quit = () => {};
  const crashed = new Promise<never>((_, reject) => {
    page.once('error', reject);
    quit = () => reject(new Error('Chromium quit'));
    owner.on('disconnected', quit); // not once: puppeteer's once wraps the handler, and off would miss it
  });
  let healthy = true;
  crashed.catch(() => (healthy = false));
  const opened: Opened = {
    page,
    crashed,
    healthy: () => healthy,
    end: () => {
      owner.off('disconnected', quit);
      return raceTimeout(close().catch(() => {}), 2_000).then(() => undefined);
    },
  };
  try {
    await page.setViewport({ width: 1024, height: 1024, deviceScaleFactor: 2 });
    await page.emulateMediaType('print');
    // Before any script of the page, in every frame: request interception (pagedjs.ts) does not see
    // WebSocket, WebTransport or WebRTC, nor a worker's requests, so a script that got in would reach the
    // network through them. The book needs none of them.
    await page.evaluateOnNewDocument(() => {
      for (const name of ['WebSocket', 'WebTransport', 'RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'Worker', 'SharedWorker']) {
        delete (window as unknown as Record<string, unknown>)[name];
      }
    });
    await page.evaluateOnNewDocument(() => {
      const hold = new CSSStyleSheet();
      hold.replaceSync('body { display: none !important; }');
      document.adoptedStyleSheets = [hold];
    });
    return lend(chromium, opened, kept);
  } catch (error) {
    await opened.end();
    throw error;
  }
}

/** A new page and how to close it for good. In a Chromium we started: its first tab, then the first tab
 *  of a sibling Chromium (one process each: chromium-process.ts), closed with it. Never the first tab of
 *  a browser we only connected to: that is someone else's; there, each page has a browser context. */
async function openPage(chromium: Chromium): Promise<{ page: Page; close: () => Promise<void> }> {
  if (!chromium.startedHere) {
    const context = await chromium.browser.createBrowserContext();
    // Stopped by a signal, the build still closes it: nothing of ours stays open in a shared Chromium.
    const forget = closeOnStop(() => context.close());
    const close = () => (forget(), context.close());
    try {
      return { page: await context.newPage(), close };
    } catch (error) {
      await close().catch(() => {});
      throw error;
    }
  }
  const firstTab = chromium.takeFirstTab();
  if (firstTab) {
    const page = await firstTab;
    return { page, close: () => page.close() };
  }
  const sibling = await chromium.startSibling();
  try {
    return { page: await sibling.takeFirstTab()!, close: () => sibling.release() };
  } catch (error) {
    await sibling.release();
    throw error;
  }
}

/** Hand `opened` to one build: a WorkerPage of its own, whose close acts once (and keeps it in `kept`, if
 *  given, when it can). */
function lend(chromium: Chromium, opened: Opened, kept: KeptPages | undefined): WorkerPage {
  const { page } = opened;
  const listeners: [keyof PageEvents, (event: unknown) => void][] = [];
  let lent = true;
  return {
    page,
    chromium,
    crashed: opened.crashed,
    listen(event, handler) {
      page.on(event, handler);
      listeners.push([event, handler as (event: unknown) => void]);
    },
    async close() {
      if (!lent) return;
      lent = false;
      const keep = kept && opened.healthy() && chromium.startedHere && (await blank(page, () => listeners.splice(0).forEach(([event, handler]) => page.off(event, handler))));
      if (keep) kept.keep(chromium, opened);
      else await opened.end();
    },
  };
}

/** Unload the book from a page to keep (its memory goes; the renderer stays): requests flow unpaused
 *  again before the build's listeners go (`unlisten`), so none is left waiting. Whether it worked. */
async function blank(page: Page, unlisten: () => void): Promise<boolean> {
  const unloading = (async () => {
    await page.setRequestInterception(false);
    unlisten();
    await page.goto('about:blank');
    return true;
  })().catch(() => false);
  return (await raceTimeout(unloading, 2_000)) === true;
}
