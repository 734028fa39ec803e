// What a reader of the printed booklet reads of each article, from the typeset document (the hast that
// was laid out), block by block, in the streams the page sets apart: the running text, the footnotes (at
// the foot of the pages), the captions and the table cells. Generated numbers (list items, footnote calls
// and notes) are marked where they are read; what the page does not show (an image's alt text, a label for
// screen readers, the links back from a note) is left out.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { ANY_NUMBER, listNumber, withoutNumbers } from './number-forms.js';
import { invisible } from './text.js';

export type Stream = 'body' | 'footnotes' | 'captions' | 'cells';
export const STREAMS: readonly Stream[] = ['body', 'footnotes', 'captions', 'cells'];

/** The text of one block (a paragraph, heading, list item, note, caption, cell) and where it came from. */
export interface ExpectedBlock {
  text: string;
  /** The manuscript (the article's data-source). */
  file: string;
  /** Its line (data-line of the block or the nearest block around it). */
  line: number | undefined;
}

export type ExpectedText = Record<Stream, ExpectedBlock[]>;

/** Elements that end a block of text (a sentence does not run from one into the next). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption',
]);
/** Never painted: replaced or hidden elements, and ruby's fallback brackets. Ruby text (rt) is set above
 *  its line, where pdftotext reads it out of order: the base text is what is compared. */
const UNSEEN = new Set(['img', 'picture', 'video', 'audio', 'svg', 'math', 'template', 'script', 'style', 'noscript', 'rp', 'rt', 'input', 'select', 'textarea', 'iframe', 'object']);

const classes = (el: Element) => {
  const c = el.properties['className'];
  return Array.isArray(c) ? c.map(String) : [];
};

/** The expected streams of every article in the booklet document, in order. */
export function expectedText(document: Root): ExpectedText {
  const out: ExpectedText = { body: [], footnotes: [], captions: [], cells: [] };
  const articles: Element[] = [];
  const find = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'section' && classes(node).includes('article')) articles.push(node);
      else find(node.children);
    }
  };
  find(document.children);
  for (const article of articles) readArticle(article, out);
  return out;
}

/** Reading one article: where its blocks go, and the block being read. */
interface Reading {
  readonly out: ExpectedText;
  /** The manuscript (the article's data-source). */
  readonly file: string;
  current: { stream: Stream; block: ExpectedBlock } | undefined;
}

function readArticle(article: Element, out: ExpectedText): void {
  const reading: Reading = { out, file: String(article.properties['dataSource'] ?? ''), current: undefined };
  article.children.forEach((child) => walk(reading, child, 'body', undefined));
  close(reading);
}

/** The block being read ends: kept if it has text. */
function close(reading: Reading): void {
  if (reading.current && reading.current.block.text !== '') reading.out[reading.current.stream].push(reading.current.block);
  reading.current = undefined;
}

/** A block of `stream` starts, with `text`. */
function open(reading: Reading, stream: Stream, line: number | undefined, text = ''): void {
  const { current } = reading;
  // A list item's number is read before the first text of the item, in whatever block that is (li > p).
  const number = current && current.block.text !== '' && withoutNumbers(current.block.text) === '' ? current.block.text : '';
  if (number) reading.current = undefined;
  close(reading);
  reading.current = { stream, block: { text: number + text, file: reading.file, line } };
}

/** `text` added to the block being read, or to a new one of `stream` when none is. */
function append(reading: Reading, stream: Stream, line: number | undefined, text: string): void {
  if (!reading.current) open(reading, stream, line);
  reading.current!.block.text += text;
}

/** Read `node` into `stream`: `line` is the nearest block's, `listIndex` the number of an <ol>'s item. */
function walk(reading: Reading, node: ElementContent, stream: Stream, line: number | undefined, listIndex?: number): void {
  if (node.type === 'text') {
    const text = invisible(node.value);
    if (text === '') return;
    append(reading, stream, line, text);
    return;
  }
  if (node.type !== 'element') return;
  const el = node;
  if (UNSEEN.has(el.tagName) || el.properties['hidden'] !== undefined || classes(el).includes('sr-only')) return;
  if (el.properties['dataFootnoteBackref'] !== undefined) return;
  // A closed <details> shows its summary only.
  if (el.tagName === 'details' && el.properties['open'] === undefined) {
    elements(el).filter((x) => x.tagName === 'summary').forEach((x) => walk(reading, x, stream, line));
    return;
  }
  const own = el.properties['dataLine'];
  const at = typeof own === 'number' ? own : own !== undefined ? Number(own) : line;
  // The call of a footnote: a number the styles set; the note itself is read at the foot of the page.
  if (el.properties['dataFootnoteRef'] !== undefined) {
    append(reading, stream, at, ANY_NUMBER);
    return;
  }
  if (el.tagName === 'section' && el.properties['dataFootnotes'] !== undefined) {
    readFootnotes(reading, el, at);
    return;
  }
  const inner: Stream = el.tagName === 'figcaption' || el.tagName === 'caption' ? 'captions' : el.tagName === 'td' || el.tagName === 'th' ? 'cells' : stream;
  if (!BLOCKS.has(el.tagName)) {
    el.children.forEach((child) => walk(reading, child, stream, at));
    return;
  }
  close(reading);
  if (el.tagName === 'li' || inner !== stream || ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'pre'].includes(el.tagName)) {
    open(reading, inner, at, listIndex === undefined ? '' : listNumber(listIndex));
  }
  if (el.tagName === 'ol') readOrderedList(reading, el, inner, at);
  else el.children.forEach((child) => walk(reading, child, inner, at));
  close(reading);
}

/** The notes of a footnotes section, each one block of the footnotes stream, its number first. */
function readFootnotes(reading: Reading, section: Element, at: number | undefined): void {
  close(reading);
  for (const li of elements(section).filter((x) => x.tagName === 'ol').flatMap(elements).filter((x) => x.tagName === 'li')) {
    const n = li.properties['dataLine'];
    open(reading, 'footnotes', n === undefined ? at : Number(n), ANY_NUMBER);
    // The note's paragraphs are run together into one note (handlers.ts).
    li.children.forEach((child) => walkInline(reading, child, 'footnotes', n === undefined ? at : Number(n)));
    close(reading);
  }
}

/** An <ol>'s items, each with its number (from `start`, or an item's own `value`). */
function readOrderedList(reading: Reading, ol: Element, stream: Stream, at: number | undefined): void {
  let n = Number(ol.properties['start'] ?? 1);
  for (const child of ol.children) {
    if (child.type === 'element' && child.tagName === 'li') {
      const value = child.properties['value'];
      if (value !== undefined) n = Number(value);
      walk(reading, child, stream, at, n);
      n++;
    } else walk(reading, child, stream, at);
  }
}

// Inside a note: paragraphs are inline, other blocks keep their own text in the same stream.
function walkInline(reading: Reading, node: ElementContent, stream: Stream, line: number | undefined): void {
  if (node.type === 'element' && node.tagName === 'p') node.children.forEach((child) => walk(reading, child, stream, line));
  else walk(reading, node, stream, line);
}

const elements = (el: Element): Element[] => el.children.filter((c): c is Element => c.type === 'element');
