// Comparing texts that typesetting has handled: normalise away what it may change, split into sentences.
import { toString } from 'mdast-util-to-string';
import type { Manuscript } from '../manuscript/read.js';
import { WORD_JOINER } from '../html/rehype-cjk-no-break.js';

/** Drop whitespace, Markdown syntax (# *), the byline mark ■, brackets of the source note, word joiners. */
export const normalise = (text: string) => text.replace(/[\s#*■()（）]/g, '').replaceAll(WORD_JOINER, '');

/** Split into sentences, keeping the closing mark (and a closing quote after it). */
export const sentences = (text: string) => text.match(/[^。！？]+(?:[。！？][”’」』]?|$)/g) ?? [];

/** A manuscript's text as printed: title, subtitle, byline, body, source note. */
export function manuscriptText(m: Manuscript): string {
  const { title, subtitle, author, note } = m.meta;
  const body = m.tree.children.filter((n) => n.type !== 'yaml').map((n) => toString(n)).join('\n');
  return [title, subtitle, author, body, note].filter(Boolean).join('\n');
}

/** The sentences of `expected` that are not in `actual` in order (each searched after the previous). */
export function missingSentences(expected: string, actual: string): string[] {
  const missing: string[] = [];
  let cursor = 0;
  for (const sentence of sentences(expected)) {
    const at = actual.indexOf(sentence, cursor);
    if (at < 0) missing.push(sentence);
    else cursor = at + sentence.length;
  }
  return missing;
}
