// The cover as an image, for the EPUB: a screenshot of the first laid-out page.
import type { Page } from 'puppeteer-core';
import { fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';

/** The first laid-out page (the cover) as a PNG, at twice the CSS resolution. In print media Paged.js
 *  stretches the page box to the viewport, so clip it to the trim's proportions (`aspect` = height/width). */
export async function renderFirstPage(page: Page, aspect: number): Promise<Uint8Array> {
  const box = await page.evaluate(() => {
    const r = document.querySelector('.pagedjs_page')?.getBoundingClientRect();
    return r ? { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width } : undefined;
  });
  if (!box) fail(phrase('paginate.nothing'), { file: page.url() }, 'paginate');
  return page.screenshot({ type: 'png', clip: { ...box, height: Math.round(box.width * aspect) }, captureBeyondViewport: true });
}
