// Which heading of a web page is its article's title: the one the page's <title> names (less the site's
// name it often adds), else the article's own h1 before its text; and the element the page calls the
// subtitle.
import type { Element } from 'hast';
import { SKIP, letters, textOf, type Atom } from './page-atoms.js';
import { furnitureOf, type Why } from './furniture.js';

/** Parts of a page that never hold its article's title (a page's header may: some sites put it there). */
const NOT_THE_ARTICLE: ReadonlySet<Why> = new Set(['navigation', 'advertisement', 'related', 'clutter']);

/** The heading whose text the page's title is, or holds (a title often adds the site's name: 标题_人民网):
 *  the longest such h1–h3, or element called a title, that makes up at least half of the title (a
 *  site's name in its logo does not); `undefined` when none. */
export function titleHeading(body: Element, title: string, pageTitle: string): Element | undefined {
  const wanted = [title, pageTitle].map(letters).filter(Boolean);
  if (wanted.length === 0) return undefined;
  let best: { element: Element; length: number } | undefined;
  const walk = (element: Element) => {
    for (const child of element.children) {
      if (child.type !== 'element' || SKIP.has(child.tagName)) continue;
      // A menu bar's site name (mdBook's <h1 class="menu-title"> in its .menu-bar) is no article's title.
      if (NOT_THE_ARTICLE.has(furnitureOf(child, false, 'class') ?? 'header')) continue;
      const named = /^h[1-3]$/.test(child.tagName) || /(^|[\s_-])(title|headline)($|[\s_-])/i.test(String([child.properties['className'] ?? ''].flat().join(' ')));
      const text = named ? letters(textOf(child)) : '';
      const matches = text.length >= 2 && wanted.some((want) => (want.includes(text) && text.length * 2 >= want.length) || text.includes(want));
      if (matches && (!best || text.length > best.length)) best = { element: child, length: text.length };
      else walk(child);
    }
  };
  walk(body);
  return best?.element;
}

/** The article's own heading when the page's title names none (a page whose <title> says something
 *  else): the last h1 before the first piece Readability kept, standing beside the article's text (in an
 *  element around it, not in a header of the page's own). */
export function headingBefore(atoms: Atom[], kept: Set<number>): Element | undefined {
  const start = atoms.find((atom) => kept.has(atom.id));
  if (!start) return undefined;
  const around = new Set(start.ancestors);
  for (let i = start.id - 1; i >= 0; i--) {
    const atom = atoms[i]!;
    const h1 = atom.ancestors.findLast((element) => element.tagName === 'h1');
    if (!h1) continue;
    const parent = atom.ancestors[atom.ancestors.indexOf(h1) - 1];
    return parent && around.has(parent) ? h1 : undefined;
  }
  return undefined;
}

/** The text of the first element (what is left of the page) whose class or id calls it a subtitle. */
export function subtitleOf(body: Element): string | undefined {
  let found: string | undefined;
  const walk = (element: Element) => {
    for (const child of element.children) {
      if (found !== undefined || child.type !== 'element') continue;
      const names = [...[child.properties['className'] ?? []].flat(), child.properties['id'] ?? ''].join(' ');
      if (/(^|[\s_-])(subtitle|sub-title|subheadline|fu-?title)($|[\s_-])/i.test(names)) found = textOf(child).trim() || undefined;
      else walk(child);
    }
  };
  walk(body);
  return found;
}

/** The page's <title>. */
export function pageTitle(html: Element): string {
  const head = html.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head');
  const title = head?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'title');
  return title ? textOf(title).trim() : '';
}

