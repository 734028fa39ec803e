// Runs inside Chromium (in the build's bundle, in-page/booklet-in-page.ts; serialised alone by the preview
// and the tests: self-contained, no imports). Registers the booklet's Paged.js handler: footnotes moved
// next to their calls before layout, progress after each page, pages two back parked out of the layout,
// and the pages unpainted until the book is laid out.
import type { Adjustment, AdjustmentCost, PaginationProgress } from './bridge.js';

/** Register the handler; call after paged.polyfill.js is loaded and before `PagedPolyfill.preview()`. */
export function installBookletHandlers(): void {
  type PagedWindow = Window & {
    Paged: { Handler: new (...args: unknown[]) => object; registerHandlers: (...handlers: unknown[]) => void };
    bookletProgress: PaginationProgress;
    bookletAdjustments: AdjustmentCost;
  };
  /** The parts of Paged.js's chunker the handler uses. */
  type Chunker = { pages: { element: HTMLElement; removeListeners: () => void }[]; total: number; q: { tick: (run: () => void) => void } };
  const w = window as unknown as PagedWindow;
  w.bookletProgress = { pages: 0, last: '' };
  w.bookletAdjustments = { moved: 0, ms: 0 };
  /** The source node Paged.js copied last onto the page it lays out (renderNode), and whether whole. */
  let lastRendered: { node: Node; whole: boolean } | undefined;
  const PARKED = 'booklet-parked';
  const NOTES_PAGE = 'data-booklet-notes-page';
  const ADJUSTED = 'data-booklet-adjust';
  /** The blocks whose lines the rules count and move. */
  const TEXT_BLOCKS = 'p, li, dd, dt';
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

    /** Runs after Paged.js's own footnote handler has moved the notes in `node` to the foot of the page.
     *  `from` is the node of the source it is a copy of: the last one tells where the page's text ends. */
    renderNode(node: Node, from: Node): void {
      // Paged.js copies a paragraph, a heading, an item whole (dom.js isContainer), a section empty and
      // then its children.
      lastRendered = { node: from, whole: node.hasChildNodes() || !from.hasChildNodes() };
      if (!(node instanceof HTMLElement) || !node.dataset) return;
      const refs = node.matches('[data-note="footnote"]')
        ? [node.dataset['ref']]
        : [...node.querySelectorAll<HTMLElement>('[data-footnote-call]')].map((call) => call.dataset['footnoteCall']);
      const area = node.closest<HTMLElement>('.pagedjs_area');
      for (const ref of refs) if (area && ref) keepCallLine(area, ref);
    }

    /** Where Paged.js would break the page (the start of what overflows): moved so that no paragraph
     *  leaves a single line on either side (widows, orphans: keepLines). */
    onOverflow(overflow: Range | undefined, rendered: HTMLElement, bounds: DOMRect): Range | undefined {
      if (!overflow) return undefined;
      const started = performance.now();
      const source = (this as unknown as { chunker: { source: DocumentFragment } }).chunker.source;
      // Each rule gives where the break moves to; what overflows runs on to the end, as Paged.js's did.
      const moved = keepLines(overflow, rendered, bounds) ?? keepItems(overflow, rendered, bounds, source) ?? keepLastLines(overflow, rendered, bounds);
      const kept = keepHeadingLines(moved ?? overflow, rendered, bounds) ?? moved;
      kept?.setEnd(overflow.endContainer, overflow.endOffset);
      w.bookletAdjustments.ms += performance.now() - started;
      return kept;
    }

    /** Paged.js adds a page of notes only (`clonePage`, without content) for notes left over where the text
     *  ends or before a forced break: those notes may take the whole type area. */
    beforePageLayout(page: { element: HTMLElement }, content: unknown, _token: unknown, chunker: Chunker): void {
      const notesOnly = content === undefined;
      if (notesOnly) numberNotesPage(page.element, chunker);
      capCarriedNotes(page.element, !notesOnly);
    }

    afterPageLayout(page: HTMLElement, _page: unknown, _token: unknown, chunker: Chunker): void {
      // A page of notes is given the classes of the page it follows, an opening page's too: it opens nothing.
      if (page.hasAttribute(NOTES_PAGE)) page.classList.remove(...[...page.classList].filter((c) => c.endsWith('first_page')));
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

  /** Paged.js 0.4.3's `clonePage` (chunker.js) numbers a page of notes from its count of pages and does not
   *  count it: a second page of notes, and the next page of text, took the same number and side (a verso
   *  with a recto's running head and folio). Count it. */
  function numberNotesPage(page: HTMLElement, chunker: Chunker): void {
    page.setAttribute(NOTES_PAGE, '');
    chunker.total = chunker.pages.length;
  }

  /** Paged.js 0.4.3 (footnotes.js `moveFootnote`) raises the foot of the page to just below the call's
   *  text, not its line: the line's half-leading is left out, the call's line no longer fits above the notes
   *  and goes to the next page, while its note stays here (a long note was then set twice, the second time
   *  with its call). Lower the foot's top to the foot of the call's line; what of the notes no longer fits
   *  is Paged.js's overflow, carried to the next page. */
  function keepCallLine(area: HTMLElement, ref: string): void {
    const inner = area.querySelector<HTMLElement>('.pagedjs_footnote_inner_content');
    const call = area.querySelector<HTMLElement>(`.pagedjs_page_content [data-footnote-call="${CSS.escape(ref)}"]`);
    if (!inner?.querySelector(`[data-ref="${CSS.escape(ref)}"]`) || !call) return;
    const foot = area.style.getPropertyValue('--pagedjs-footnotes-height');
    const height = parseFloat(foot) || 0;
    const notesHeight = inner.getBoundingClientRect().height;
    // Measured with the whole type area for the text, where the call's line is when it fits, by an empty
    // box set at the foot of the line.
    area.style.setProperty('--pagedjs-footnotes-height', '0px');
    const probe = document.createElement('span');
    probe.style.cssText = 'display: inline-block; width: 0; height: 0; vertical-align: bottom;';
    call.before(probe);
    const line = probe.getBoundingClientRect();
    const box = area.getBoundingClientRect();
    probe.remove();
    area.style.setProperty('--pagedjs-footnotes-height', foot);
    // A call past the type area (in the column Paged.js cuts off) goes to the next page with its line.
    const room = Math.floor(box.bottom - line.bottom);
    if (line.left > box.right || room < 0 || height <= room) return;
    // A note that fits a page of its own goes over with its call's line, as Paged.js does: split, the
    // call's paragraph was set past the type area and the text after it lost (test/fixtures/call-line-loss).
    if (notesHeight <= box.height / 2) return;
    area.style.setProperty('--pagedjs-footnotes-height', `${room}px`);
    inner.style.height = `${Math.max(0, notesHeight - (height - room))}px`;
  }

  /** Paged.js 0.4.3 carries what did not fit of a page's notes to the next page (footnotes.js
   *  `afterPageLayout`), puts it there in `beforePageLayout` through `moveFootnote` without a call, which
   *  sets that page's foot to the remainder's full height, however tall. A note longer than a page then
   *  took the text area down to nothing (the text after it was dropped, or laid out again with the note:
   *  "Layout repeated") and ran over the folio and off the page, where Paged.js's next overflow check,
   *  measured against that same oversized box, found nothing to carry on: the note's end was lost. Hold the
   *  foot to the type area, so that its own check carries the rest to the next page's foot. While text
   *  remains, the note leaves it half the type area: the text goes on beside the note (a heading with its
   *  first lines, a figure up to half the page), and a page that fits no text would stop Paged.js. */
  function capCarriedNotes(page: HTMLElement, textRemains: boolean): void {
    const area = page.querySelector<HTMLElement>('.pagedjs_area');
    const notes = area?.querySelector<HTMLElement>('.pagedjs_footnote_content');
    const inner = notes?.querySelector<HTMLElement>('.pagedjs_footnote_inner_content');
    if (!area || !notes || !inner) return;
    const height = parseFloat(area.style.getPropertyValue('--pagedjs-footnotes-height')) || 0;
    const cap = Math.floor(area.clientHeight * (textRemains ? 0.5 : 1));
    if (height <= cap) return;
    // The rule, gap and padding above the notes (the @footnote box) come out of the cap.
    const box = getComputedStyle(notes);
    const frame = [box.marginTop, box.marginBottom, box.paddingTop, box.paddingBottom, box.borderTopWidth, box.borderBottomWidth]
      .reduce((sum, value) => sum + (parseFloat(value) || 0), 0);
    area.style.setProperty('--pagedjs-footnotes-height', `${cap}px`);
    // A fixed height: Paged.js lays the notes out in columns of it, and what spills past the first column
    // is its overflow.
    inner.style.height = `${cap - frame}px`;
  }

  /** No widow and no orphan (clreq D5): a paragraph split by the page keeps its `orphans` lines at the
   *  foot and its `widows` lines at the head of the next (cjk.css: 2; a user stylesheet that sets 1 turns
   *  this off). Paged.js 0.4.3 has none of its own: it lays a page out as a column, breaks at the first
   *  line past its foot (layout.js `findOverflow`, `textBreak`), and takes a moved break from its
   *  `onOverflow` hook. Too few lines to go over: the lines before them go too, when enough stay; else,
   *  and when too few would stay, the whole paragraph goes, with the headings before it, which keep with
   *  it. The page runs a line or two short; the text stays on the grid. Only a paragraph that is not the
   *  page's first block moves (a page is never left empty: Paged.js would lay it out again and again),
   *  and a break moves at most once (the hook runs once for each break, and a moved break is not looked
   *  at again): one pass a page, never a loop. Each moved break, and each one that could not be, is
   *  written on its page (data-booklet-adjust) for the proof report. */
  function keepLines(overflow: Range, rendered: HTMLElement, bounds: DOMRect): Range | undefined {
    const start = overflow.startContainer;
    if (!(start instanceof Text)) return undefined;
    const block = start.parentElement?.closest<HTMLElement>(TEXT_BLOCKS);
    if (!block || !rendered.contains(block) || block.closest('.footnote, table, figure, nav, .pagedjs_footnote_area')) return undefined;
    const { tops, over } = linesOf(block, bounds);
    const before = tops.length;
    const after = over;
    const continued = block.hasAttribute('data-split-from');
    if (before === 0 || after === 0) return undefined;
    const { orphans, widows } = keeps(block);
    const short = Math.max(0, widows - after);
    if (short === 0 && before >= orphans) return undefined;
    const rule = short > 0 ? 'widow' : 'orphan';
    let moved: Range | undefined;
    if (before >= orphans + short && short > 0) {
      // The last lines of this page go over with the ones after them.
      moved = breakAtLine(block, tops[before - short]!, bounds);
      if (moved) note(rendered, { rule, moved: 'lines', lines: short }, block);
    } else if (!continued) {
      // The whole paragraph goes, with the headings that keep with it.
      moved = breakBefore(keepWith(block, rendered), bounds);
      if (moved) note(rendered, { rule, moved: 'paragraph', lines: before }, block);
    }
    if (!moved) {
      const why = continued ? 'the paragraph runs on from the page before, and too few of its lines are here to split it otherwise' : 'the paragraph is the first thing on the page';
      note(rendered, { rule, moved: 'none', lines: 0, why }, block);
      return undefined;
    }
    return moved;
  }

  /** The same for a list split between its items (the contents above all): two items or more of it stay
   *  on each side, and an entry whose sublist would begin on the next page goes there with it. What moves
   *  is one item, or the whole list with the entry it belongs to (a contents group with its article) and
   *  the headings before it. */
  function keepItems(overflow: Range, rendered: HTMLElement, bounds: DOMRect, source: DocumentFragment): Range | undefined {
    const container = overflow.startContainer;
    const next = container.childNodes[overflow.startOffset];
    if (!(container instanceof HTMLElement) || !(next instanceof HTMLElement)) return undefined;
    let target: Element | undefined;
    if (container.tagName === 'LI' && /^(OL|UL)$/.test(next.tagName)) {
      // The entry's own line would be left alone at the foot.
      target = container;
    } else if (/^(OL|UL)$/.test(container.tagName) && next.tagName === 'LI') {
      const itemsOf = (list: Element) => [...list.children].filter((c) => c.tagName === 'LI');
      const items = itemsOf(container);
      const before = items.indexOf(next);
      // The whole list is in the source; the page has laid out only part of it.
      const ref = container.getAttribute('data-ref');
      const all = ref ? source.querySelector(`[data-ref="${CSS.escape(ref)}"]`) : null;
      const whole = all ? itemsOf(all) : items;
      const after = whole.length - (all ? whole.findIndex((c) => c.getAttribute('data-ref') === next.getAttribute('data-ref')) : before);
      const continued = container.hasAttribute('data-split-from');
      if (after === 1 && before >= 3) target = items[before - 1];
      else if (!continued && (before === 1 || (after === 1 && before === 2))) target = keepWith(container.parentElement?.tagName === 'LI' ? container.parentElement : container, rendered);
    }
    const moved = target && breakBefore(target, bounds);
    if (!moved) return undefined;
    note(rendered, { rule: 'list', moved: 'items', lines: 0 }, target!);
    return moved;
  }

  /** 单行不成面 (clreq D5): the text before a forced break (an article's end, its source note) never
   *  leaves a single line on a page of its own. When one line would go over and nothing follows it
   *  before the break, the paragraph before it gives the next page its last `widows` lines (those lines
   *  at the head of a page are no widow), or, when it is too short to keep `orphans` lines here, goes
   *  whole with its headings. `widows: 1` turns it off with the widow rule. */
  function keepLastLines(overflow: Range, rendered: HTMLElement, bounds: DOMRect): Range | undefined {
    if (linesOver(overflow, bounds) !== 1 || !lastRendered || !endsAtBreak(lastRendered.node, lastRendered.whole)) return undefined;
    const first = overflow.startContainer.childNodes[overflow.startOffset] ?? overflow.startContainer;
    // What comes just before the line: a paragraph (an item, or one at the end of a quote, a box, a list),
    // or a block that gives no lines (a table, a figure, code).
    const before = previousElement(first, rendered);
    if (!before || /^(H[1-6]|HEADER)$/.test(before.tagName)) return undefined;
    const block = before.matches('table, figure, pre, nav') ? undefined : before.matches(TEXT_BLOCKS) ? before : [...before.querySelectorAll(TEXT_BLOCKS)].at(-1);
    // Not resolved: written on the lone line's block, where proof finds it.
    const lone = first instanceof Element ? first : (first.parentElement ?? before);
    if (!(block instanceof HTMLElement) || block.closest('.footnote, table, figure, nav, pre')) {
      note(rendered, { rule: 'single-line', moved: 'none', lines: 0, why: 'what comes before it (a table, a figure, code) gives no lines' }, lone);
      return undefined;
    }
    const { orphans, widows } = keeps(block);
    if (widows < 2) return undefined;
    const { tops, over } = linesOf(block, bounds);
    if (over > 0) return undefined;
    // A note goes with its call: moved, it would take the foot of the next page too (and a note longer
    // than the page is set by capCarriedNotes, which the move would undo).
    if (block.querySelector('[data-footnote-call]')) {
      note(rendered, { rule: 'single-line', moved: 'none', lines: 0, why: 'the paragraph before it calls a footnote, which would move with it' }, lone);
      return undefined;
    }
    let moved: Range | undefined;
    if (tops.length >= orphans + widows) {
      moved = breakAtLine(block, tops[tops.length - widows]!, bounds);
      if (moved) note(rendered, { rule: 'single-line', moved: 'lines', lines: widows }, block);
    } else if (!block.hasAttribute('data-split-from')) {
      moved = breakBefore(keepWith(block, rendered), bounds);
      if (moved) note(rendered, { rule: 'single-line', moved: 'paragraph', lines: tops.length }, block);
    }
    if (!moved) {
      note(rendered, { rule: 'single-line', moved: 'none', lines: 0, why: 'the paragraph before it is the first thing on the page, or runs on from the page before' }, lone);
      return undefined;
    }
    return moved;
  }

  /** The element just before `node` on the page (the previous sibling of it or of its nearest ancestor
   *  that has one). */
  function previousElement(node: Node, rendered: HTMLElement): Element | undefined {
    for (let at: Node | null = node; at && at !== rendered; at = at.parentNode) {
      let sibling = at.previousSibling;
      while (sibling && sibling.nodeType !== Node.ELEMENT_NODE) sibling = sibling.previousSibling;
      if (sibling) return sibling as Element;
    }
    return undefined;
  }

  /** 背题 (clreq F2): a heading keeps two lines of its text after it on its page (Paged.js keeps it with
   *  the next block, `break-after: avoid`, which may be a one-line byline or paragraph). When fewer lines
   *  than the `orphans` of the block after it stand between the page's last heading and the break, the
   *  heading goes to the next page with them (and with the headings before it). Run last, on the break
   *  as the other rules left it. */
  function keepHeadingLines(overflow: Range, rendered: HTMLElement, bounds: DOMRect): Range | undefined {
    const at = overflow.startContainer.childNodes[overflow.startOffset] ?? overflow.startContainer;
    const headings = [...rendered.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].filter(
      (h) => !h.closest('.footnote, nav') && !h.contains(at) && (h.compareDocumentPosition(at) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
    const heading = headings.at(-1);
    if (!heading) return undefined;
    // What follows it on the page, up to the break: text only (a figure or a table between them is
    // what the heading introduces; it stays).
    const between = document.createRange();
    between.setStartAfter(heading);
    between.setEnd(overflow.startContainer, overflow.startOffset);
    const blocks = [...rendered.querySelectorAll<HTMLElement>('*')].filter((el) => between.intersectsNode(el) && !el.contains(heading));
    if (blocks.some((el) => /^(IMG|SVG|TABLE|FIGURE|PRE|HR|H[1-6])$/i.test(el.tagName))) return undefined;
    // A note goes with its call (as in keepLastLines).
    if (blocks.some((el) => el.matches('[data-footnote-call]'))) return undefined;
    const next = blocks.find((el) => el.matches(TEXT_BLOCKS)) ?? (at instanceof Element ? at : at.parentElement)?.closest(TEXT_BLOCKS);
    const { orphans } = keeps(next ?? heading);
    // Counted up to `orphans`: a stylesheet's 3 wants three.
    const lines = linesIn(between, bounds, 'here', orphans);
    if (orphans < 2 || lines >= orphans) return undefined;
    const moved = breakBefore(keepWith(heading, rendered), bounds);
    if (!moved) {
      note(rendered, { rule: 'heading', moved: 'none', lines, why: 'the heading is the first thing on the page' }, heading);
      return undefined;
    }
    note(rendered, { rule: 'heading', moved: 'heading', lines }, heading);
    return moved;
  }

  /** The block's `orphans` and `widows` (cjk.css: 2; a user stylesheet may set 1, and turn this off). */
  function keeps(block: Element): { orphans: number; widows: number } {
    const style = getComputedStyle(block);
    return { orphans: Math.max(1, Number(style.orphans) || 2), widows: Math.max(1, Number(style.widows) || 2) };
  }

  /** One line of text in a list of lines: none of them on the same line (and column) as `r`. */
  const newLine = (lines: DOMRect[], r: DOMRect, bounds: DOMRect) =>
    !lines.some((o) => Math.abs(o.top - r.top) < r.height / 2 && Math.abs(o.left - r.left) < bounds.width);

  /** The tops of the block's lines in the page's column, and how many of its lines are past it (what
   *  would go over: Paged.js spills it sideways into a next column, or below the foot). */
  function linesOf(block: HTMLElement, bounds: DOMRect): { tops: number[]; over: number } {
    const here: DOMRect[] = [];
    const over: DOMRect[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (!node.data.trim()) continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const list = r.left >= bounds.right || r.top >= bounds.bottom ? over : here;
        if (newLine(list, r, bounds)) list.push(r);
      }
    }
    return { tops: here.map((r) => r.top).sort((a, b) => a - b), over: over.length };
  }

  /** How many lines of text the overflow holds: 0, 1, or 2 for two or more. */
  const linesOver = (overflow: Range, bounds: DOMRect) => linesIn(overflow, bounds, 'over', 2);

  /** The lines of text in `range` that are on the page (`here`) or past it (`over`), counted up to
   *  `most` (the count stops there); an image, a table or a rule counts as `most`. */
  function linesIn(overflow: Range, bounds: DOMRect, where: 'here' | 'over', most: number): number {
    const root = overflow.commonAncestorContainer;
    const seen: DOMRect[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    const range = document.createRange();
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (!overflow.intersectsNode(node)) continue;
      if (node instanceof Element) {
        if (/^(img|svg|hr|video|canvas|iframe|table)$/i.test(node.tagName)) return most;
        continue;
      }
      const text = node as Text;
      if (!text.data.trim()) continue;
      range.selectNodeContents(text);
      if (text === overflow.startContainer) range.setStart(text, overflow.startOffset);
      if (text === overflow.endContainer) range.setEnd(text, overflow.endOffset);
      for (const r of range.getClientRects()) {
        if (r.width === 0 || (r.left < bounds.right && r.top < bounds.bottom) !== (where === 'here')) continue;
        if (newLine(seen, r, bounds)) seen.push(r);
        if (seen.length >= most) return most;
      }
    }
    return seen.length;
  }

  /** Whether the source has nothing after `node` (the last it copied to the page) but a forced break:
   *  the end of the book, a `break-before` page (an article's start) or a change of named page. What
   *  Paged.js copies next is the node's first child (a container copied empty), or what follows. */
  function endsAtBreak(node: Node, whole: boolean): boolean {
    // The source is a template's content, of another document: its elements are no HTMLElement here.
    const FORCED = /^(always|page|left|right|recto|verso)$/;
    const isElement = (n: Node | null): n is Element => n?.nodeType === Node.ELEMENT_NODE;
    const pageOf = (n: Node) => (isElement(n) ? n : n.parentElement)?.closest('[data-page]')?.getAttribute('data-page') ?? '';
    const after = (n: Node): Node | null => {
      for (let at: Node | null = n; at; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
      return null;
    };
    let next = (whole ? null : node.firstChild) ?? after(node);
    while (next && !isElement(next) && !next.textContent?.trim()) next = after(next);
    if (!next) return true;
    if (!isElement(next)) return false;
    if (FORCED.test(next.getAttribute('data-previous-break-after') ?? '') || pageOf(next) !== pageOf(node)) return true;
    for (let el: Element | null = next; el; el = el.firstElementChild) if (FORCED.test(el.getAttribute('data-break-before') ?? '')) return true;
    return false;
  }

  /** The block with the headings before it, which keep with it: the headings just before it, or just
   *  before the box, quote or list it opens. */
  function keepWith(block: Element, rendered: HTMLElement): Element {
    let first = block;
    for (;;) {
      const prev = first.previousElementSibling;
      const parent = first.parentElement;
      if (prev && /^H[1-6]$|^HEADER$/.test(prev.tagName)) first = prev;
      else if (!prev && parent && parent !== rendered && !parent.matches('section, article, body')) first = parent;
      else return first;
    }
  }

  /** Write a moved break (or one that could not be) on the page, with the block's manuscript line. */
  function note(rendered: HTMLElement, adjustment: Omit<Adjustment, 'source' | 'line'>, block: Element): void {
    const page = rendered.closest<HTMLElement>('.pagedjs_page');
    if (!page) return;
    const line = block.closest('[data-line]')?.getAttribute('data-line');
    const record: Adjustment = { ...adjustment, source: block.closest('[data-source]')?.getAttribute('data-source') ?? '', ...(line ? { line: Number(line) } : {}) };
    const list = JSON.parse(page.getAttribute(ADJUSTED) ?? '[]') as Adjustment[];
    page.setAttribute(ADJUSTED, JSON.stringify([...list, record]));
    if (adjustment.moved !== 'none') w.bookletAdjustments.moved += 1;
  }

  /** A break before `target`, only from inside the page: the page keeps something before it, text or an
   *  image (a block's top margin is no content). (A block split over the column has a box from the
   *  column's top: its first fragment tells where it starts.) */
  function breakBefore(target: Element, bounds: DOMRect): Range | undefined {
    const top = target.getClientRects()[0]?.top ?? bounds.top;
    const page = target.closest('.pagedjs_page_content');
    if (top - bounds.top < 1 || !target.parentElement || !page) return undefined;
    const before = document.createRange();
    before.setStart(page, 0);
    before.setEndBefore(target);
    const drawn = [...page.querySelectorAll('img, svg, hr, table')].some((el) => before.intersectsNode(el) && !el.contains(target));
    if (before.toString().trim() === '' && !drawn) return undefined;
    const moved = document.createRange();
    moved.setStartBefore(target);
    return moved;
  }

  /** A break before the line of `block` at `top`. */
  function breakAtLine(block: HTMLElement, top: number, bounds: DOMRect): Range | undefined {
    const at = firstCharOnLine(block, top, bounds);
    if (!at) return undefined;
    const moved = document.createRange();
    moved.setStart(at.node, at.offset);
    return moved;
  }

  /** The first character of `block` on the line at `top` in the page's column. */
  function firstCharOnLine(block: HTMLElement, top: number, bounds: DOMRect): { node: Text; offset: number } | undefined {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      for (let k = 0; k < node.data.length; k++) {
        range.setStart(node, k);
        range.setEnd(node, k + 1);
        const r = [...range.getClientRects()].find((x) => x.width > 0);
        if (r && r.left < bounds.right && Math.abs(r.top - top) < r.height / 2) return { node, offset: k };
      }
    }
    return undefined;
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
