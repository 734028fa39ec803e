// The build's Chromium: started (or connected to) as the build begins, so that it comes up while the
// manuscripts are read and typeset, with a first page opening early too; released once the pagination is
// done (it shuts down while pdf-lib finishes the PDFs), or at once when no edition asked for needs it; and
// left running for `build --watch` (keepBrowser).
import type { Reporter } from '../diagnostics.js';
import type { KeepSession } from '../keep-session.js';
import { phrase } from '../ui/catalogue.js';
import { startBrowser, type Chromium } from '../paginate/browser.js';
import { openWorkerPage, type WorkerPage } from '../paginate/worker-pages.js';
import { stage } from './stage.js';

export interface BrowserSession {
  /** The browser starting, if the build may need one. */
  starting: Promise<Chromium> | undefined;
  /** A page of Chromium opening while the manuscripts are read and typeset (0.2–0.4 s). */
  firstPage: Promise<WorkerPage> | undefined;
  /** Done with the browser (unless it is kept): it closes while the build goes on. */
  release(): void;
  /** At the end of the build, well or not: close the first page if unused, release the browser. */
  end(): Promise<void>;
}

/** Start a browser when the build may need one: `needed` false only when the editions asked for are
 *  known not to (when they come from booklet.yaml, they are not known yet). */
export function openSession(
  options: { browser?: Promise<Chromium>; keepBrowser?: boolean; chromium?: string; browserUrl?: string; keep?: KeepSession | undefined; reporter: Reporter },
  needed: boolean,
): BrowserSession {
  // A browser given is ours to release, needed or not.
  const starting = options.browser ?? (needed ? startBrowser(options) : undefined);
  starting?.catch(() => {}); // a failed start is reported where the build waits for it
  const firstPage = needed ? starting?.then((browser) => openWorkerPage(browser, options.keep?.pages)) : undefined;
  firstPage?.catch(() => {});
  let closing: Promise<void> | undefined;
  const release = () => {
    if (options.keepBrowser || closing || !starting) return;
    closing = starting.then((browser) => browser.release(), () => {});
    closing.catch(() => {});
  };
  return {
    starting,
    firstPage,
    release,
    async end() {
      await starting?.catch(() => undefined);
      // A browser we only connected to stays up: close what we opened in it (the first page, if unused).
      await firstPage?.then((page) => page.close()).catch(() => {});
      if (options.keepBrowser) return;
      await stage(options.reporter, phrase('stage.close'), async () => {
        release();
        await closing?.catch(() => {});
      });
    },
  };
}
