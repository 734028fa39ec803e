// What the importer makes of a source before it knows its articles: units (a paragraph, a heading, or a
// block kept as Markdown), each holding where in the source every piece of its text came from, and the
// breaks it was joined across. Every later stage (articles, headings, repairs, the text check) reads these.
import { HAN } from '../cjk.js';
import type { SourceLine, SourcePlace, SourceBlock } from './source.js';

/** Where a piece of a unit's text starts in the unit (`at`, a UTF-16 offset) and came from. */
export interface Piece {
  at: number;
  place: SourcePlace;
}

/** A break in the source that was joined into one paragraph: a paragraph end that was none. */
export interface Join {
  /** The line before the break, and what ended it (an empty line, a column's or a page's end, a line end). */
  before: SourcePlace;
  after: SourcePlace;
  end: NonNullable<SourceLine['end']>;
  /** The end of the line before the break, and the start of the one after it, as in the source. */
  tail: string;
  head: string;
}

export interface Unit {
  kind: 'paragraph' | 'heading' | 'markdown';
  /** The text (inline Markdown as the source has it), or the Markdown of a `markdown` block. */
  text: string;
  /** A heading's level in the source (1 the largest). */
  depth?: number;
  /** The whole paragraph is set bold (a `**…**` line, a bold line of a PDF, a bold block). */
  bold?: boolean;
  /** Type size in points, when the source says (PDF). */
  size?: number;
  /** What the source itself says the unit is (a .docx's Subtitle style, a web page's byline). */
  role?: SourceBlock['role'];
  /** The first piece is at 0. */
  pieces: Piece[];
  joins: Join[];
}

/** The place of the character at `offset` of the unit's text. */
export function placeAt(unit: Unit, offset: number): SourcePlace {
  let place = unit.pieces[0]!.place;
  for (const piece of unit.pieces) {
    if (piece.at > offset) break;
    place = piece.place;
  }
  return place;
}

/** How wide a text is set, in ems: a Han character or full-width mark 1, a Latin letter or digit ½. */
export function width(text: string): number {
  let em = 0;
  for (const char of text) em += char.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return em;
}

const CJK = new RegExp(`[${HAN}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2026\\u201c-\\u201d\\u2018-\\u2019]`, 'u');

/** What goes between two lines joined into one paragraph: nothing where either side is Chinese (Chinese
 *  has no spaces between words), a space between two Latin words, nothing after a hyphen. */
export function joiner(before: string, after: string): string {
  const last = [...before].at(-1) ?? '';
  const first = [...after][0] ?? '';
  if (CJK.test(last) || CJK.test(first) || last === '-') return '';
  return ' ';
}

/** Sentence-ending punctuation inside a text (not at its end): a text that holds a whole sentence is no
 *  heading. */
export const SENTENCE_INSIDE = /[。！？!?][^。！？!?]/;
