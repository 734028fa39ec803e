// Runs inside Chromium after Paged.js has finished (self-contained, no imports): reads the laid-out book.
import type { PaginationFacts, PageFacts, TocFacts, PageStart } from './bridge.js';

/** Collect pages and the page numbers the contents show (where each id landed: unit-pages.ts). */
export function measurePages(): Omit<PaginationFacts, 'anchors'> {
  const pageElements = [...document.querySelectorAll<HTMLElement>('.pagedjs_page')];
  // Elements that hold no text (NO_TEXT of epub/page-list.ts, which must count as this does): their
  // whitespace, which Paged.js keeps or drops as it clones a table, is not counted.
  const noText = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP', 'UL', 'OL', 'DL', 'MENU', 'SELECT', 'OPTGROUP', 'DATALIST', 'PICTURE', 'HGROUP', 'AUDIO', 'VIDEO']);
  // Text of an element as the manuscript has it: notes moved in from the end do not count.
  const textLength = (el: Element): number => {
    let n = 0;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const parent = node.parentElement;
      if (parent?.closest('.footnote') || (parent && noText.has(parent.tagName) && node.data.trim() === '')) continue;
      n += node.data.length;
    }
    return n;
  };
  // Characters of each Paged.js element (data-ref, shared by its fragments) laid out so far.
  const laidOut = new Map<string, number>();
  const pages: PageFacts[] = pageElements.map((page, i) => {
    // Set by numberPages() (folios.ts), which runs first.
    const counter = Number(page.dataset['bookletFolio'] ?? i + 1);
    const blank = page.classList.contains('pagedjs_blank_page');
    const name = [...page.classList].find((c) => /^pagedjs_(.+)_page$/.test(c) && !/_(left|right|blank|first|named)_page$/.test(c) && c !== 'pagedjs_page');
    const named = name ? name.replace(/^pagedjs_|_page$/g, '') : '';
    const folioBoxes = page.querySelectorAll('.pagedjs_margin-bottom-left .pagedjs_margin-content, .pagedjs_margin-bottom-center .pagedjs_margin-content, .pagedjs_margin-bottom-right .pagedjs_margin-content');
    const hasFolio = !blank && [...folioBoxes].some((box) => !['none', 'normal', ''].includes(getComputedStyle(box, '::after').content));
    const source = (el: Element) => el.closest('[data-source]')?.getAttribute('data-source') ?? '';
    const lines = [...page.querySelectorAll('.pagedjs_page_content [data-line]')].map((el) => `${source(el)}:${el.getAttribute('data-line')}`);
    const blocks = [...page.querySelectorAll('.pagedjs_page_content :is(p, h1, h2, h3, h4, h5, h6, li, aside, table, dl, .notes-rule)')];
    let start: PageStart | undefined;
    for (const el of page.querySelectorAll<HTMLElement>('.pagedjs_page_content [data-line]')) {
      if (el.closest('.footnote') || textLength(el) === 0) continue;
      const source = el.closest('[data-source]')?.getAttribute('data-source');
      if (!source) break;
      start = { source, line: Number(el.dataset['line']), tag: el.tagName.toLowerCase(), offset: laidOut.get(el.dataset['ref'] ?? '') ?? 0 };
      break;
    }
    for (const el of page.querySelectorAll<HTMLElement>('.pagedjs_page_content [data-ref]')) {
      const ref = el.dataset['ref']!;
      laidOut.set(ref, (laidOut.get(ref) ?? 0) + textLength(el));
    }
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
      ...(start ? { start } : {}),
    };
  });

  const toc: TocFacts[] = [...document.querySelectorAll<HTMLAnchorElement>('.pagedjs_page_content .toc a[href^="#"]')].map((a) => {
    // What the link's ::after shows (page.css: `content: attr(data-page)`, set by numberPages()).
    const shown = getComputedStyle(a, '::after').content.match(/^"(-?\d+)"$/);
    return { href: a.getAttribute('href') ?? '', text: a.querySelector('.toc-text')?.textContent ?? '', shown: shown ? Number(shown[1]) : undefined };
  });

  const first = pageElements[0]?.getBoundingClientRect();
  return { pages, toc, width: first?.width ?? 0, height: first?.height ?? 0 };
}
