// The article of a saved web page, found by Mozilla's Readability (Firefox's Reader View) and checked
// against what the page's markup says of each part. Readability rewrites what it keeps (divs become
// paragraphs, the title and the byline are taken out, short paragraphs may go), so it is used only to
// tell which of the page's own text it took for the article: every piece of text in the body (each text
// node, each picture) is stamped with a number before Readability reads the page, and the numbers in
// what it returns are the article's. The page's own tree, cut down to them, is what becomes blocks: its
// headings, paragraphs and tables as the page had them.
//
// Then, so that no text of the article is lost and none of the furniture is kept:
// - the heading that is the page's title (which Readability takes out) is the article's first block;
// - text Readability left out between the article's first and last piece (a short paragraph, the
//   byline) is put back, unless its markup says it is furniture (furniture.ts);
// - text Readability kept that its markup says is furniture (a share bar, an advertisement inside the
//   article) is dropped;
// - everything dropped is listed, with why and its line in the file.
import type { Element, ElementContent, Root, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Dropped } from '../source.js';
import { furnitureOf, type Why } from './furniture.js';

/** What the page is, cut down to its article. */
export interface Article {
  /** The page's <body>, with only the article's text and pictures left in it. */
  body: Element;
  dropped: Dropped[];
  /** The article's title: the heading the page's title names, else the page's title. */
  title?: string;
  /** The heading that is the title, in `body`. */
  titleElement?: Element;
  /** The byline Readability found (its text), when it found one in the page. */
  byline?: string;
  /** The text of the element the page calls the subtitle (class="subtitle"), when it is kept. */
  subtitle?: string;
}

/** Why a page has no article: no text at all, or none that is not links and furniture. */
export type NoArticle = 'no-text' | 'no-article';

/** One piece of the body's text: a text node, or an element read whole (a picture, an SVG, a form
 *  field), with the elements it is in. */
interface Atom {
  id: number;
  node: Text | Element;
  /** From the body's child down to its parent. */
  ancestors: Element[];
  text: string;
}

