// GFM footnotes as EPUB pop-up notes: each call becomes a noteref and each note an <aside
// epub:type="footnote">, which reading systems show in a pop-up (EPUB 3 Structural Semantics).
import type { Element } from 'hast';
import { elements } from './chapters.js';

/** Rewrite the footnotes of one chapter body in place. */
export function epubFootnotes(body: Element): void {
  for (const el of elements(body)) {
    if (el.tagName === 'a' && 'dataFootnoteRef' in el.properties) {
      el.properties['epub:type'] = 'noteref';
      el.properties['role'] = 'doc-noteref';
      delete el.properties['ariaDescribedBy'];
    }
  }
  const index = body.children.findIndex((n) => n.type === 'element' && 'dataFootnotes' in n.properties);
  if (index < 0) return;
  const section = body.children[index] as Element;
  const list = section.children.find((n): n is Element => n.type === 'element' && n.tagName === 'ol');
  const notes = (list?.children ?? []).filter((n): n is Element => n.type === 'element' && n.tagName === 'li');
  const asides: Element[] = notes.map((li, i) => ({
    type: 'element',
    tagName: 'aside',
    properties: { id: li.properties['id'] ?? `note-${i + 1}`, 'epub:type': 'footnote', role: 'doc-footnote' },
    children: li.children
      .filter((child) => !(child.type === 'text' && child.value.trim() === ''))
      .map((child) => {
        if (child.type !== 'element' || child.tagName !== 'p') return child;
        // The number, which a pop-up otherwise lacks, and no back link (the pop-up closes by itself).
        const kept = child.children.filter((c) => !(c.type === 'element' && 'dataFootnoteBackref' in c.properties));
        const last = kept.at(-1);
        if (last?.type === 'text') kept[kept.length - 1] = { ...last, value: last.value.trimEnd() };
        return { ...child, children: [{ type: 'text', value: `${i + 1}. ` }, ...kept] };
      }),
  }));
  body.children.splice(index, 1, ...asides);
}
