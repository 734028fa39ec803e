// What a lint rule is: a pure check of one manuscript (its text and mdast) that reports vfile messages
// with a place and its rule id, and may offer a fix that cannot change the meaning.
import { location } from 'vfile-location';
import type { Root, Paragraph, Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { CodePoints } from '../../html/font-coverage.js';
import type { Phrase } from '../../ui/phrase.js';
import type { BookScript } from '../../config/language.js';

export type Severity = 'error' | 'warning';

/** One replacement in the source text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A block of text (paragraph or heading) with its raw source and plain text. */
export interface Block {
  node: Paragraph | Heading;
  /** Offsets in the file. */
  start: number;
  end: number;
  /** The raw Markdown, inline code masked with NULs (same length). */
  raw: string;
  /** The plain text: what is read as the paragraph's sentences, without an image's alt text (a figure's
   *  caption is no sentence of the paragraph: a long one alone in its paragraph ended it mid-sentence). */
  text: string;
}

export interface LintInput {
  file: VFile;
  tree: Root;
  /** Top-level paragraphs and headings, in order. */
  blocks: Block[];
  /** Report at a file offset, the reason as a phrase of the catalogue (worded in the user's language when
   *  shown); `fix` makes the problem fixable with `--fix`. */
  report(reason: string | Phrase, offset: number, fix?: Edit[]): void;
  /** Code points the booklet's body face covers (for font-coverage); absent: not checked. */
  coverage?: CodePoints | undefined;
  /** The book's script (config/language.ts): which quotation marks are right, what ends a sentence. */
  script: BookScript;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line: what it finds and which rule of the typesetting norms it holds. */
  description: string;
  check(input: LintInput): void;
}

/** Terminal punctuation a paragraph may end with (closing quotes and brackets may follow it). A colon or
 *  semicolon also ends a paragraph that introduces what follows. */
export const TERMINAL = /[。！？…：；.!?][”’」』）)】》]*$/;

/** Lines that are not body paragraphs: a subtitle (——…), a byline (■ 高文), other short lines. */
export const isBodyParagraph = (text: string) => text.length >= 15 && !text.startsWith('——') && !text.startsWith('■');

/** Han ideographs, as a character class body: every pattern that uses it has the `u` flag. */
export { HAN } from '../../cjk.js';

/** Collect the top-level paragraphs and headings of a tree, with their raw source. */
export function blocksOf(file: VFile, tree: Root): Block[] {
  const source = String(file.value);
  const out: Block[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if ((node.type === 'paragraph' || node.type === 'heading') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
        const start = node.position.start.offset;
        const end = node.position.end.offset;
        out.push({ node, start, end, raw: maskCode(source.slice(start, end)), text: toString(node, { includeHtml: false, includeImageAlt: false }) });
      }
    }
  };
  visit(tree.children);
  return out;
}

/** Inline code spans and HTML tags become NULs, so that `...` inside code or `<rt>` is never flagged;
 *  so do an image's `!` and a link's or image's `(path "title")`, which are syntax, not text. Not spaces:
 *  `使用 \`fn\` 关键` would read as spaces between Han, and space-between-han's fix deleted the code. */
function maskCode(raw: string): string {
  return raw
    .replace(/(`+)[\s\S]*?\1/g, (m) => '\0'.repeat(m.length))
    .replace(/<\/?[A-Za-z][^<>]*>/g, (m) => '\0'.repeat(m.length))
    .replace(/!(?=\[[^\]]*\]\()/g, '\0')
    .replace(/(?<=\])\((?:[^()\s]+|<[^<>]*>)?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, (m) => '\0'.repeat(m.length));
}

/** Line and column of a file offset. */
export function pointAt(file: VFile, offset: number): { line: number; column: number } {
  const point = location(file).toPoint(offset);
  return { line: point?.line ?? 1, column: point?.column ?? 1 };
}
