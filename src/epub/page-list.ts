// Page-break markers at the places where the printed booklet's pages begin, so a reader of the EPUB can
// cite "p. 7" of the print edition (EPUB 3 page-list). The places come from the real pagination.
import type { Element, ElementContent, Text } from 'hast';
import type { PaginationFacts } from '../paginate/in-page/bridge.js';
import { elements, type Chapter } from './chapters.js';

export interface PageTarget {
  /** The printed folio. */
  label: string;
  file: string;
  id: string;
}

/** Elements whose content model has no text: a marker there is invalid XHTML (a <span> between rows or
 *  cells), and their whitespace is not counted as the block's text (as measure.ts counts it). */
export const NO_TEXT = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'menu', 'select', 'optgroup', 'datalist', 'picture', 'hgroup', 'audio', 'video']);
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

interface Request {
  offset: number;
  marker: Element;
}

/** Insert a marker for every numbered page that starts in one of `chapters`; returns them in order.
 *  Linear in the chapters' size: the blocks are indexed once, and each block is walked once for all the
 *  pages that start in it (a long table starts hundreds of pages). */
export function insertPageBreaks(chapters: Chapter[], facts: PaginationFacts): PageTarget[] {
  const targets: PageTarget[] = [];
  const bySource = new Map(chapters.filter((c) => c.source !== undefined).map((c) => [c.source!, c] as const));
  const indexes = new Map<Chapter, Map<string, Element>>();
  const requests = new Map<Element, Request[]>();
  for (const page of facts.pages) {
    if (!page.folio || !page.start) continue;
    const chapter = bySource.get(page.start.source);
    if (!chapter) continue;
    let index = indexes.get(chapter);
    if (!index) indexes.set(chapter, (index = blockIndex(chapter.body)));
    const block = index.get(`${page.start.tag}:${page.start.line}`);
    if (!block) continue;
    const id = `page-${page.folio}`;
    const marker: Element = {
      type: 'element',
      tagName: 'span',
      properties: { id, 'epub:type': 'pagebreak', role: 'doc-pagebreak', ariaLabel: page.folio },
      children: [],
    };
    const list = requests.get(block) ?? [];
    list.push({ offset: page.start.offset, marker });
    requests.set(block, list);
    targets.push({ label: page.folio, file: chapter.file, id });
  }
  // Stable: pages that start at one place keep their order.
  for (const [block, list] of requests) insertAll(block, list.sort((a, b) => a.offset - b.offset));
  return targets;
}

/** The first element of each `tag:data-line`, as the pagination names blocks. */
function blockIndex(body: Element): Map<string, Element> {
  const index = new Map<string, Element>();
  for (const el of elements(body)) {
    const line = el.properties['dataLine'];
    if (line === undefined) continue;
    const key = `${el.tagName}:${String(line)}`;
    if (!index.has(key)) index.set(key, el);
  }
  return index;
}

/** Put each marker before the character at its offset of the block's text, in one walk (footnote calls
 *  do not count: in print they are generated content). A marker only goes where text may: one due in
 *  a table's whitespace goes before the next cell's text; one past the end, after the last text. */
function insertAll(block: Element, requests: Request[]): void {
  let count = 0;
  let next = 0;
  let lastHolder: Element | undefined;
  let firstHolder: Element | undefined;
  const visit = (parent: Element): void => {
    const holds = !NO_TEXT.has(parent.tagName) && !VOID.has(parent.tagName);
    if (holds) firstHolder ??= parent;
    const children = parent.children;
    for (let i = 0; i < children.length && next < requests.length; i++) {
      const child = children[i] as ElementContent;
      if (child.type === 'element') {
        if (!('dataFootnoteRef' in child.properties)) visit(child);
        continue;
      }
      if (child.type !== 'text' || (!holds && child.value.trim() === '')) continue;
      const end = count + child.value.length;
      if (holds) {
        // Every marker due before this text's end, overdue ones (due where no text may be) first.
        const pieces: ElementContent[] = [];
        let from = 0;
        while (next < requests.length && requests[next]!.offset < end) {
          const at = Math.max(requests[next]!.offset - count, from);
          if (at > from) pieces.push(slice(child, from, at));
          pieces.push(requests[next++]!.marker);
          from = at;
        }
        if (pieces.length > 0) {
          if (from < child.value.length) pieces.push(slice(child, from, child.value.length));
          children.splice(i, 1, ...pieces);
          i += pieces.length - 1;
        }
        lastHolder = parent;
      }
      count = end;
    }
  };
  visit(block);
  const rest = requests.slice(next).map((r) => r.marker);
  if (rest.length > 0) (lastHolder ?? firstHolder ?? block).children.push(...rest);
}

function slice(text: Text, from: number, to: number): Text {
  return { type: 'text', value: text.value.slice(from, to) };
}
