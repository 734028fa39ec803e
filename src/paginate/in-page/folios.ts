// Runs inside Chromium after Paged.js has finished (self-contained, no imports): prints the page numbers
// Node worked out for the whole book, and the contents' page numbers.
//
// Node numbers the pages (src/paginate/numbering.ts) because the book is laid out in parts: a part does
// not know how many pages come before it. Each page gets its number with counter-set, so that
// `counter(page)` in the margin boxes prints it (this also mends Chromium 156 scoping Paged.js's
// `counter-reset: page 1` to one page).
//
// The contents do not use target-counter(): Paged.js resolves it after every page by walking all pages
// (quadratic: 2 s of a 336-page book), and cannot see pages laid out elsewhere. Each contents link gets
// `data-page` here, and page.css shows it with `content: attr(data-page)`.

/** Set the number of every page (`numbers[i]` for page i + 1) and of the contents' links (`targets`: id →
 *  the number of the page it is on). */
export function numberPages([numbers, targets]: [number[], Record<string, number>]): void {
  const pages = [...document.querySelectorAll<HTMLElement>('.pagedjs_page')];
  pages.forEach((page, i) => {
    const n = numbers[i] ?? 0;
    page.dataset['bookletFolio'] = String(n);
    page.style.setProperty('counter-increment', 'none');
    page.style.setProperty('counter-set', `page ${n}`);
  });
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.pagedjs_page_content .toc a[href^="#"]')) {
    // A malformed %-escape in a manuscript's link is its text as it is (it names no id), not an exception.
    const href = link.getAttribute('href')!.slice(1);
    let id = href;
    try {
      id = decodeURIComponent(href);
    } catch {}
    const n = targets[id];
    if (n !== undefined) link.dataset['page'] = String(n);
  }
}
