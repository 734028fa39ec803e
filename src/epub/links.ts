// Links inside the booklet are `#id` in the one print document; the EPUB splits it into files. A link
// goes to the file that holds its anchor; the printed contents become nav.xhtml; a link to a part the
// EPUB leaves out (a note page) or to an anchor that is nowhere keeps its text and loses its link, the
// latter with a warning at its manuscript line; so does a link to a file (relative: the EPUB has none).
import type { Element, ElementContent, Root } from 'hast';
import type { VFileMessage } from 'vfile-message';
import { createMessage } from '../diagnostics.js';
import { elements, type Chapter } from './chapters.js';
import { phrase } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';
import { hasScheme } from '../html/stylesheet-urls.js';

/** Where the EPUB has what the print document's contents page was. */
const MOVED: Record<string, string> = { toc: 'nav.xhtml#toc' };

/** Rewrite the `#id` links of every chapter in place; returns a warning for each anchor that is nowhere. */
export function epubLinks(chapters: Chapter[], tree: Root): VFileMessage[] {
  const fileOf = new Map<string, string>();
  for (const chapter of chapters) {
    const id = chapter.body.properties['id'];
    if (id !== undefined) fileOf.set(String(id), chapter.file);
    for (const el of elements(chapter.body)) if (el.properties['id'] !== undefined) fileOf.set(String(el.properties['id']), chapter.file);
  }
  const printed = new Set<string>();
  for (const el of elements(tree)) if (el.properties['id'] !== undefined) printed.add(String(el.properties['id']));
  const messages: VFileMessage[] = [];
  for (const chapter of chapters) {
    const unlink = (parent: Element): void => {
      parent.children = parent.children.flatMap((child): ElementContent[] => {
        if (child.type !== 'element') return [child];
        unlink(child);
        if (child.tagName !== 'a') return [child];
        const href = String(child.properties['href'] ?? '');
        if (!href.startsWith('#') && !hasScheme(href) && href !== '') {
          // A file beside the manuscript (a README's `[English](README.md)`): the EPUB holds no such file.
          messages.push(deadLink(chapter, child, phrase('epub.file-link', { href }), phrase('epub.file-link.hint')));
          return child.children;
        }
        if (!href.startsWith('#') || href === '#') return [child];
        const id = decodeFragment(href.slice(1));
        const file = id === undefined ? undefined : fileOf.get(id);
        if (file !== undefined) {
          if (file !== chapter.file) child.properties['href'] = `${file}${href}`;
          return [child];
        }
        if (id !== undefined && MOVED[id]) {
          child.properties['href'] = MOVED[id];
          return [child];
        }
        if (id === undefined || !printed.has(id)) messages.push(deadLink(chapter, child, phrase('epub.dead-link', { href }), phrase('epub.dead-link.hint')));
        return child.children;
      });
    };
    unlink(chapter.body);
  }
  return messages;
}

/** A warning at the manuscript line of a link the EPUB drops (its text stays). */
function deadLink(chapter: Chapter, link: Element, reason: Phrase, hint: Phrase): VFileMessage {
  const place = link.position?.start;
  return createMessage(reason, { file: chapter.source ?? chapter.file, line: place?.line, column: place?.column }, 'link', { fatal: false, hint });
}

function decodeFragment(fragment: string): string | undefined {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
}
