// The article of a saved web page, found by Mozilla's Readability (Firefox's Reader View) and checked
// against what the page's markup says of each part. Readability rewrites what it keeps (divs become
// paragraphs, the title and the byline are taken out, short paragraphs may go), so it is used only to
// tell which of the page's own text it took for the article (readability-kept.ts: each piece of the
// body's text, page-atoms.ts, is stamped before it reads the page). The page's own tree, cut down to
// the article, is what becomes blocks: its headings, paragraphs and tables as the page had them.
//
// Then, so that no text of the article is lost and none of the furniture is kept:
// - the heading that is the page's title (which Readability takes out) is the article's first block;
// - text Readability left out between the article's first and last piece (a short paragraph, the
//   byline) is put back, unless its markup says it is furniture (furniture.ts);
// - text Readability kept that its markup says is furniture (a share bar, an advertisement inside the
//   article) is dropped;
// - everything dropped is listed, with why and its line in the file.
import type { Element, Root, Text } from 'hast';
import type { Dropped } from '../source.js';
import { headingBefore, pageTitle, subtitleOf, titleHeading } from './article-title.js';
import { furnitureOf, type Why } from './furniture.js';
import { SKIP, blockOf, collectAtoms, letterCounts, lettersIn, linkShare, textOf, type Atom } from './page-atoms.js';
import { readability } from './readability-kept.js';

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
  const { keep, drops, left } = sortAtoms(atoms, found.kept, titleElement, titleAtoms);
  putBackLeftOut(atoms, found.kept, left, keep, drops);
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

/** A piece of the page dropped, with why, and the outermost element it is dropped with (if any). */
type Drop = { atom: Atom; why: Why; by: Element | undefined };

/** Each of `atoms` sorted: kept (the title's, and what Readability kept, `kept`, that is not furniture),
 *  dropped as furniture or clutter, or left out by Readability inside the article (for `putBackLeftOut`). */
function sortAtoms(atoms: Atom[], kept: ReadonlySet<number>, titleElement: Element | undefined, titleAtoms: ReadonlySet<number>): { keep: Set<number>; drops: Drop[]; left: Map<Element | undefined, Atom[]> } {
  const anchors = [...kept, ...titleAtoms].sort((a, b) => a - b);
  const first = anchors[0]!;
  const last = anchors[anchors.length - 1]!;
  // Elements around the whole article (a page wrapper whose class says "with-sidebar") and around its
  // title (an article's <header>) say nothing of its parts.
  const aroundTitle = new Set<Element>(titleElement ? ancestorsOf(atoms, titleElement) : []);
  const around = new Set<Element>([...commonAncestors(atoms.filter((atom) => kept.has(atom.id))), ...aroundTitle]);
  const keep = new Set<number>();
  const drops: Drop[] = [];
  // Text Readability left out inside the article, by the block it is in.
  const left = new Map<Element | undefined, Atom[]>();
  for (const atom of atoms) {
    if (titleAtoms.has(atom.id)) {
      keep.add(atom.id);
      continue;
    }
    const furniture = whyNot(atom, around, aroundTitle, kept.has(atom.id));
    if (furniture) drops.push({ atom, ...furniture });
    else if (kept.has(atom.id)) keep.add(atom.id);
    else if (atom.id >= first && atom.id <= last) left.set(blockOf(atom), [...(left.get(blockOf(atom)) ?? []), atom]);
    else drops.push({ atom, why: 'clutter', by: undefined });
  }
  return { keep, drops, left };
}

/** Text Readability left out inside the article (`left`, by the block it is in), added to `keep` or to
 *  `drops`: put back when that block is partly the article's, or is text more than links (a byline, a
 *  date and source line, a short paragraph); a block of links there (`我要评论`, a player's `自动播放`)
 *  is clutter. */
function putBackLeftOut(atoms: Atom[], kept: ReadonlySet<number>, left: Map<Element | undefined, Atom[]>, keep: Set<number>, drops: Drop[]): void {
  const keptBlocks = new Set(atoms.filter((atom) => kept.has(atom.id)).map(blockOf));
  // A large part Readability took out whole (a gallery of fifty pictures' captions, a box of other
  // stories) is its judgement to keep: what is put back are the small pieces it took out around and
  // between the article's (a byline, a caption, a date line).
  const keptAround = new Set(atoms.filter((atom) => kept.has(atom.id)).flatMap((atom) => atom.ancestors));
  const partOf = (atom: Atom) => atom.ancestors.find((element) => !keptAround.has(element));
  const partSizes = new Map<Element | undefined, number>();
  for (const pieces of left.values()) for (const atom of pieces) partSizes.set(partOf(atom), (partSizes.get(partOf(atom)) ?? 0) + lettersIn(atom));
  for (const [block, pieces] of left) {
    const part = partOf(pieces[0]!);
    const small = part === undefined || (partSizes.get(part) ?? 0) <= PIECE;
    if (small && (keptBlocks.has(block) || linkShare(pieces) < 0.5)) for (const atom of pieces) keep.add(atom.id);
    else drops.push(...pieces.map((atom) => ({ atom, why: 'clutter' as const, by: small ? block : part })));
  }
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
function groupDrops(drops: Drop[]): Dropped[] {
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

