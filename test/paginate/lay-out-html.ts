// Lay out a booklet.html changed by hand (layOutUnits, as a build does, as one part): for what the page
// does with a request that nothing the build writes makes any more (a stylesheet's URLs are resolved or
// left out where it is read: src/html/user-stylesheets.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { build } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import { renderHtml } from '../../src/html/render-html.js';
import { groupUnits } from '../../src/paginate/units.js';
import { startBrowser } from '../../src/paginate/browser.js';
import { openWorkerPage } from '../../src/paginate/worker-pages.js';
import { layOutUnits } from '../../src/paginate/pagedjs.js';

/** Build the booklet in `book` into `out` (the HTML only), add `css` in a <style> at the end of its head,
 *  lay it out; returns the page's warnings and the HTML's path. */
export async function layOutWithStyle(book: string, out: string, css: string): Promise<{ warnings: VFileMessage[]; htmlPath: string }> {
  await build({ dir: book, out, editions: ['html'], reporter: createMemoryReporter() });
  const htmlPath = join(out, 'booklet.html');
  await writeFile(htmlPath, (await readFile(htmlPath, 'utf8')).replace('</head>', `<style>${css}</style></head>`));
  // The body's elements, as one part of the book.
  const booklet = await loadBooklet(book);
  const elements = groupUnits((await renderHtml(booklet, await readManuscripts(booklet))).tree).flat().length;
  const browser = await startBrowser({});
  try {
    const worker = await openWorkerPage(browser);
    try {
      return { warnings: (await layOutUnits(worker, htmlPath, [elements], [0])).warnings, htmlPath };
    } finally {
      await worker.close();
    }
  } finally {
    await browser.release();
  }
}
