// The only module that starts Chromium. Debian's chromium-headless-shell by default, else its chromium
// (BOOKLET_CHROMIUM or CHROME_PATH override both); as root it needs --no-sandbox, and this machine's closed
// network wants the background services off.
//
// The headless shell is the same Blink without the browser's UI layer, built for automation: here it
// starts in 0.3 s where chromium takes 1.0 s, and closes in 0.1 s instead of 0.25 s.
import { access, constants } from 'node:fs/promises';
import puppeteer, { type Browser, type ConnectOptions, type Page } from 'puppeteer-core';
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

/** A Chromium this process uses: one it started (with the sibling Chromiums started for more pages of
 *  layout, which end with it) or one it connected to. What it knows of its browser lives here, not in a
 *  registry of the module: a build or a watch holds the object it launched. */
export interface Chromium {
  /** puppeteer's browser, for its calls. */
  readonly browser: Browser;
  /** Whether this process started it: it may use its first tab, and closes it when done. */
  readonly startedHere: boolean;
  /** Where it is, for messages: the address connected to, or the binary started. */
  readonly where: string;
  /** The blank first tab of a Chromium we started, whose renderer is already running: given once, then
   *  undefined (always undefined in a browser we only connected to: that tab is someone else's). */
  takeFirstTab(): Promise<Page> | undefined;
  /** Another Chromium like this one (which this process started), for one more page of layout: ours run
   *  as one process each (chromium-process.ts), with one renderer thread, so a second core needs a second
   *  Chromium. Its quitting counts as this one's; it is released with this one, or before by its own
   *  release(). */
  startSibling(): Promise<Chromium>;
  /** Rethrow `error`, unless Chromium (or a sibling) quit under it: then one clear message about `file`
   *  instead of whatever the cut-off call said (Target closed, a detached frame…: an internal error). The
   *  failed call can come before the news of the closed connection: it is given 0.5 s to come. The watch
   *  starts afresh, so that a later failure (in `build --watch`) is not put down to the same quit. */
  failIfQuit(error: unknown, file: string): Promise<never>;
  /** Whether it still answers (its version, within 5 s). A browser cut off from this machine (a pool's
   *  node) keeps its connection open and never answers; one that did not is not asked again. */
  answers(): Promise<boolean>;
  /** Close a Chromium this process started, with its siblings (killing them after `timeout` ms, default
   *  5 000); only disconnect from one it connected to (it goes on serving others). */
  release(timeout?: number): Promise<void>;
}

/** Whether a Chromium, or a sibling, went away without our release (it quit) since the last failure was
 *  put down to it; `signal` resolves when it does. */
interface QuitWatch {
  quit: boolean;
  signal: Promise<void>;
  resolve: () => void;
}

function quitWatch(): QuitWatch {
  let done = () => {};
  const watch: QuitWatch = { quit: false, signal: new Promise<void>((r) => (done = r)), resolve: () => ((watch.quit = true), done()) };
  return watch;
}

/** The Chromium behind `browser`: `proc` when we started it; `quits` the watch it shares with its owner
 *  (a sibling's quitting is its owner's); `forget` tells the owner that a sibling was released. A
 *  disconnection that is not our release means Chromium quit (killed, out of memory, or a crash: ours
 *  runs as one process, so a crash of its page is its own). */
