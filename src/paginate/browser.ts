// The only module that starts Chromium. Debian's chromium-headless-shell by default, else its chromium
// (BOOKLET_CHROMIUM or CHROME_PATH override both); as root it needs --no-sandbox, and this machine's closed
// network wants the background services off.
//
// The headless shell is the same Blink without the browser's UI layer, built for automation: here it
// starts in 0.3 s where chromium takes 1.0 s, and closes in 0.1 s instead of 0.25 s.
import { access, constants } from 'node:fs/promises';
import puppeteer, { type Browser } from 'puppeteer-core';
import { fail } from '../diagnostics.js';
import { exitOnSignals } from '../stop-signals.js';
import { raceTimeout } from './race-timeout.js';
import { chromiumPath as pathOf, spawnChromium, takeEarly, type ChromiumProcess } from './chromium-process.js';

export { DEFAULT_CHROMIUMS } from './chromium-process.js';

export interface BrowserOptions {
  /** Path of the Chromium binary. Default: $BOOKLET_CHROMIUM, $CHROME_PATH, or the first of
   *  DEFAULT_CHROMIUMS that exists. */
  executablePath?: string;
  /** How long Chromium may take to start, in ms. Default 30 000. */
  timeout?: number;
}

/** The Chromium binary this run uses. */
export function chromiumPath(options: BrowserOptions = {}): string {
  return pathOf(options.executablePath);
}

/** The Chromium processes behind the browsers this process started (others it only connected to). */
const started = new WeakMap<Browser, ChromiumProcess>();

/** Whether this process started `browser` (so may use its first tab, and closes it when done). */
export function startedHere(browser: Browser): boolean {
  return started.has(browser);
}

/** Start headless Chromium (or take over the one the command started first thing: chromium-process.ts)
 *  and connect to it; a missing or broken binary is one clear message, not a stack trace. */
export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const executablePath = chromiumPath(options);
  const hint = 'Install it with `apt-get install chromium-headless-shell` (or run `make`), or set BOOKLET_CHROMIUM to a Chromium binary.';
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    fail(`Chromium not found at ${executablePath}`, { file: executablePath }, 'browser', hint);
  }
  const proc = takeEarly(executablePath) ?? spawnChromium(executablePath);
  try {
    const endpoint = await proc.endpoint(options.timeout ?? 30_000);
    // A long book keeps one protocol call (the Paged.js preview) busy for minutes; pagedjs.ts watches
    // progress and fails a real stall itself, so puppeteer's own limit is only a last resort.
    const browser = await puppeteer.connect({ browserWSEndpoint: endpoint, protocolTimeout: 60 * 60_000, defaultViewport: null });
    started.set(browser, proc);
    // A stop signal exits (or stops a watch gracefully); the exit hook kills Chromium.
    exitOnSignals();
    return browser;
  } catch (error) {
    proc.kill();
    fail(`Chromium failed to start: ${(error as Error).message.split('\n')[0]}`, { file: executablePath }, 'browser', hint);
  }
}

/** Use a Chromium that is already running (`ws://…` DevTools endpoint, or `http://host:port` of its
 *  --remote-debugging-port), such as a shared pool; release it with `releaseBrowser`. */
export async function connectBrowser(url: string, options: { timeout?: number } = {}): Promise<Browser> {
  // protocolTimeout (default an hour): as for a launched browser, pagedjs.ts watches for stalls itself.
  const endpoint = /^wss?:\/\//.test(url) ? { browserWSEndpoint: url } : /^https?:\/\//.test(url) ? { browserURL: url } : undefined;
  const hint = 'Give the ws:// endpoint Chromium prints, or http://HOST:PORT of its --remote-debugging-port.';
  if (!endpoint) fail(`Not a browser URL: ${url}`, { file: url }, 'browser', hint);
  try {
    return await puppeteer.connect({ ...endpoint, protocolTimeout: options.timeout ?? 60 * 60_000 });
  } catch (error) {
    fail(`Cannot reach the browser at ${url}: ${(error as Error).message.split('\n')[0]}`, { file: url }, 'browser', hint);
  }
}

/** Start Chromium, or connect to the one at `browserUrl` (the build and the CLI both start it so). */
export function startBrowser(options: { chromium?: string; browserUrl?: string }): Promise<Browser> {
  if (options.browserUrl) return connectBrowser(options.browserUrl);
  return launchBrowser(options.chromium ? { executablePath: options.chromium } : {});
}

/** Close a browser this process started (killing it after `timeout` ms, default 5 000); only disconnect
 *  from one it connected to (it goes on serving others). */
export async function releaseBrowser(browser: Browser, timeout = 5_000): Promise<void> {
  const proc = started.get(browser);
  if (!proc) return browser.disconnect();
  started.delete(browser);
  // A renderer that hangs (or was stopped) can hold up a polite close: then kill the whole group, so
  // that no Chromium process outlives the build.
  await raceTimeout(browser.close().catch(() => {}), timeout);
  // Even after a clean close: a renderer that was stopped outlives its browser (it cannot act on the
  // browser's exit). Chromium's processes share its process group.
  proc.kill();
}
