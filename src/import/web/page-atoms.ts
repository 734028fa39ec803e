// The pieces of a web page's text: each text node of its <body>, and each element read whole (a
// picture, a form field), in document order, with the elements it is in. What the article finder
// (find-article.ts) decides of, one by one, and what Readability is asked about (readability-kept.ts).
import type { Element, ElementContent, Text } from 'hast';

/** One piece of the body's text: a text node, or an element read whole (a picture, an SVG, a form
 *  field), with the elements it is in. */
export interface Atom {
  id: number;
  node: Text | Element;
  /** From the body's child down to its parent. */
  ancestors: Element[];
  text: string;
}

/** Elements read whole: their text (an SVG's title, a textarea's) cannot hold a stamp of its own. */
export const WHOLE = new Set(['img', 'svg', 'math', 'textarea', 'select', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas']);
/** Of these, those whose content is no text of the page: a fallback no browser shows, an SVG's titles
 *  (its tooltips; an SVG is a picture). */
const FALLBACK = new Set(['svg', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas']);
/** Elements whose text is not the page's. */
export const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/** The body's text nodes and whole elements, in document order. */
export function collectAtoms(body: Element): Atom[] {
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



export function lettersIn(atom: Atom): number {
  return atom.node.type === 'text' ? (atom.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) : 0;
}

/** The share of the letters of `pieces` that are in links (0 when they have none). */
export function linkShare(pieces: Atom[]): number {
  const { text, linked } = letterCounts(pieces);
  return text === 0 ? 0 : linked / text;
}

export function letterCounts(pieces: Atom[]): { text: number; linked: number } {
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
export function blockOf(atom: Atom): Element | undefined {
  for (let i = atom.ancestors.length - 1; i >= 0; i--) if (BLOCKS.has(atom.ancestors[i]!.tagName)) return atom.ancestors[i];
  return undefined;
}


/** The text of an element (what the DOM's textContent is), outside scripts and styles. */
export function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || SKIP.has(node.tagName)) return '';
  return node.children.map(textOf).join('');
}

/** The letters and digits of `text`, lower case: what two texts that say the same have in common. */
export function letters(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).join('').toLowerCase();
}