/** Elements read whole: their text (an SVG's title, a textarea's) cannot hold a stamp of its own. */
const WHOLE = new Set(['img', 'svg', 'math', 'textarea', 'select', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas']);
/** Of these, those whose content is no text of the page: a fallback no browser shows, an SVG's titles
 *  (its tooltips; an SVG is a picture). */
const FALLBACK = new Set(['svg', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas']);
/** Elements whose text is not the page's. */
const SKIP = new Set(['script', 'style', 'noscript', 'template']);
/** The attribute (as a hast property) that stamps a piece of text. */
const STAMP = 'dataBookletAtom';

/** Find the article in `tree` (the whole page, parsed with its positions); the tree is cut down in place.
 *  Returns why not when the page has none. */
export async function findArticle(tree: Root): Promise<Article | NoArticle> {
  const html = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  const body = html?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'body');
  if (!body) return 'no-text';
  const atoms = collectAtoms(body);
  if (!atoms.some((atom) => atom.node.type === 'text')) return 'no-text';

  const found = await readability(tree, atoms);
  if (!found) return 'no-article';
  const byId = new Map(atoms.map((atom) => [atom.node, atom.id]));
  const titleElement = titleHeading(body, found.title, pageTitle(html!)) ?? headingBefore(atoms, found.kept);
  const titleAtoms = new Set(titleElement ? atoms.filter((atom) => atom.ancestors.includes(titleElement)).map((atom) => atom.id) : []);
  const anchors = [...found.kept, ...titleAtoms].sort((a, b) => a - b);
  const first = anchors[0]!;
  const last = anchors[anchors.length - 1]!;

  // Elements around the whole article (a page wrapper whose class says "with-sidebar") and around its
  // title (an article's <header>) say nothing of its parts.
  const aroundTitle = new Set<Element>(titleElement ? ancestorsOf(atoms, titleElement) : []);
  const around = new Set<Element>([...commonAncestors(atoms.filter((atom) => found.kept.has(atom.id))), ...aroundTitle]);
  const keep = new Set<number>();
  const drops: { atom: Atom; why: Why; by: Element | undefined }[] = [];
  // Text Readability left out inside the article, by the block it is in: put back when that block is
  // partly the article's, or is text more than links (a byline, a date and source line, a short
  // paragraph); a block of links there (`我要评论`, a player's `自动播放`) is clutter.
  const left = new Map<Element | undefined, Atom[]>();
  const keptBlocks = new Set(atoms.filter((atom) => found.kept.has(atom.id)).map(blockOf));
  for (const atom of atoms) {
    if (titleAtoms.has(atom.id)) {
      keep.add(atom.id);
      continue;
    }
    const furniture = whyNot(atom, around, aroundTitle, found.kept.has(atom.id));
    if (furniture) drops.push({ atom, ...furniture });
    else if (found.kept.has(atom.id)) keep.add(atom.id);
    else if (atom.id >= first && atom.id <= last) left.set(blockOf(atom), [...(left.get(blockOf(atom)) ?? []), atom]);
    else drops.push({ atom, why: 'clutter', by: undefined });
  }
  // A large part Readability took out whole (a gallery of fifty pictures' captions, a box of other
  // stories) is its judgement to keep: what is put back are the small pieces it took out around and
  // between the article's (a byline, a caption, a date line).
  const keptAround = new Set(atoms.filter((atom) => found.kept.has(atom.id)).flatMap((atom) => atom.ancestors));
  const partOf = (atom: Atom) => atom.ancestors.find((element) => !keptAround.has(element));
  const partSizes = new Map<Element | undefined, number>();
  for (const pieces of left.values()) for (const atom of pieces) partSizes.set(partOf(atom), (partSizes.get(partOf(atom)) ?? 0) + lettersIn(atom));
  for (const [block, pieces] of left) {
    const part = partOf(pieces[0]!);
    const small = part === undefined || (partSizes.get(part) ?? 0) <= PIECE;
    if (small && (keptBlocks.has(block) || linkShare(pieces) < 0.5)) for (const atom of pieces) keep.add(atom.id);
    else drops.push(...pieces.map((atom) => ({ atom, why: 'clutter' as const, by: small ? block : part })));
  }
  drops.sort((a, b) => a.atom.id - b.atom.id);
  if (!substantial(atoms.filter((atom) => keep.has(atom.id)))) return 'no-article';

  prune(body, (node) => {
    const id = byId.get(node);
    return id === undefined ? undefined : keep.has(id);
  });
  const subtitle = subtitleOf(body);
  const title = (titleElement ? textOf(titleElement).trim() : '') || found.title || pageTitle(html!) || undefined;
  return {
    body,
    dropped: groupDrops(drops),
    ...(title ? { title } : {}),
    ...(titleElement ? { titleElement } : {}),
    ...(found.byline ? { byline: found.byline } : {}),
    ...(subtitle ? { subtitle } : {}),
  };
}

/** The body's text nodes and whole elements, in document order. */
function collectAtoms(body: Element): Atom[] {
  const atoms: Atom[] = [];
  const walk = (element: Element, ancestors: Element[]) => {
    for (const child of element.children) {
      if (child.type === 'text') {
        if (child.value.trim() !== '') atoms.push({ id: atoms.length, node: child, ancestors, text: child.value });
      } else if (child.type === 'element' && !SKIP.has(child.tagName)) {
        if (WHOLE.has(child.tagName)) atoms.push({ id: atoms.length, node: child, ancestors, text: FALLBACK.has(child.tagName) ? '' : textOf(child) });
        else walk(child, [...ancestors, child]);
      }
    }
  };
  walk(body, []);
  return atoms;
}

/** What Readability takes for the article: the stamps of the text it kept, its title and byline. */
async function readability(tree: Root, atoms: Atom[]): Promise<{ kept: Set<number>; title: string; byline: string } | undefined> {
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

/** Furniture, by the nearest element around `atom` whose markup says so (`why`), and the outermost such
 *  (`by`: what is dropped as one piece, a whole comment section). Of an element around the whole article
 *  or its title only the tag and role count (a <footer> that holds all Readability found is still a
 *  footer; a wrapper's class `has-sidebar` says nothing of its parts); of text Readability kept, not the
 *  ids (`kept`). */
function whyNot(atom: Atom, around: Set<Element>, aroundTitle: Set<Element>, kept: boolean): { why: Why; by: Element } | undefined {
  const element = atom.node.type === 'element' ? atom.node : undefined;
  const chain = element ? [...atom.ancestors, element] : atom.ancestors;
  let found: { why: Why; by: Element } | undefined;
  for (let i = chain.length - 1; i >= 0; i--) {
    const candidate = chain[i]!;
    const ofArticle = chain.slice(0, i).some((outer) => outer.tagName === 'article' || outer.tagName === 'main') || aroundTitle.has(candidate);
    const why = furnitureOf(candidate, ofArticle, around.has(candidate) ? 'tag' : kept ? 'class' : 'all');
    if (why) found = { why: found?.why ?? why, by: candidate };
  }
  return found;
}

/** The elements around every one of `atoms`. */
function commonAncestors(atoms: Atom[]): Element[] {
  const [head, ...rest] = atoms;
  if (!head) return [];
  let common = head.ancestors;
  for (const atom of rest) {
    let n = 0;
    while (n < common.length && atom.ancestors[n] === common[n]) n++;
    common = common.slice(0, n);
  }
  return common;
}

/** The elements around `element`, from any atom inside it. */
function ancestorsOf(atoms: Atom[], element: Element): Element[] {
  const inside = atoms.find((atom) => atom.ancestors.includes(element));
  return inside ? inside.ancestors.slice(0, inside.ancestors.indexOf(element) + 1) : [];
}

/** Whether what is kept is an article: some text that is not a link (a page of links is an index). */
function substantial(kept: Atom[]): boolean {
  const { text, linked } = letterCounts(kept);
  return text - linked >= 10 && linked <= text / 2;
}

/** The most letters a part Readability left out may have to be put back: a long byline, a caption. */
const PIECE = 300;

function lettersIn(atom: Atom): number {
  return atom.node.type === 'text' ? (atom.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) : 0;
}

/** The share of the letters of `pieces` that are in links (0 when they have none). */
function linkShare(pieces: Atom[]): number {
  const { text, linked } = letterCounts(pieces);
  return text === 0 ? 0 : linked / text;
}

function letterCounts(pieces: Atom[]): { text: number; linked: number } {
  let text = 0;
  let linked = 0;
  for (const atom of pieces) {
    if (atom.node.type !== 'text') continue;
    const count = atom.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    text += count;
    if (atom.ancestors.some((element) => element.tagName === 'a')) linked += count;
  }
  return { text, linked };
}

/** Elements that make a block of their own (HTML's flow content that is not phrasing). */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul']);

/** The block a piece of text is in: its nearest block element; `undefined` for text right in <body>. */
function blockOf(atom: Atom): Element | undefined {
  for (let i = atom.ancestors.length - 1; i >= 0; i--) if (BLOCKS.has(atom.ancestors[i]!.tagName)) return atom.ancestors[i];
  return undefined;
}

/** The heading whose text the page's title is, or holds (a title often adds the site's name: 标题_人民网):
 *  the longest such h1–h3, or element called a title, that makes up at least half of the title (a
 *  site's name in its logo does not); `undefined` when none. */
function titleHeading(body: Element, title: string, pageTitle: string): Element | undefined {
  const wanted = [title, pageTitle].map(letters).filter(Boolean);
  if (wanted.length === 0) return undefined;
  let best: { element: Element; length: number } | undefined;
  const walk = (element: Element) => {
    for (const child of element.children) {
      if (child.type !== 'element' || SKIP.has(child.tagName)) continue;
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
function headingBefore(atoms: Atom[], kept: Set<number>): Element | undefined {
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
function subtitleOf(body: Element): string | undefined {
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
function pageTitle(html: Element): string {
  const head = html.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head');
  const title = head?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'title');
  return title ? textOf(title).trim() : '';
}

/** Remove from `element` what holds nothing kept: `kept(node)` says of a stamped node whether it is kept
 *  (`undefined`: not stamped). An element stays while it holds something kept; so do the whitespace and
 *  line breaks between what is kept, and a table's cells (an empty one holds its column). */
function prune(element: Element, kept: (node: Text | Element) => boolean | undefined): boolean {
  let holds = false;
  element.children = element.children.filter((child) => {
    if (child.type === 'text') {
      const own = kept(child);
      if (own === undefined) return true; // whitespace: stays if its element does
      holds ||= own;
      return own;
    }
    if (child.type !== 'element') return false;
    if (SKIP.has(child.tagName)) return false;
    const own = kept(child);
    if (own !== undefined) {
      holds ||= own;
      return own;
    }
    if (child.tagName === 'br' || child.tagName === 'hr' || child.tagName === 'wbr') return true;
    const inside = prune(child, kept);
    holds ||= inside;
    return inside || ((child.tagName === 'td' || child.tagName === 'th') && element.tagName === 'tr');
  });
  return holds;
}

/** The dropped pieces, those dropped for one element's sake (a whole menu, a whole footer) as one. */
function groupDrops(drops: { atom: Atom; why: Why; by: Element | undefined }[]): Dropped[] {
  const dropped: Dropped[] = [];
  let last: { by: Element | undefined; why: Why; next: number } | undefined;
  for (const { atom, why, by } of drops) {
    const text = atom.text.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const current = dropped[dropped.length - 1];
    if (current && last && last.by === by && last.why === why && (by !== undefined || last.next === atom.id)) current.text += ` ${text}`;
    else dropped.push({ text, place: atom.node.position ? { line: atom.node.position.start.line } : {}, why });
    last = { by, why, next: atom.id + 1 };
  }
  return dropped;
}

/** The text of an element (what the DOM's textContent is), outside scripts and styles. */
export function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || SKIP.has(node.tagName)) return '';
  return node.children.map(textOf).join('');
}

/** The letters and digits of `text`, lower case: what two texts that say the same have in common. */
function letters(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).join('').toLowerCase();
}
