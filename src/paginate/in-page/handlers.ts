// Runs inside Chromium (serialised by puppeteer: self-contained, no imports). Registers the booklet's
// Paged.js handler: footnotes moved next to their calls before layout, progress after each page, pages
// two back parked out of the layout, and the pages unpainted until the book is laid out.
import type { PaginationProgress } from './bridge.js';

/** Register the handler; call after paged.polyfill.js is loaded and before `PagedPolyfill.preview()`. */
export function installBookletHandlers(): void {
  type PagedWindow = Window & {
    Paged: { Handler: new (...args: unknown[]) => object; registerHandlers: (...handlers: unknown[]) => void };
    bookletProgress: PaginationProgress;
  };
  /** The parts of Paged.js's chunker the handler uses. */
  type Chunker = { pages: { element: HTMLElement; removeListeners: () => void }[]; q: { tick: (run: () => void) => void } };
  const w = window as unknown as PagedWindow;
  w.bookletProgress = { pages: 0, last: '' };
  const PARKED = 'booklet-parked';
  const parking = document.createElement('style');
  parking.textContent = `.${PARKED} { display: none !important; }`;
  document.head.append(parking);
  // Laid out but not painted until the book is done. Each new page lands in the viewport (the pages
  // before it are parked), so every frame painted, rasterised and composited it again: ~1 s of a core
  // beside the 3.5 s of layout for 336 pages, taken from the other page of Chromium laying out on the
  // other core. Visibility does not change the layout; it is back before anything is read or printed.
  // Adopted, not a <style>: Paged.js replaces the document's style elements with its own copies.
  const unpainted = new CSSStyleSheet();
  unpainted.replaceSync('.pagedjs_pages { visibility: hidden; }');

  class BookletHandler extends w.Paged.Handler {
    /** Paged.js has just replaced the stylesheets, so the @font-face rules are new and their fonts not yet
     *  loaded: lay out with fallback metrics and the page breaks differ from run to run. Load them first. */
    async beforeParsed(content: DocumentFragment): Promise<void> {
      // Paged.js lays out one page per animation frame (its queue ticks on requestAnimationFrame): a page
      // that takes 12 ms then waits for the 16.7 ms frame. Tick on a message instead, which runs next,
      // as soon as the page is done (setTimeout would be clamped to 4 ms).
      const channel = new MessageChannel();
      const waiting: (() => void)[] = [];
      channel.port1.onmessage = () => waiting.shift()?.();
      (this as unknown as { chunker: Chunker }).chunker.q.tick = (run) => {
        waiting.push(run);
        channel.port2.postMessage(null);
      };
      // A face that cannot load (a remote one, blocked and reported by Node) falls back; it stops nothing.
      await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, unpainted];
      moveFootnotes(content);
    }

    afterPageLayout(page: HTMLElement, _page: unknown, _token: unknown, chunker: Chunker): void {
      numberByPage(page);
      const text = page.querySelector('.pagedjs_page_content')?.textContent ?? '';
      w.bookletProgress = { pages: w.bookletProgress.pages + 1, last: text.replace(/\s+/g, '').slice(0, 24) };
      // Every layout Paged.js forces walks all the pages laid out so far: the cost of a page grew with the
      // book (17 ms at 160 pages, 24 ms at 560). Pages two back are done: take them out of the layout
      // (display: none, listeners off so that Paged.js does not take the change for an underflow) until
      // the book is laid out.
      const done = chunker.pages[chunker.pages.length - 3];
      if (done && !done.element.classList.contains(PARKED)) {
        done.removeListeners();
        done.element.classList.add(PARKED);
      }
    }

    afterRendered(): void {
      document.querySelectorAll(`.${PARKED}`).forEach((el) => el.classList.remove(PARKED));
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== unpainted);
    }
  }

  /** ① … ㊿ (the faces have them, and the subsets keep them: subset-fonts.ts), then plain numbers. A copy of
   *  src/html/circled.ts, which this code cannot import; test/html/circled.test.ts keeps them alike. */
  function circled(n: number): string {
    if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
    if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
    if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
    return String(n);
  }

  /** GFM puts footnotes at the article's end; `float: footnote` needs each note where it is called. Notes
   *  are numbered ① ② … from 1 in each article: a class on the note (Paged.js copies it to the call)
   *  picks a rule with the number; an article numbered by page is renumbered as each page is laid out. */
  function moveFootnotes(content: DocumentFragment): void {
    const numbered = new Map<string, number>();
    const numbers = new Map<Element | null, number>();
    for (const ref of content.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')) {
      let id = ref.getAttribute('href')?.slice(1) ?? '';
      try {
        id = decodeURIComponent(id);
      } catch {}
      const item = content.querySelector(`[id="${CSS.escape(id)}"]`);
      if (!item) continue;
      // A note called twice is set once, at its first call; later calls keep its number.
      const again = numbered.get(id);
      if (again !== undefined) {
        ref.textContent = circled(again);
        continue;
      }
      const note = document.createElement('span');
      note.className = 'footnote';
      note.dataset['line'] = item.getAttribute('data-line') ?? '';
      // Everything the note holds: paragraphs inline, other blocks (lists, quotes, code) as they are.
      [...item.childNodes].forEach((child, i) => {
        if (child.nodeType === Node.TEXT_NODE && !child.textContent?.trim()) return;
        if (child instanceof HTMLParagraphElement) {
          if (i > 0 && note.childNodes.length > 0) note.append(' ');
          note.append(...[...child.childNodes].map((n) => n.cloneNode(true)));
        } else note.append(child.cloneNode(true));
      });
      note.querySelectorAll('[data-footnote-backref]').forEach((a) => a.remove());
      const article = ref.closest('section.article');
      const n = (numbers.get(article) ?? 0) + 1;
      numbers.set(article, n);
      numbered.set(id, n);
      note.classList.add(`booklet-note-${n}`);
      const call = ref.closest('sup') ?? ref;
      // A WORD JOINER keeps the call (①, a Han-class character: a break before it is allowed) on the line of
      // the word it follows.
      call.replaceWith('\u2060', note);
    }
    content.querySelectorAll('section[data-footnotes]').forEach((s) => s.remove());
    // The stylesheets are Paged.js's by now: these rules use its forms of ::footnote-call and ::footnote-marker.
    // As many as there are notes: a page's count never exceeds them.
    const style = document.createElement('style');
    style.textContent = Array.from({ length: numbered.size }, (_, i) =>
      `.booklet-note-${i + 1}[data-footnote-call]::after { content: "${circled(i + 1)}"; } .booklet-note-${i + 1}[data-footnote-marker]::marker { content: "${circled(i + 1)} "; }`,
    ).join('\n');
    document.head.append(style);
  }

  /** Renumber from ① the calls on a page laid out in an article numbered by page, and their notes (on
   *  this page, or pushed to the next). Every circled number has the same width: the layout stands. */
  function numberByPage(page: HTMLElement): void {
    const calls = [...page.querySelectorAll<HTMLElement>('.pagedjs_page_content section.article[data-footnote-numbering="page"] [data-footnote-call]')];
    calls.forEach((call, i) => {
      const ref = call.getAttribute('data-footnote-call') ?? '';
      const marker = document.querySelector(`[data-footnote-marker][data-ref="${CSS.escape(ref)}"]`);
      for (const el of [call, marker]) {
        if (!el) continue;
        el.classList.remove(...[...el.classList].filter((c) => c.startsWith('booklet-note-')));
        el.classList.add(`booklet-note-${i + 1}`);
      }
    });
  }
  w.Paged.registerHandlers(BookletHandler);
}
