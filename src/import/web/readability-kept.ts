// What Mozilla's Readability takes for a page's article, told by its pieces (page-atoms.ts): each is
// stamped before Readability reads the page (a text node wrapped in a <span>, an element given an
// attribute), and the stamps in what it returns are the article's. Readability rewrites what it keeps
// (divs become paragraphs, the title and byline go), so only its choice is taken, not its HTML.
import type { Element, ElementContent, Root, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Atom } from './page-atoms.js';

/** The attribute (as a hast property) that stamps a piece of text. */
const STAMP = 'dataBookletAtom';

/** What Readability takes for the article: the stamps of the text it kept, its title and byline. */
export async function readability(tree: Root, atoms: Atom[]): Promise<{ kept: Set<number>; title: string; byline: string } | undefined> {
  const ids = new Map<Text | Element, number>(atoms.map((atom) => [atom.node, atom.id]));
  const stamped = toHtml(stampCopy(tree, ids) as Root);
  // linkedom is loaded from node_modules when a page is read, outside the bundle: the bundle puts a
  // stand-in under its name for BudouX (src/bundle/no-linkedom.ts), and only this reader needs a DOM.
  const { parseHTML } = (await import(LINKEDOM)) as typeof import('linkedom');
  // A CommonJS module: Node gives its exports as the default (and names it finds), the bundle only as
  // the default.
  const loaded = (await import('@mozilla/readability')) as typeof import('@mozilla/readability') & { default?: typeof import('@mozilla/readability') };
  const { Readability } = loaded.default ?? loaded;
  const { document } = parseHTML(stamped);
  const result = new Readability<Element>(document as unknown as Document, { serializer: (node) => node as unknown as Element }).parse();
  if (!result?.content) return undefined;
  const content = result.content as unknown as ParentNode;
  const kept = new Set<number>();
  for (const element of content.querySelectorAll('[data-booklet-atom]')) kept.add(Number(element.getAttribute('data-booklet-atom')));
  if (kept.size === 0) return undefined;
  return { kept, title: (result.title ?? '').trim(), byline: (result.byline ?? '').trim() };
}
const LINKEDOM = 'linkedom';

/** A copy of `node` with every piece of text stamped: a text node wrapped in a <span> (phrasing content,
 *  which Readability's judgement of a paragraph does not see), a whole element given the attribute. */
function stampCopy(node: Root | ElementContent, ids: Map<Text | Element, number>): Root | ElementContent {
  if (node.type === 'text') {
    const id = ids.get(node);
    return id === undefined ? node : { type: 'element', tagName: 'span', properties: { [STAMP]: id }, children: [node] };
  }
  if (node.type === 'element') {
    const id = ids.get(node);
    const properties = id === undefined ? node.properties : { ...node.properties, [STAMP]: id };
    return { ...node, properties, children: id === undefined ? node.children.map((child) => stampCopy(child, ids) as ElementContent) : node.children };
  }
  if (node.type === 'root') return { ...node, children: node.children.map((child) => stampCopy(child as ElementContent, ids)) as Root['children'] };
  return node;
}

