// Text comparison shared by the no-text-lost tests: normalise away what typesetting may change, split
// into sentences, and find them in order.
import assert from 'node:assert/strict';
import { toString } from 'mdast-util-to-string';
import type { Manuscript } from '../src/manuscript/read.js';
import { WORD_JOINER } from '../src/html/rehype-cjk-no-break.js';

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

/** Every sentence of `expected` is in `actual`, in order. */
export function assertSentencesInOrder(expected: string, actual: string, what: string): void {
  let cursor = 0;
  for (const sentence of sentences(expected)) {
    const at = actual.indexOf(sentence, cursor);
    assert.ok(at >= 0, `${what}: sentence missing or out of order: ${sentence}`);
    cursor = at + sentence.length;
  }
}
