// The build's browsers: started (or connected to) as the build begins, so that they come up while the
// manuscripts are read and typeset, with a first page opening early too; released once the pagination is
// done (they shut down while pdf-lib finishes the PDFs), or at once when no edition asked for needs them;
// and left running for `build --watch` (keepBrowser). booklet.yaml's `browsers:` (a pool), known only once
// it is read, takes the place of the Chromium started first (`use`), unless `--browser-url` named some.
import type { Reporter } from '../diagnostics.js';
import type { KeepSession } from '../keep-session.js';
import { phrase } from '../ui/catalogue.js';
import { startBrowsers, type Chromium } from '../paginate/browser.js';
import { openWorkerPage, type WorkerPage } from '../paginate/worker-pages.js';
import { stage } from '../stage.js';

export interface BrowserSession {
  /** The browsers starting, if the build may need them. */
  starting: Promise<Chromium[]> | undefined;
  /** A page of Chromium opening while the manuscripts are read and typeset (0.2–0.4 s). */
  firstPage: Promise<WorkerPage> | undefined;
  /** Lay out in the browsers at `urls` (booklet.yaml's pool) instead, unless the command named its own:
   *  the Chromium started first is released. */
  use(urls: readonly string[]): void;
  /** Done with the browsers (unless they are kept): they close while the build goes on. */
  release(): void;
  /** At the end of the build, well or not: close the first page if unused, release the browsers. */
  end(): Promise<void>;
}

export interface SessionOptions {
  /** Browsers already starting (the CLI's), the build's to release. */
  browsers?: Promise<Chromium[]> | undefined;
  keepBrowser?: boolean | undefined;
  chromium?: string | undefined;
  browserUrls?: readonly string[] | undefined;
  keep?: KeepSession | undefined;
  reporter: Reporter;
}

/** Start the browsers when the build may need them: `needed` false only when the editions asked for are
 *  known not to (when they come from booklet.yaml, they are not known yet). */
export function openSession(options: SessionOptions, needed: boolean): BrowserSession {
  // Browsers given are ours to release, needed or not.
  const session = {
    starting: options.browsers ?? (needed ? startBrowsers(options) : undefined),
    firstPage: undefined as Promise<WorkerPage> | undefined,
  };
  const openFirst = () => {
    session.starting?.catch(() => {}); // a failed start is reported where the build waits for it
    session.firstPage = needed ? session.starting?.then((browsers) => openWorkerPage(browsers[0]!, options.keep?.pages)) : undefined;
    session.firstPage?.catch(() => {});
  };
  openFirst();
  let closing: Promise<void> | undefined;
  const release = () => {
    if (options.keepBrowser || closing || !session.starting) return;
    closing = session.starting.then((browsers) => Promise.all(browsers.map((b) => b.release())).then(() => undefined), () => {});
    closing.catch(() => {});
  };
  const end = async () => {
    await session.starting?.catch(() => undefined);
    // A browser we only connected to stays up: close what we opened in it (the first page, if unused).
    await session.firstPage?.then((page) => page.close()).catch(() => {});
    if (options.keepBrowser) return;
    await stage(options.reporter, phrase('stage.close'), async () => {
      release();
      await closing?.catch(() => {});
    });
  };
  const use = (urls: readonly string[]) => {
    if (urls.length === 0 || (options.browserUrls?.length ?? 0) > 0 || options.keepBrowser || !session.starting) return;
    const first = session.starting;
    void session.firstPage?.then((page) => page.close()).catch(() => {});
    void first.then((browsers) => Promise.all(browsers.map((b) => b.release()))).catch(() => {});
    session.starting = startBrowsers({ browserUrls: urls });
    openFirst();
  };
  return {
    get starting() {
      return session.starting;
    },
    get firstPage() {
      return session.firstPage;
    },
    use,
    release,
    end,
  };
}
