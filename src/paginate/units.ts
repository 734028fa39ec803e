// The book in units: runs of the body's top-level elements that each start on a recto (the cover with the
// title page and contents before it; each article with its note pages; the colophon with the last
// article). A unit's pages do not depend on the pages before it but for their numbers, so units are laid
// out in parallel, cached, and joined (src/paginate/paginate-book.ts). The page checks in the browser
// that each unit after the first really does start on a recto (in-page/units.ts).
import { createHash } from 'node:crypto';
import type { Root, Element } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** The classes of the parts that start on a recto in page.css (`break-before: right`). */
const OPENS_ON_RECTO = ['title-page', 'toc', 'article'];

export interface Unit {
  index: number;
  /** How many top-level elements of the body it holds. */
  size: number;
  /** The length of its text: the work of laying it out, for sharing units among pages. */
  weight: number;
  /** What its layout depends on: the document head (styles, fonts), its HTML, the renderer. */
  key: string;
}

/** Split the document's body into units. `link` turns an element's HTML into what the browser loads
 *  (font and image names); `salt` names the renderer (Chromium and Paged.js versions). */
export function splitUnits(tree: Root, head: string, link: (html: string) => string, salt: string): Unit[] {
  const groups = groupUnits(tree);
  const headHash = createHash('sha256').update(salt).update('\0').update(head).digest();
  return groups.map((elements, index) => {
    const markup = link(elements.map((el) => toHtml(el)).join(''));
    const key = createHash('sha256').update(headHash).update(markup).digest('hex').slice(0, 32);
    // The work of laying a unit out follows its text more than its markup (the contents are mostly tags).
    return { index, size: elements.length, weight: markup.replace(/<[^>]*>/g, '').length + markup.length / 4, key };
  });
}

/** The body's top-level elements, in units (the preview needs only how many each has). */
export function groupUnits(tree: Root): Element[][] {
  const html = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
  const body = html?.children.find((n): n is Element => n.type === 'element' && n.tagName === 'body');
  const groups: Element[][] = [];
  for (const child of body?.children ?? []) {
    if (child.type !== 'element') continue;
    const classes = (child.properties['className'] as string[] | undefined) ?? [];
    if (groups.length === 0 || classes.some((c) => OPENS_ON_RECTO.includes(c))) groups.push([]);
    groups.at(-1)!.push(child);
  }
  return groups;
}
