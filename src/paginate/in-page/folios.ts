// Runs inside Chromium after Paged.js has finished (self-contained, no imports). Fixes the page numbers
// and writes the contents' page numbers.
//
// Paged.js resets the page counter for `counter-reset: page 1` with a rule on that one page, and computes
// target-counter() (the contents' page numbers) as if the reset carried on to the following pages, as CSS
// says. Chromium 156 scopes the reset to that page only, so the folios after it fell back to the physical
// page number and disagreed with the contents. Here each page gets its number, set with counter-set so
// that `counter(page)` in the margin boxes prints it.
//
// The contents do not use target-counter(): Paged.js resolves it after every page by walking all pages
// (quadratic: 2 s of a 336-page book). Each contents link gets `data-page` here, once, and page.css shows
// it with `content: attr(data-page)`.

/** Number every page and the contents' links; returns the numbers (index 0 = first page). */
export function numberPages(): number[] {
  const pages = [...document.querySelectorAll<HTMLElement>('.pagedjs_page')];
  // Read every computed style before writing any: a write between reads forces a style recalculation of
  // the whole book for each page.
  const styles = pages.map((page) => {
    const style = getComputedStyle(page);
    return { reset: /\bpage (-?\d+)/.exec(style.counterReset), increment: /\bpage (-?\d+)/.exec(style.counterIncrement), counts: style.counterIncrement !== 'none' };
  });
  let counter = 0;
  const numbers = styles.map(({ reset, increment, counts }) => {
    if (reset) counter = Number(reset[1]);
    if (counts) counter += increment ? Number(increment[1]) : 1;
    return counter;
  });
  const targets = [...document.querySelectorAll<HTMLAnchorElement>('.pagedjs_page_content .toc a[href^="#"]')].map((link) => {
    const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
    const target = document.getElementById(id)?.closest<HTMLElement>('.pagedjs_page');
    return { link, page: target ? pages.indexOf(target) : -1 };
  });
  pages.forEach((page, i) => {
    page.dataset['bookletFolio'] = String(numbers[i]);
    page.style.setProperty('counter-increment', 'none');
    page.style.setProperty('counter-set', `page ${numbers[i]}`);
  });
  for (const { link, page } of targets) if (page >= 0) link.dataset['page'] = String(numbers[page]);
  return numbers;
}
