// Runs inside Chromium after numbering (self-contained, no imports): the book's internal links and where
// they are drawn. Units are printed apart, so pdf-lib draws the links between them (src/paginate/links.ts).
import type { LinkFacts } from './bridge.js';

/** Every `<a href="#…">` on the pages: its page (1-based, this document) and box from the page's top left. */
export function collectLinks(): LinkFacts[] {
  const pageElements = [...document.querySelectorAll<HTMLElement>('.pagedjs_page')];
  const links: LinkFacts[] = [];
  pageElements.forEach((page, i) => {
    const origin = page.getBoundingClientRect();
    for (const a of page.querySelectorAll<HTMLAnchorElement>('.pagedjs_page_content a[href^="#"]')) {
      // A malformed %-escape (a manuscript's link) names no id: the href as it is, not an exception.
      let target = a.getAttribute('href')!.slice(1);
      try {
        target = decodeURIComponent(target);
      } catch {}
      for (const r of a.getClientRects()) {
        if (r.width === 0 || r.height === 0) continue;
        links.push({ page: i + 1, target, x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
      }
    }
  });
  return links;
}