function chromiumOf(browser: Browser, where: string, proc: ChromiumProcess | undefined, quits: { watch: QuitWatch }, forget = () => {}): Chromium {
  let releasing = false;
  let firstTab = proc !== undefined;
  let silent = false;
  const siblings = new Set<Chromium>();
  browser.once('disconnected', () => {
    if (!releasing) quits.watch.resolve();
  });
  return {
    browser,
    startedHere: proc !== undefined,
    where,
    takeFirstTab() {
      if (!firstTab) return undefined;
      firstTab = false;
      return browser.pages().then(async (pages) => pages[0] ?? (await browser.newPage()));
    },
    async startSibling() {
      if (!proc) throw new Error('startSibling: a browser this process did not start');
      const sibling: Chromium = await launch({ executablePath: proc.path }, quits, () => siblings.delete(sibling));
      siblings.add(sibling);
      return sibling;
    },
    async failIfQuit(error, file) {
      const { watch } = quits;
      if (!(error instanceof BookletError) && (watch.quit || (await raceTimeout(watch.signal.then(() => true), 500)))) {
        quits.watch = quitWatch();
        fail(phrase('chromium.quit', { detail: firstLine(error) }), { file }, 'browser', phrase('chromium.quit.hint'));
      }
      throw error;
    },
    async answers() {
      silent ||= (await raceTimeout(browser.version().then(() => true, () => false), 5_000)) !== true;
      return !silent;
    },
    async release(timeout = 5_000) {
      const closing = !releasing && proc;
      releasing = true;
      forget();
      if (!closing) return browser.disconnect();
      // Its siblings close with it, at the same time.
      const others = [...siblings].map((sibling) => sibling.release(timeout));
      siblings.clear();
      // A renderer that hangs (or was stopped) can hold up a polite close: then kill the whole group, so
      // that no Chromium process outlives the build.
      await raceTimeout(browser.close().catch(() => {}), timeout);
      // Even after a clean close: a renderer that was stopped outlives its browser (it cannot act on the
      // browser's exit). Chromium's processes share its process group. The build ends once it is gone.
      closing.kill();
      await Promise.all([raceTimeout(closing.gone, timeout), ...others]);
    },
  };
}

/** Start headless Chromium (or take over the one the command started first thing: chromium-process.ts)
 *  and connect to it; a missing or broken binary is one clear message, not a stack trace. */
export function launchBrowser(options: BrowserOptions = {}): Promise<Chromium> {
  return launch(options, { watch: quitWatch() });
}

/** launchBrowser, sharing `quits` with the owner of a sibling (whose `forget` hears of its release). */
async function launch(options: BrowserOptions, quits: { watch: QuitWatch }, forget?: () => void): Promise<Chromium> {
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
    // A stop signal exits (or stops a watch gracefully); the exit hook kills Chromium.
    exitOnSignals();
    return chromiumOf(browser, executablePath, proc, quits, forget);
  } catch (error) {
    proc.kill();
    fail(phrase('chromium.start-failed', { detail: firstLine(error) }), { file: executablePath }, 'browser', hint);
  }
}

/** Use a Chromium that is already running (`ws://…` DevTools endpoint, or `http://host:port` of its
 *  --remote-debugging-port), such as a shared pool; release it (disconnect) with its `release`. */
export async function connectBrowser(url: string, options: { timeout?: number } = {}): Promise<Chromium> {
  // protocolTimeout (default an hour): as for a launched browser, pagedjs.ts watches for stalls itself.
  const endpoint = /^wss?:\/\//.test(url) ? { browserWSEndpoint: url } : /^https?:\/\//.test(url) ? { browserURL: url } : undefined;
  const hint = phrase('browser.url.hint');
  if (!endpoint) fail(phrase('browser.not-url', { url }), { file: url }, 'browser', hint);
  try {
    const browser = await connectWithin({ ...endpoint, protocolTimeout: options.timeout ?? 60 * 60_000 }, `The browser at ${url}`);
    // A stop signal exits through the exit hooks (the temporary files go), closing our pages first.
    exitOnSignals();
    return chromiumOf(browser, url, undefined, { watch: quitWatch() });
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
export function startBrowser(options: { chromium?: string; browserUrl?: string }): Promise<Chromium> {
  if (options.browserUrl) return connectBrowser(options.browserUrl);
  return launchBrowser(options.chromium ? { executablePath: options.chromium } : {});
}

/** The browsers a build lays out in: Chromium started here, or every browser of `browserUrls` (a pool,
 *  `--browser-url` given more than once, or booklet.yaml's `browsers:`) connected to at once. One that
 *  cannot be reached fails the start, naming it (a mistyped address is not skipped in silence); the
 *  others are released. */
export async function startBrowsers(options: { chromium?: string; browserUrls?: readonly string[] }): Promise<Chromium[]> {
  const urls = [...new Set(options.browserUrls ?? [])];
  if (urls.length === 0) return [await launchBrowser(options.chromium ? { executablePath: options.chromium } : {})];
  const settled = await Promise.allSettled(urls.map((url) => connectBrowser(url)));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  const connected = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (failed) {
    await Promise.all(connected.map((c) => c.release()));
    throw failed.reason;
  }
  return connected;
}

/** Release every browser of `browsers` (browser.ts's release: close those started here, disconnect from
 *  the others). */
export async function releaseAll(browsers: readonly Chromium[]): Promise<void> {
  await Promise.all(browsers.map((b) => b.release()));
}
