// Runs inside Chromium after pagination (self-contained, no imports): the laid-out lines of every block,
// with character positions, for the proof checks (cjk-print-rules §6.3). Node does the checking.
import type { Adjustment, LayoutFacts, BlockLayout, LineLayout, PageLayout, ImageLayout } from './bridge.js';

/** Collect pages and the visual lines of every text block on them: every page, or the pages `only`
 *  (1-based; the preview collects the pages in view, as every character is measured). */
export function collectLayout(only?: number[]): LayoutFacts {
  const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, figcaption, .footnote';
  // Paged.js leaves, where a note floated to the foot of the page, an empty element of the note's class
  // (its number is generated): a mark in the paragraph, not a block.
  const CALL = '[data-footnote-call]';
  const isBlock = (el: Element) => el.matches(BLOCKS) && !el.matches(CALL);
  // Split across pages without splitting what they hold: an article's section, the contents, a table
  // (and its body) split between rows.
  const WHOLE_PARTS = 'section, nav, table, thead, tbody, tfoot';
  /** The innermost list a block is in that the page splits, and whether the block and its item are
   *  whole. (Inside: this function runs in the page, serialised alone.) */
  function listOf(el: HTMLElement): { list?: { ref: string; whole: boolean } } {
    const list = el.closest(':is(ol, ul):is([data-split-from], [data-split-to])');
    const ref = list?.getAttribute('data-ref');
    if (!list || !ref) return {};
    const item = el.closest('li');
    return { list: { ref, whole: !el.hasAttribute('data-split-from') && !el.hasAttribute('data-split-to') && !item?.hasAttribute('data-split-from') && !item?.hasAttribute('data-split-to') } };
  }
  // Set as headings (rehype-phrase-breaks.ts PHRASED_CLASSES), and the contents' entries.
  const PHRASED = 'h1, h2, h3, h4, h5, h6, .cover-title, .cover-subtitle, .title-page-title, .title-page-subtitle, .article-subtitle';
  const round = (n: number) => Math.round(n * 100) / 100;
  const wanted = only ? new Set(only) : undefined;
  const pageElements = [...document.querySelectorAll<HTMLElement>('.pagedjs_page')];
  const chosen = pageElements.map((page, i) => ({ page, i })).filter(({ i }) => !wanted || wanted.has(i + 1));
  const pages: PageLayout[] = chosen.map(({ page, i }) => {
    const content = page.querySelector<HTMLElement>('.pagedjs_page_content');
    const area = content?.getBoundingClientRect();
    const blocks: BlockLayout[] = [];
    // The running text, then the notes at the foot of the page (the footnote area lies below the content).
    const notes = page.querySelector<HTMLElement>('.pagedjs_footnote_inner_content');
    const candidates = [content, notes].flatMap((root) => (root ? [...root.querySelectorAll<HTMLElement>(BLOCKS)] : []));
    for (const el of candidates) {
      if (!isBlock(el)) continue;
      // A block that holds other blocks (li > p) is measured through them.
      if ([...el.querySelectorAll(BLOCKS)].some(isBlock) && !el.classList.contains('footnote')) continue;
      if (el.closest('.footnote') && !el.classList.contains('footnote')) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const lines: LineLayout[] = [];
      let current: LineLayout | undefined;
      let currentTop = 0;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        // Footnotes moved into a paragraph are their own block.
        if (node.parentElement?.closest('.footnote') && !el.classList.contains('footnote')) continue;
        for (let k = 0; k < node.data.length; k++) {
          const ch = node.data[k]!;
          if (ch === '\u2060') continue;
          const range = document.createRange();
          range.setStart(node, k);
          range.setEnd(node, k + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (!rect) continue;
          if (!current || Math.abs(rect.top - currentTop) > rect.height * 0.5) {
            current = { text: '', x: [], w: [], top: round(rect.top - (area?.top ?? 0)) };
            currentTop = rect.top;
            lines.push(current);
          }
          current.text += ch;
          current.x.push(round(rect.left - (area?.left ?? 0)));
          current.w.push(round(rect.width));
        }
      }
      // A note at the foot of the page belongs where it is called.
      const marker = el.getAttribute('data-footnote-marker');
      const call = marker ? document.querySelector(`[data-footnote-call="${CSS.escape(marker)}"]`) : null;
      const home = el.closest('[data-source]') ? el : (call ?? el);
      const source = home.closest('[data-source]')?.getAttribute('data-source') ?? '';
      const lineAttr = el.closest('[data-line]')?.getAttribute('data-line');
      blocks.push({
        tag: el.classList.contains('footnote') ? 'footnote' : el.tagName.toLowerCase(),
        source,
        line: lineAttr ? Number(lineAttr) : undefined,
        fontSize: parseFloat(style.fontSize),
        left: round(box.left - (area?.left ?? 0)),
        right: round(box.right - (area?.left ?? 0)),
        // Split itself (or its list item, its quote): the article section is split on every page, and a
        // table split between its rows is, not the cells of those rows (a row split inside is).
        splitFrom: el.closest(`[data-split-from]:not(${WHOLE_PARTS})`) !== null,
        splitTo: el.closest(`[data-split-to]:not(${WHOLE_PARTS})`) !== null,
        article: home.closest('section.article')?.id ?? '',
        phrased: el.matches(PHRASED) || el.querySelector('.toc-text') !== null,
        ...listOf(el),
        lines: lines.filter((l) => l.text.trim() !== ''),
      });
    }
    // Every image's box, for the check that none is cut off at the type area or the trim.
    const images: ImageLayout[] = [...(content ? content.querySelectorAll<HTMLImageElement>('img') : [])].flatMap((img) => {
      const r = img.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return [];
      const lineAttr = img.closest('[data-line]')?.getAttribute('data-line');
      return [{
        src: img.getAttribute('src') ?? '',
        source: img.closest('[data-source]')?.getAttribute('data-source') ?? '',
        line: lineAttr ? Number(lineAttr) : undefined,
        left: round(r.left - (area?.left ?? 0)),
        top: round(r.top - (area?.top ?? 0)),
        right: round(r.right - (area?.left ?? 0)),
        bottom: round(r.bottom - (area?.top ?? 0)),
      }];
    });
    return {
      index: i + 1,
      side: page.classList.contains('pagedjs_left_page') ? 'left' : 'right',
      blank: page.classList.contains('pagedjs_blank_page'),
      // Paged.js lays a page out as a column: what does not fit spills sideways into the next column,
      // past the right edge of the type area.
      overflow:
        content !== null &&
        area !== undefined &&
        [...content.querySelectorAll('*')].some((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.left >= area.right + 1;
        }),
      width: round(area?.width ?? 0),
      height: round(area?.height ?? 0),
      blocks,
      images,
      ...(page.hasAttribute('data-booklet-adjust') ? { adjustments: JSON.parse(page.getAttribute('data-booklet-adjust')!) as Adjustment[] } : {}),
    };
  });
  return { pages };
}
