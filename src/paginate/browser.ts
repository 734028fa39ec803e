// The only module that starts Chromium. Debian's chromium-headless-shell by default, else its chromium
// (BOOKLET_CHROMIUM or CHROME_PATH override both); as root it needs --no-sandbox, and this machine's closed
// network wants the background services off.
//
// The headless shell is the same Blink without the browser's UI layer, built for automation: here it
// starts in 0.3 s where chromium takes 1.0 s, and closes in 0.1 s instead of 0.25 s.
import { access, constants } from 'node:fs/promises';
import puppeteer, { type Browser, type ConnectOptions } from 'puppeteer-core';
import { BookletError, fail, firstLine } from '../diagnostics.js';
import { exitOnSignals } from '../stop-signals.js';
import { raceTimeout } from './race-timeout.js';
import { chromiumPath as pathOf, DEFAULT_CHROMIUMS, PATH_CHROMIUMS, spawnChromium, takeEarly, type ChromiumProcess } from './chromium-process.js';
import { phrase } from '../ui/catalogue.js';

export { DEFAULT_CHROMIUMS } from './chromium-process.js';

export interface BrowserOptions {
  /** Path of the Chromium binary. Default: $BOOKLET_CHROMIUM, $CHROME_PATH, or the first of
   *  DEFAULT_CHROMIUMS that exists. */
  executablePath?: string;
  /** How long Chromium may take to start, in ms. Default 30 000. */
  timeout?: number;
}

/** The Chromium binary this run uses; `undefined` when none was named and none is installed. */
export function chromiumPath(options: BrowserOptions = {}): string | undefined {
  return pathOf(options.executablePath);
}

/** The Chromium processes behind the browsers this process started (others it only connected to). */
const started = new WeakMap<Browser, ChromiumProcess>();

/** Chromiums started for more pages of layout than a browser we started has (startSibling). */
const siblings = new WeakMap<Browser, Set<Browser>>();

/** Browsers being released by us: their connection ends as it should. */
const releasing = new WeakSet<Browser>();
/** Whether a browser's Chromium, or a sibling's, went away without our release (it quit) since the last
 *  failure was put down to it; `signal` resolves when it does. */
interface QuitWatch {
  quit: boolean;
  signal: Promise<void>;
  resolve: () => void;
}
const quitting = new WeakMap<Browser, QuitWatch>();

function quitWatch(): QuitWatch {
  let done = () => {};
  const watch: QuitWatch = { quit: false, signal: new Promise<void>((r) => (done = r)), resolve: () => ((watch.quit = true), done()) };
  return watch;
}

/** Watch `browser` for Chromium quitting (killed, out of memory, or a crash: ours runs as one process, so
 *  a crash of its page is its own); a sibling's quitting counts as `owner`'s. */
function watchQuit(browser: Browser, owner = browser): void {
  if (!quitting.has(owner)) quitting.set(owner, quitWatch());
  browser.once('disconnected', () => {
    if (!releasing.has(browser)) quitting.get(owner)?.resolve();
  });
}

/** Rethrow `error`, unless Chromium (or a sibling) quit under it: then one clear message about `file`
 *  instead of whatever the cut-off call said (Target closed, a detached frame…: an internal error). The
 *  failed call can come before the news of the closed connection: it is given 0.5 s to come. The watch
 *  starts afresh, so that a later failure (in `build --watch`) is not put down to the same quit. */
export async function failIfChromiumQuit(error: unknown, browser: Browser, file: string): Promise<never> {
  const watch = quitting.get(browser);
  if (watch && !(error instanceof BookletError) && (watch.quit || (await raceTimeout(watch.signal.then(() => true), 500)))) {
    quitting.set(browser, quitWatch());
    fail(phrase('chromium.quit', { detail: firstLine(error) }), { file }, 'browser', phrase('chromium.quit.hint'));
  }
  throw error;
}

/** Whether this process started `browser` (so may use its first tab, and closes it when done). */
export function startedHere(browser: Browser): boolean {
  return started.has(browser);
}

/** Another Chromium like `browser` (which this process started), for one more page of layout: ours run
 *  as one process each (chromium-process.ts), with one renderer thread, so a second core needs a second
 *  Chromium. It is released with `browser`, or before by `releaseSibling`. */
export async function startSibling(browser: Browser): Promise<Browser> {
  const proc = started.get(browser);
  if (!proc) throw new Error('startSibling: a browser this process did not start');
  const sibling = await launch({ executablePath: proc.path }, browser);
  siblings.set(browser, (siblings.get(browser) ?? new Set()).add(sibling));
  return sibling;
}

/** Close a Chromium that startSibling started for `browser`. */
export async function releaseSibling(browser: Browser, sibling: Browser): Promise<void> {
  siblings.get(browser)?.delete(sibling);
  await releaseBrowser(sibling);
}

/** Start headless Chromium (or take over the one the command started first thing: chromium-process.ts)
 *  and connect to it; a missing or broken binary is one clear message, not a stack trace. */
export function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  return launch(options);
}

