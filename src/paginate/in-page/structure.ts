// Runs inside Chromium after numbering (self-contained, no imports): what each page holds as the tagged
// PDF's structure (src/paginate/structure/tag-book.ts): every element that becomes a structure element,
// its parent, its PDF type and its boxes. Node then gives what the page draws to the deepest node whose
// box holds it; what no node holds (running heads, folios, rules) is an artifact.
import type { PageStructure, StructureNode } from './bridge.js';

/** The structure nodes of every page (`.pagedjs_page`), in page order. */
export function collectStructure(): PageStructure[] {
  const pages = [...document.querySelectorAll<HTMLElement>('.pagedjs_page')];
  return pages.map((page, index) => {
    const origin = page.getBoundingClientRect();
    const nodes: StructureNode[] = [];
    let made = 0;
    const keyOf = (el: Element) => el.getAttribute('data-ref') ?? `p${index}-${made++}`;
    const flat = (rects: Iterable<DOMRect>) =>
      [...rects].filter((r) => r.width > 0 && r.height > 0).flatMap((r) => [r.left - origin.left, r.top - origin.top, r.width, r.height]);

    /** The PDF structure type of `el`; '' when it is no node (its content goes to its parent). */
    const typeOf = (el: Element): string => {
      const tag = el.localName;
      const toc = el.closest('nav.toc') !== null;
      if (el.matches('.toc-leader, .notes-rules, hr, [aria-hidden="true"]')) return 'Artifact';
      if (el.matches('[data-footnote-call]')) return 'Reference';
      if (el.matches('[data-note="footnote"]')) return 'Note';
      if (/^h[1-6]$/.test(tag)) return toc ? 'Caption' : `H${tag[1]}`;
      if (tag === 'nav' && toc) return 'TOC';
      if (toc && (tag === 'ol' || tag === 'ul')) return el.parentElement?.closest('li') ? 'TOC' : '';
      if (toc && tag === 'li') return 'TOCI';
      if (tag === 'img') return el.closest('figure') ? '' : (el as HTMLImageElement).alt ? 'Figure' : 'Artifact';
      if (tag === 'a' && el.hasAttribute('href')) return 'Link';
      const types: Record<string, string> = {
        p: 'P', pre: 'P', dt: 'P', dd: 'P', blockquote: 'BlockQuote', ol: 'L', ul: 'L', li: 'LI', dl: 'Div',
        table: 'Table', thead: 'THead', tbody: 'TBody', tfoot: 'TFoot', tr: 'TR', th: 'TH', td: 'TD',
        caption: 'Caption', figcaption: 'Caption', figure: 'Figure', section: 'Sect', aside: 'Div', article: 'Art',
      };
      return types[tag] ?? '';
    };

    // Emphasis dots (着重号, clreq 3.2.2) are drawn as glyphs beside the text: artifacts, not words.
    const emphasis = (el: Element) => {
      const style = getComputedStyle(el);
      if (!style.textEmphasisStyle || style.textEmphasisStyle === 'none') return;
      const size = parseFloat(style.fontSize) || 16;
      const under = style.textEmphasisPosition.includes('under');
      const rects = [...el.getClientRects()].map((r) => new DOMRect(r.left, under ? r.bottom - 1 : r.top - size * 0.7, r.width, size * 0.7 + 1));
      nodes.push({ key: `p${index}-${made++}`, parent: '', type: 'Artifact', depth: 1000, boxes: flat(rects) });
    };

    const visit = (el: Element, parent: string, depth: number) => {
      emphasis(el);
      const type = typeOf(el);
      if (!type) {
        for (const child of el.children) visit(child, parent, depth);
        return;
      }
      const key = keyOf(el);
      const inline = getComputedStyle(el).display.startsWith('inline');
      const box = el.getBoundingClientRect();
      const node: StructureNode = { key, parent, type, depth, boxes: flat(inline ? el.getClientRects() : [box]) };
      const lang = el.getAttribute('lang');
      if (lang && lang !== document.documentElement.lang) node.lang = lang;
      if (type === 'Figure') {
        const img = el.localName === 'img' ? (el as HTMLImageElement) : el.querySelector('img');
        if (img?.alt) node.alt = img.alt;
      }
      if (type === 'Note') node.call = `call-${el.getAttribute('data-ref')}`;
      if (type === 'Reference') node.key = `call-${el.getAttribute('data-footnote-call')}`;
      if (type === 'Link') node.target = decodeHref(el.getAttribute('href')!);
      if (type === 'TH') node.scope = el.closest('thead') ? 'Column' : 'Row';
      nodes.push(node);
      if (type === 'Artifact') return;
      let inner = node.key;
      if (type === 'LI') {
        // A list item's marker is drawn left of its box (list-style-position: outside), in its list's.
        const list = el.parentElement?.getBoundingClientRect() ?? box;
        const marker = flat([new DOMRect(list.left, box.top, box.left - list.left, box.height)]);
        nodes.push({ key: `${key}/lbl`, parent: key, type: 'Lbl', depth: depth + 1, boxes: marker });
        nodes.push({ key: `${key}/body`, parent: key, type: 'LBody', depth: depth + 1, boxes: node.boxes });
        node.boxes = [];
        inner = `${key}/body`;
        depth += 1;
      }
      for (const child of el.children) visit(child, inner, depth + 1);
    };

    for (const area of page.querySelectorAll('.pagedjs_page_content, .pagedjs_footnote_area')) {
      for (const child of area.children) visit(child, '', 0);
    }
    return { nodes };
  });

  /** An href's target: an id for `#…` (a malformed %-escape as it is), else the URL. */
  function decodeHref(href: string): string {
    if (!href.startsWith('#')) return href;
    try {
      return decodeURIComponent(href.slice(1));
    } catch {
      return href.slice(1);
    }
  }
}
