// Comparing texts that typesetting has handled: normalise away what it may change, split into sentences.
import { toString } from 'mdast-util-to-string';
import type { Manuscript } from '../manuscript/read.js';
import { WORD_JOINER } from '../html/rehype-cjk-no-break.js';
import { textPattern } from './number-forms.js';

/** Drop whitespace, Markdown syntax (# *), the byline mark ■, brackets of the source note, word joiners. */
export const normalise = (text: string) => text.replace(/[\s#*■()（）]/g, '').replaceAll(WORD_JOINER, '');

/** Drop what is not seen as characters: white space, word joiners, soft hyphens, zero-width spaces. */
export const invisible = (text: string) => text.replace(/[\s\u00ad\u200b\u2060]/g, '');

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
  return missingInOrder([expected], actual).map((m) => m.sentence);
}

/** The sentences of each text in `texts` (a block each: a block ends a sentence) that are not in `actual`
 *  in order, each searched after the previous one found. Number marks (number-forms.ts) match what may
 *  be printed for them. */
export function missingInOrder(texts: readonly string[], actual: string): { index: number; sentence: string }[] {
  const missing: { index: number; sentence: string }[] = [];
  let cursor = 0;
  texts.forEach((text, index) => {
    for (const sentence of sentences(text)) {
      const pattern = textPattern(sentence);
      const found = new RegExp(pattern, 'gu');
      found.lastIndex = cursor;
      const at = found.exec(actual);
      if (at) cursor = at.index + at[0].length;
      else missing.push({ index, sentence });
    }
  });
  return missing;
}
