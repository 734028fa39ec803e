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

/** Insert a marker for every numbered page that starts in one of `chapters`; returns them in order. */
export function insertPageBreaks(chapters: Chapter[], facts: PaginationFacts): PageTarget[] {
  const targets: PageTarget[] = [];
  for (const page of facts.pages) {
    if (!page.folio || !page.start) continue;
    const chapter = chapters.find((c) => c.source === page.start!.source);
    if (!chapter) continue;
    const block = [...elements(chapter.body)].find((el) => el.tagName === page.start!.tag && String(el.properties['dataLine']) === String(page.start!.line));
    if (!block) continue;
    const id = `page-${page.folio}`;
    const marker: Element = {
      type: 'element',
      tagName: 'span',
      properties: { id, 'epub:type': 'pagebreak', role: 'doc-pagebreak', ariaLabel: page.folio },
      children: [],
    };
    insertAt(block, page.start.offset, marker);
    targets.push({ label: page.folio, file: chapter.file, id });
  }
  return targets;
}

/** Put `marker` before the character at `offset` of the element's text (footnote calls do not count:
 *  in print they are generated content). */
function insertAt(block: Element, offset: number, marker: Element): void {
  let remaining = offset;
  const visit = (parent: Element): boolean => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i] as ElementContent;
      if (child.type === 'text') {
        if (remaining <= child.value.length) {
          if (remaining === 0) parent.children.splice(i, 0, marker);
          else {
            const before: Text = { type: 'text', value: child.value.slice(0, remaining) };
            const after: Text = { type: 'text', value: child.value.slice(remaining) };
            parent.children.splice(i, 1, before, marker, after);
          }
          return true;
        }
        remaining -= child.value.length;
      } else if (child.type === 'element' && !('dataFootnoteRef' in child.properties) && visit(child)) return true;
    }
    return false;
  };
  if (!visit(block)) block.children.push(marker);
}
