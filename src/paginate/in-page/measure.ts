// Runs inside Chromium after Paged.js has finished (self-contained, no imports): reads the laid-out book.
import type { PaginationFacts, PageFacts, AnchorFacts, TocFacts } from './bridge.js';

/** Collect pages, where each anchored element landed, and the page numbers the contents show. */
export function measurePages(): PaginationFacts {
  const pageElements = [...document.querySelectorAll<HTMLElement>('.pagedjs_page')];
  const pages: PageFacts[] = pageElements.map((page, i) => {
    // Set by numberPages() (folios.ts), which runs first.
    const counter = Number(page.dataset['bookletFolio'] ?? i + 1);
    const blank = page.classList.contains('pagedjs_blank_page');
    const name = [...page.classList].find((c) => /^pagedjs_(.+)_page$/.test(c) && !/_(left|right|blank|first|named)_page$/.test(c) && c !== 'pagedjs_page');
    const named = name ? name.replace(/^pagedjs_|_page$/g, '') : '';
    const folioBox = page.querySelector('.pagedjs_margin-bottom-left .pagedjs_margin-content, .pagedjs_margin-bottom-right .pagedjs_margin-content');
    const hasFolio = !blank && named === 'body' && folioBox !== null && getComputedStyle(folioBox, '::after').content !== 'none';
    const source = (el: Element) => el.closest('[data-source]')?.getAttribute('data-source') ?? '';
    const lines = [...page.querySelectorAll('.pagedjs_page_content [data-line]')].map((el) => `${source(el)}:${el.getAttribute('data-line')}`);
    const blocks = [...page.querySelectorAll('.pagedjs_page_content :is(p, h1, h2, h3, h4, h5, h6, li, aside, table, dl, .notes-rule)')];
    const part = page.querySelector('.pagedjs_page_content > div > :is(section, nav):not([data-split-from])');
    return {
      index: i + 1,
      opens: part?.classList[0] ?? '',
      lastBlock: blocks.at(-1)?.tagName.toLowerCase() ?? '',
      side: page.classList.contains('pagedjs_left_page') ? 'left' : 'right',
      blank,
      name: named,
      counter,
      folio: hasFolio ? String(counter) : '',
      lines,
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

  const toc: TocFacts[] = [...document.querySelectorAll<HTMLAnchorElement>('.pagedjs_page_content .toc a[href^="#"]')].map((a) => {
    const reset = getComputedStyle(a, '::after').counterReset.match(/(-?\d+)\s*$/);
    return { href: a.getAttribute('href') ?? '', text: a.querySelector('.toc-text')?.textContent ?? '', shown: reset ? Number(reset[1]) : undefined };
  });

  const first = pageElements[0]?.getBoundingClientRect();
  return { pages, anchors, toc, width: first?.width ?? 0, height: first?.height ?? 0 };
}
