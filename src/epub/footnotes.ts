// GFM footnotes as EPUB pop-up notes: each call becomes a noteref and each note an <aside
// epub:type="footnote">, which reading systems show in a pop-up (EPUB 3 Structural Semantics). Calls and
// notes are numbered ① ② … from 1 in each chapter (one article), as the print editions number them.
// booklet.yaml's `footnotes.numbering: page` numbers per article here too: an EPUB has no pages.
import type { Element, ElementContent } from 'hast';
import { elements } from './chapters.js';
import { circled } from '../html/circled.js';

/** Rewrite the footnotes of one chapter body in place. */
export function epubFootnotes(body: Element): void {
  // The note each call points at (`#<id>`), numbered in the order of first calls; a later call of a note
  // called twice shows its first number.
  const numbers = new Map<string, number>();
  for (const el of elements(body)) {
    if (el.tagName === 'a' && 'dataFootnoteRef' in el.properties) {
      const id = String(el.properties['href'] ?? '').slice(1);
      const n = numbers.get(id) ?? numbers.size + 1;
      numbers.set(id, n);
      el.children = [{ type: 'text', value: circled(n) }];
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
  const asides = notes.map((li, i): Element => {
    const id = String(li.properties['id'] ?? `note-${i + 1}`);
    // GFM drops a note nobody calls; should one be left, it follows the called ones.
    const n = numbers.get(id) ?? numbers.size + 1;
    numbers.set(id, n);
    return { type: 'element', tagName: 'aside', properties: { id, 'epub:type': 'footnote', role: 'doc-footnote' }, children: numbered(noteContent(li.children), n) };
  });
  body.children.splice(index, 1, ...asides);
}

/** The note without its back links (the pop-up closes by itself) and the blank text around them. GFM puts
 *  them at the end of the last paragraph, or after the note when it ends with another block. */
function noteContent(children: ElementContent[]): ElementContent[] {
  const isBackref = (c: ElementContent | undefined) => c?.type === 'element' && 'dataFootnoteBackref' in c.properties;
  const isBlank = (c: ElementContent | undefined) => c?.type === 'text' && c.value.trim() === '';
  return children
    .filter((child) => !isBackref(child) && !isBlank(child))
    .map((child) => {
      if (child.type !== 'element' || child.tagName !== 'p') return child;
      const kept = child.children.filter((c) => !isBackref(c));
      while (isBlank(kept.at(-1))) kept.pop();
      const last = kept.at(-1);
      if (last?.type === 'text') kept[kept.length - 1] = { ...last, value: last.value.trimEnd() };
      return { ...child, children: kept };
    });
}

/** The note's number, which a pop-up otherwise lacks, at the head of its first paragraph (as the print
 *  editions' `① ` marker): plain text in a span, not a link. */
function numbered(content: ElementContent[], n: number): ElementContent[] {
  const number: Element = { type: 'element', tagName: 'span', properties: { className: ['footnote-number'] }, children: [{ type: 'text', value: circled(n) }] };
  const [first, ...rest] = content;
  if (first?.type === 'element' && first.tagName === 'p') return [{ ...first, children: [number, { type: 'text', value: ' ' }, ...first.children] }, ...rest];
  return [number, ...content];
}
