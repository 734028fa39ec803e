// Runs inside Chromium after Paged.js (self-contained, no imports): which unit each page belongs to, how
// it counts, and where each element with an id landed. Node numbers the whole book from this.
import type { AnchorFacts, UnitPageFacts } from './bridge.js';

/** Pages (in order) and anchors (page = index in this document, 1-based). */
export function unitPages(): { pages: UnitPageFacts[]; anchors: AnchorFacts[] } {
  const pageElements = [...document.querySelectorAll<HTMLElement>('.pagedjs_page')];
  let unit = -1;
  const pages = pageElements.map((page) => {
    const opening = page.querySelector('.pagedjs_page_content [data-booklet-unit]:not([data-split-from])');
    if (opening) unit = Number(opening.getAttribute('data-booklet-unit'));
    const style = getComputedStyle(page);
    const reset = /\bpage (-?\d+)/.exec(style.counterReset);
    const increment = /\bpage (-?\d+)/.exec(style.counterIncrement);
    return {
      unit,
      blank: page.classList.contains('pagedjs_blank_page'),
      reset: reset ? Number(reset[1]) : null,
      increment: style.counterIncrement === 'none' ? 0 : increment ? Number(increment[1]) : 1,
    };
  });
  const anchors: AnchorFacts[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('.pagedjs_page_content [id]')) {
    if (el.hasAttribute('data-split-from')) continue;
    const page = el.closest<HTMLElement>('.pagedjs_page');
    if (!page) continue;
    const heading = el.matches('section.article') ? el.querySelector('h1') : el;
    anchors.push({
      id: el.id,
      tag: el.matches('section.article') ? 'h1' : el.tagName.toLowerCase(),
      text: (heading?.textContent ?? '').replace(/\u2060/g, '').trim(),
      page: pageElements.indexOf(page) + 1,
      top: el.getBoundingClientRect().top - page.getBoundingClientRect().top,
    });
  }
  return { pages, anchors };
}
