// The only module that starts Chromium. Debian's chromium-headless-shell by default, else its chromium
// (BOOKLET_CHROMIUM or CHROME_PATH override both); as root it needs --no-sandbox, and this machine's closed
// network wants the background services off.
//
// The headless shell is the same Blink without the browser's UI layer, built for automation: here it
// starts in 0.3 s where chromium takes 1.0 s, and closes in 0.1 s instead of 0.25 s.
import { existsSync } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { basename } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { fail } from '../diagnostics.js';

/** The binaries tried, in order, when none is named (the shell's real binary: /usr/bin's is a wrapper). */
export const DEFAULT_CHROMIUMS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--allow-file-access-from-files',
  '--font-render-hinting=none',
];

export interface BrowserOptions {
  /** Path of the Chromium binary. Default: $BOOKLET_CHROMIUM, $CHROME_PATH, or the first of
   *  DEFAULT_CHROMIUMS that exists. */
  executablePath?: string;
  /** How long Chromium may take to start, in ms. Default 30 000. */
  timeout?: number;
  /** Let puppeteer kill Chromium and exit (130) on Ctrl-C, SIGTERM and SIGHUP. Default true; false when
   *  the caller stops Chromium itself (`build --watch` closes it and exits 0). */
  handleSignals?: boolean;
}

/** The Chromium binary this run uses. */
export function chromiumPath(options: BrowserOptions = {}): string {
  return (
    options.executablePath ??
    process.env['BOOKLET_CHROMIUM'] ??
    process.env['CHROME_PATH'] ??
    DEFAULT_CHROMIUMS.find((path) => existsSync(path)) ??
    DEFAULT_CHROMIUMS.at(-1)!
  );
}

/** Start headless Chromium; a missing or broken binary is one clear message, not a stack trace. */
export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const executablePath = chromiumPath(options);
  const hint = 'Install it with `apt-get install chromium-headless-shell` (or run `make`), or set BOOKLET_CHROMIUM to a Chromium binary.';
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    fail(`Chromium not found at ${executablePath}`, { file: executablePath }, 'browser', hint);
  }
  try {
    return await puppeteer.launch({
      executablePath,
      // The shell takes the old `--headless`; chromium the new one.
      headless: basename(executablePath).includes('headless-shell') ? 'shell' : true,
      args: ARGS,
      timeout: options.timeout ?? 30_000,
      handleSIGINT: options.handleSignals ?? true,
      handleSIGTERM: options.handleSignals ?? true,
      handleSIGHUP: options.handleSignals ?? true,
      // A long book keeps one protocol call (the Paged.js preview) busy for minutes; pagedjs.ts watches
      // progress and fails a real stall itself, so puppeteer's own limit is only a last resort.
      protocolTimeout: 60 * 60_000,
    });
  } catch (error) {
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
export function startBrowser(options: { chromium?: string; browserUrl?: string; handleSignals?: boolean }): Promise<Browser> {
  if (options.browserUrl) return connectBrowser(options.browserUrl);
  return launchBrowser({ ...(options.chromium ? { executablePath: options.chromium } : {}), ...(options.handleSignals === false ? { handleSignals: false } : {}) });
}

/** Close a browser this process started (killing it after `timeout` ms, default 5 000); only disconnect
 *  from one it connected to (it goes on serving others). */
export async function releaseBrowser(browser: Browser, timeout = 5_000): Promise<void> {
  const child = browser.process();
  if (!child) return browser.disconnect();
  // A renderer that hangs (or was stopped) can hold up a polite close: then kill the whole group, so
  // that no Chromium process outlives the build.
  let timer: NodeJS.Timeout | undefined;
  const closed = await Promise.race([
    browser.close().then(() => true, () => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(resolve, timeout, false))),
  ]);
  clearTimeout(timer);
  // Even after a clean close: a renderer that was stopped outlives its browser (it cannot act on the
  // browser's exit). Chromium's processes share its process group.
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    if (!closed) child.kill('SIGKILL');
  }
}
