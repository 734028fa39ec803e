// Headings, titles, subtitles and contents entries break between phrases only (phrase-breaks.ts): a
// <wbr> at each break allowed, and `word-break: keep-all` on them (cjk.css) forbids the others. A <wbr>
// is no character: the text, its search and its copy stay as they were.
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { phraseBreaks, type Script } from './phrase-breaks.js';
import { WORD_JOINER } from './rehype-cjk-no-break.js';

/** The classes of the lines that are set as headings (document.ts), besides h1–h6. */
export const PHRASED_CLASSES = ['cover-title', 'cover-subtitle', 'title-page-title', 'title-page-subtitle', 'article-subtitle', 'toc-text'];

const CODE = new Set(['code', 'kbd', 'samp', 'pre']);

/** Whether an element is set as a heading: its lines break between phrases. */
export function isPhrased(el: Element): boolean {
  const classes = Array.isArray(el.properties['className']) ? el.properties['className'].map(String) : [];
  return /^h[1-6]$/.test(el.tagName) || classes.some((c) => PHRASED_CLASSES.includes(c));
}

/** Put a <wbr> at every phrase break of every heading-like element of `tree`. */
export function markPhraseBreaks(tree: Root | Element, script: Script = 'Hans'): void {
  visit(tree, 'element', (el) => {
    if (!isPhrased(el)) return;
    const texts: { node: Text; parent: Element | Root }[] = [];
    collect(el, texts);
    // Offsets in the text without word joiners, which the segmenters do not know.
    const owners: { text: number; offset: number }[] = [];
    let plain = '';
    texts.forEach(({ node }, t) => {
      for (let k = 0; k < node.value.length; k++) {
        if (node.value[k] === WORD_JOINER) continue;
        owners.push({ text: t, offset: k });
        plain += node.value[k];
      }
    });
    const cuts = new Map<number, number[]>();
    for (const cut of phraseBreaks(plain, script)) {
      const owner = owners[cut]!;
      // A word joiner just before the cut binds the two characters: no break there.
      if (owner.offset > 0 && texts[owner.text]!.node.value[owner.offset - 1] === WORD_JOINER) continue;
      cuts.set(owner.text, [...(cuts.get(owner.text) ?? []), owner.offset]);
    }
    for (const [t, offsets] of cuts) {
      const { node, parent } = texts[t]!;
      const pieces: ElementContent[] = [];
      let from = 0;
      for (const offset of offsets) {
        if (offset > from) pieces.push({ type: 'text', value: node.value.slice(from, offset) });
        pieces.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
        from = offset;
      }
      pieces.push({ type: 'text', value: node.value.slice(from) });
      parent.children.splice(parent.children.indexOf(node), 1, ...(pieces as Element['children']));
    }
    return SKIP;
  });
}

function collect(parent: Element | Root, out: { node: Text; parent: Element | Root }[]): void {
  for (const child of parent.children) {
    if (child.type === 'text') out.push({ node: child, parent });
    else if (child.type === 'element' && !CODE.has(child.tagName)) collect(child, out);
  }
}
