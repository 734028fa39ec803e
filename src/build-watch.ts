// `booklet build --watch`: build, then build again whenever a manuscript, booklet.yaml, a stylesheet or an
// image changes. One Chromium for every build (starting one is a third of a small build), and the page
// cache, so that only the parts an edit touched are laid out again. A user's mistake is printed and the
// previous editions stay; the next save tries again.
import { BookletError, internalError, type Reporter } from './diagnostics.js';
import { build, type BuildOptions } from './build.js';
import { loadBooklet, outputFolder } from './config/load.js';
import { releaseAll, startBrowsers, type Chromium } from './paginate/browser.js';
import { chosenEditions, needsPagination } from './editions/index.js';
import { openKeepSession } from './keep-session.js';
import { bookletPaths, oneAtATime, watchFiles, type FileWatch } from './watch-files.js';
import { phrase } from './ui/catalogue.js';

export interface WatchHandle {
  /** Resolves after the next build ends, well or not. */
  built(): Promise<void>;
  close(): Promise<void>;
}

/** Build now and on every change, until `close()`. */
export async function watchBuild(options: BuildOptions): Promise<WatchHandle> {
  const { reporter } = options;
  // What one build keeps for the next (parse trees, lint findings, faces, pages of Chromium): this
  // watch's only.
  const keep = openKeepSession();
  // Editions from booklet.yaml may change between builds: a browser, unless --edition needs none.
  const usesBrowser = !options.editions || needsPagination(chosenEditions(options.editions));
  // booklet.yaml's pool as it was when the watch began (`--browser-url` overrides it).
  const pool = (await loadBooklet(options.dir).catch(() => undefined))?.browsers ?? [];
  const start = () => startBrowsers({ ...options, browserUrls: (options.browserUrls?.length ?? 0) > 0 ? options.browserUrls : pool });
  let browser: Promise<Chromium[]> | undefined = usesBrowser ? (pool.length > 0 && !options.browserUrls?.length ? (void options.browsers?.then(releaseAll).catch(() => {}), start()) : (options.browsers ?? start())) : undefined;
  browser?.catch(() => {});
  let waiting: (() => void)[] = [];
  let watcher: FileWatch | undefined;
  const once = oneAtATime(async () => {
    const started = performance.now();
    // A browser that died (or a remote one that went away) is started again, with the rest of its pool;
    // while a pool's node does not answer, the build goes on with those still up.
    if (usesBrowser && !(await browser?.then((all) => all.every((b) => b.browser.connected)).catch(() => false))) {
      const before = (await browser?.catch(() => undefined)) ?? [];
      const up = before.filter((b) => b.browser.connected);
      void releaseAll(before.filter((b) => !up.includes(b))).catch(() => {});
      const fresh = start();
      fresh.then(() => releaseAll(up), () => {});
      browser = fresh.catch((error: unknown) => {
        if (up.length === 0) throw error;
        return up;
      });
      browser.catch(() => {});
    }
    try {
      const result = await build({ ...options, ...(browser ? { browsers: browser } : {}), keepBrowser: true, keep });
      const parts = result.parts ? { laidOut: result.parts.laidOut, parts: result.parts.laidOut + result.parts.cached } : { laidOut: 0, parts: 0 };
      reporter.info(phrase('watch.built', { files: result.written.join(', '), seconds: seconds(started), ...parts }));
    } catch (error) {
      printFailure(error, reporter);
      reporter.info(phrase('watch.failed', { seconds: seconds(started) }));
    }
    // booklet.yaml may name other stylesheets or manuscripts now.
    watcher?.add(await watchedPaths(options.dir));
    waiting.splice(0).forEach((done) => done());
  });
  // Watching starts first: a save during the first build is not missed.
  watcher = watchFiles(await watchedPaths(options.dir), () => once(), { ignore: [await outputFolder(options.dir, options.out)] });
  once();
  await Promise.all([once.idle(), watcher.ready]);
  // An edit that brings in a new character needs new font subsets: have HarfBuzz ready for it.
  void import('./html/subset-face.js').then((m) => m.prepareSubsetter()).catch(() => {});
  const files = watcher;
  return {
    built: () => new Promise<void>((done) => waiting.push(done)),
    async close() {
      await files.close();
      await once.idle();
      await keep.end();
      const running = await browser?.catch(() => undefined);
      if (running) await releaseAll(running);
      waiting = [];
    },
  };
}

/** bookletPaths, with booklet.yaml as it is now (or only the folder when it cannot be read). */
async function watchedPaths(dir: string): Promise<string[]> {
  return bookletPaths(dir, await loadBooklet(dir).catch(() => undefined));
}

function printFailure(error: unknown, reporter: Reporter): void {
  if (error instanceof BookletError) error.messages.forEach((m) => reporter.message(m));
  else reporter.info(internalError(error));
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
