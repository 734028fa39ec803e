// The scripts the build loads into a page of Chromium, each as a file by URL (sent over the protocol,
// Paged.js's 500 kB took 0.3 s): Paged.js's polyfill, and ours, dist/bin/in-page.js, the in-page/ modules
// bundled into one file (scripts/build-dist.sh) that sets `window.bookletInPage`. Node calls its functions
// through callInPage, typed by the bundle's entry (in-page/booklet-in-page.ts). What the page cache's keys
// hold of the code is the hash of these two files' bytes (layoutCode): what runs in the page, not a list.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { BookletInPage } from './in-page/booklet-in-page.js';

// pagedjs's "exports" hides dist/: find the package through its CommonJS entry (lib/index.cjs).
const PAGED_PACKAGE = join(dirname(createRequire(import.meta.url).resolve('pagedjs')), '..');
export const PAGED_POLYFILL = join(PAGED_PACKAGE, 'dist', 'paged.polyfill.min.js');
export const PAGED_POLYFILL_URL = pathToFileURL(PAGED_POLYFILL).href;

/** dist/bin/in-page.js: beside this module in the bundled command (dist/bin/), else in dist/bin/ above
 *  it (dist/src/paginate/ of the compiled sources, as the tests run them). */
export const IN_PAGE_BUNDLE = findBundle(dirname(fileURLToPath(import.meta.url)));
export const IN_PAGE_URL = pathToFileURL(IN_PAGE_BUNDLE).href;

function findBundle(dir: string): string {
  for (const file of [join(dir, 'in-page.js'), join(dir, 'dist', 'bin', 'in-page.js')]) if (existsSync(file)) return file;
  if (dirname(dir) === dir) throw new Error('booklet: dist/bin/in-page.js not found above the installed package');
  return findBundle(dirname(dir));
}

/** Load our in-page bundle into `page`, once per document (the request interception lets IN_PAGE_URL
 *  through: pagedjs.ts). */
export async function loadInPage(page: Page): Promise<void> {
  await page.addScriptTag({ url: IN_PAGE_URL });
}

type InPageName = keyof BookletInPage;

/** Run the in-page function `name` with `args` in `page` (loaded with loadInPage), and what it returns. */
export function callInPage<K extends InPageName>(page: Page, name: K, ...args: Parameters<BookletInPage[K]>): Promise<Awaited<ReturnType<BookletInPage[K]>>> {
  const run = (fn: string, values: unknown[]) => (window as unknown as { bookletInPage: Record<string, (...a: unknown[]) => unknown> }).bookletInPage[fn]!(...values);
  return page.evaluate(run, name, args as unknown[]) as Promise<Awaited<ReturnType<BookletInPage[K]>>>;
}

/** What a page's layout depends on of the code that runs in it: the hash of our bundle's bytes and of
 *  Paged.js's (part of the page cache's keys, so that new code never reuses old pages). */
export async function layoutCode(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [IN_PAGE_BUNDLE, PAGED_POLYFILL]) hash.update(await readFile(file)).update('\0');
  return hash.digest('hex');
}