/** launchBrowser, for `owner` (its sibling: its quitting is `owner`'s) or for itself. */
async function launch(options: BrowserOptions, owner?: Browser): Promise<Browser> {
  const executablePath = chromiumPath(options);
  const hint = phrase('chromium.install.hint');
  if (!executablePath) {
    fail(phrase('chromium.none', { paths: DEFAULT_CHROMIUMS.join(', '), names: PATH_CHROMIUMS.join(', ') }), { file: 'chromium' }, 'browser', hint);
  }
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    // A file that is there but cannot be run is a different mistake from a missing one.
    const there = await access(executablePath, constants.F_OK).then(() => true, () => false);
    if (there) fail(phrase('chromium.not-executable', { path: executablePath }), { file: executablePath }, 'browser', phrase('chromium.not-executable.hint', { path: executablePath }));
    fail(phrase('chromium.missing', { path: executablePath }), { file: executablePath }, 'browser', hint);
  }
  const proc = takeEarly(executablePath) ?? spawnChromium(executablePath);
  try {
    const endpoint = await proc.endpoint(options.timeout ?? 30_000);
    // A long book keeps one protocol call (the Paged.js preview) busy for minutes; pagedjs.ts watches
    // progress and fails a real stall itself, so puppeteer's own limit is only a last resort.
    const browser = await connectWithin({ browserWSEndpoint: endpoint, protocolTimeout: 60 * 60_000, defaultViewport: null }, `its DevTools endpoint ${endpoint}`);
    started.set(browser, proc);
    watchQuit(browser, owner);
    // A stop signal exits (or stops a watch gracefully); the exit hook kills Chromium.
    exitOnSignals();
    return browser;
  } catch (error) {
    proc.kill();
    fail(phrase('chromium.start-failed', { detail: firstLine(error) }), { file: executablePath }, 'browser', hint);
  }
}

/** Use a Chromium that is already running (`ws://…` DevTools endpoint, or `http://host:port` of its
 *  --remote-debugging-port), such as a shared pool; release it with `releaseBrowser`. */
export async function connectBrowser(url: string, options: { timeout?: number } = {}): Promise<Browser> {
  // protocolTimeout (default an hour): as for a launched browser, pagedjs.ts watches for stalls itself.
  const endpoint = /^wss?:\/\//.test(url) ? { browserWSEndpoint: url } : /^https?:\/\//.test(url) ? { browserURL: url } : undefined;
  const hint = phrase('browser.url.hint');
  if (!endpoint) fail(phrase('browser.not-url', { url }), { file: url }, 'browser', hint);
  try {
    const browser = await connectWithin({ ...endpoint, protocolTimeout: options.timeout ?? 60 * 60_000 }, `The browser at ${url}`);
    watchQuit(browser);
    // A stop signal exits through the exit hooks (the temporary files go), closing our pages first.
    exitOnSignals();
    return browser;
  } catch (error) {
    if (error instanceof Unanswered) fail(phrase('browser.unanswered', { url, seconds: CONNECT_TIMEOUT / 1000 }), { file: url }, 'browser', phrase('browser.unanswered.hint'));
    fail(phrase('browser.unreachable', { url, detail: firstLine(error) }), { file: url }, 'browser', hint);
  }
}

/** How long a DevTools endpoint may take to answer (the HTTP lookup, the WebSocket handshake and the
 *  first calls): a Chromium answers in milliseconds; something that accepts and never answers would
 *  hold the build forever. */
const CONNECT_TIMEOUT = 10_000;

class Unanswered extends Error {}

/** puppeteer.connect, failing with Unanswered after CONNECT_TIMEOUT; a connection that comes later is
 *  dropped. `what` names the endpoint in the message. */
async function connectWithin(options: ConnectOptions, what: string): Promise<Browser> {
  const connecting = puppeteer.connect(options);
  const browser = await raceTimeout(connecting, CONNECT_TIMEOUT);
  if (browser) return browser;
  connecting.then((late) => late.disconnect()).catch(() => {});
  throw new Unanswered(`${what} did not answer within ${CONNECT_TIMEOUT / 1000} s`);
}

/** Start Chromium, or connect to the one at `browserUrl` (the build and the CLI both start it so). */
export function startBrowser(options: { chromium?: string; browserUrl?: string }): Promise<Browser> {
  if (options.browserUrl) return connectBrowser(options.browserUrl);
  return launchBrowser(options.chromium ? { executablePath: options.chromium } : {});
}

/** Close a browser this process started (killing it after `timeout` ms, default 5 000); only disconnect
 *  from one it connected to (it goes on serving others). */
export async function releaseBrowser(browser: Browser, timeout = 5_000): Promise<void> {
  releasing.add(browser);
  const proc = started.get(browser);
  if (!proc) return browser.disconnect();
  started.delete(browser);
  // Its siblings close with it, at the same time.
  const others = [...(siblings.get(browser) ?? [])].map((sibling) => releaseBrowser(sibling, timeout));
  siblings.delete(browser);
  // A renderer that hangs (or was stopped) can hold up a polite close: then kill the whole group, so
  // that no Chromium process outlives the build.
  await raceTimeout(browser.close().catch(() => {}), timeout);
  // Even after a clean close: a renderer that was stopped outlives its browser (it cannot act on the
  // browser's exit). Chromium's processes share its process group. The build ends once it is gone.
  proc.kill();
  await Promise.all([raceTimeout(proc.gone, timeout), ...others]);
}
