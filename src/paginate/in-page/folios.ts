// Runs inside Chromium after Paged.js has finished (self-contained, no imports). Fixes the page numbers.
//
// Paged.js resets the page counter for `counter-reset: page 1` with a rule on that one page, and computes
// target-counter() (the contents' page numbers) as if the reset carried on to the following pages, as CSS
// says. Chromium 156 scopes the reset to that page only, so the folios after it fell back to the physical
// page number and disagreed with the contents. Here each page gets its number, counted the way Paged.js
// counts for target-counter, set with counter-set so that `counter(page)` in the margin boxes prints it.

/** Number every page; returns the numbers (index 0 = first page). */
export function numberPages(): number[] {
  let counter = 0;
  return [...document.querySelectorAll<HTMLElement>('.pagedjs_page')].map((page) => {
    const style = getComputedStyle(page);
    const reset = /\bpage (-?\d+)/.exec(style.counterReset);
    const increment = /\bpage (-?\d+)/.exec(style.counterIncrement);
    if (reset) counter = Number(reset[1]);
    if (style.counterIncrement !== 'none') counter += increment ? Number(increment[1]) : 1;
    page.dataset['bookletFolio'] = String(counter);
    page.style.setProperty('counter-increment', 'none');
    page.style.setProperty('counter-set', `page ${counter}`);
    return counter;
  });
}
