// A .docx's footnotes and endnotes as Markdown footnotes. mammoth writes a note's reference as
// `<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>` and the notes at the end as
// `<ol><li id="footnote-1"><p>…text <a href="#footnote-ref-1">↑</a></p></li></ol>`; these handlers of
// hast-util-to-mdast make them a footnote reference `[^1]` and a definition `[^1]: …text` (the label
// is the note's number, as mammoth counts them), the back link `↑` dropped: mammoth's, not the text's.
import type { Element, ElementContent } from 'hast';
import type { BlockContent, DefinitionContent, FootnoteDefinition, FootnoteReference } from 'mdast';
import { defaultHandlers, type Handle, type State } from 'hast-util-to-mdast';

const NOTE = /^#?((?:foot|end)note-\d+)$/;
const BACK_LINK = /^#(?:foot|end)note-ref-\d+$/;

/** Handlers of mammoth's notes, numbering them in the order they are referred to. */
export function mammothNoteHandlers(): Record<string, Handle> {
  const numbers = new Map<string, number>();
  const numberOf = (id: string) => {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    return String(numbers.get(id));
  };
  return {
    sup(state: State, node: Element) {
      const id = noteLink(node);
      if (!id) return state.all(node);
      const label = numberOf(id);
      const reference: FootnoteReference = { type: 'footnoteReference', identifier: label, label };
      state.patch(node, reference);
      return reference;
    },
    ol(state: State, node: Element) {
      const items = node.children.filter((child): child is Element => child.type === 'element');
      const notes = items.length > 0 && items.every((item) => NOTE.test(String(item.properties['id'] ?? '')));
      if (!notes) return defaultHandlers.ol(state, node);
      return items.map((item) => {
        const label = numberOf(String(item.properties['id']));
        const body = { ...item, children: withoutBackLinks(item.children) };
        const definition: FootnoteDefinition = {
          type: 'footnoteDefinition',
          identifier: label,
          label,
          children: state.toFlow(state.all(body)) as (BlockContent | DefinitionContent)[],
        };
        state.patch(item, definition);
        return definition;
      });
    },
  };
}

/** The note a `<sup>` refers to, when it is mammoth's note reference: one link to `#footnote-n`. */
function noteLink(sup: Element): string | undefined {
  const [link, ...rest] = sup.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (!link || rest.length > 0 || link.type !== 'element' || link.tagName !== 'a') return undefined;
  return NOTE.exec(String(link.properties['href'] ?? ''))?.[1];
}

/** `children` without mammoth's links back to the reference (`↑`), at any depth. */
function withoutBackLinks(children: ElementContent[]): ElementContent[] {
  return children
    .filter((child) => !(child.type === 'element' && child.tagName === 'a' && BACK_LINK.test(String(child.properties['href'] ?? ''))))
    .map((child) => (child.type === 'element' ? { ...child, children: withoutBackLinks(child.children) } : child));
}
