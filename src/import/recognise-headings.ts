// Which of an article's units are its section headings, and at which level. A source's own headings
// (`##`, a .docx's Heading 2) stay headings; a paragraph becomes one when it is a short line standing alone
// that is no sentence and that something follows: set bold (the run-in heading a PDF's extraction made
// body text), numbered (一、 （一） 1.), in a larger type than the body (a PDF), or, in a text source, a
// plain line without terminal punctuation between paragraphs. Levels: the source's own headings keep their
// order (the outermost is level 2, under the article's title); numbered ones go by their numbering
// (一、 outside （一） outside 1.); an unnumbered run-in heading is at the level of the article's other
// unnumbered headings, else one below the numbered section it is in.
import { SENTENCE_INSIDE, width, type Unit } from './units.js';
import { NUMBERINGS, bylineOf, numberingOf, sourceNoteOf, subtitleOf, type Numbering } from './header-patterns.js';
import { DEEPEST_STYLED } from '../html/remark-section-levels.js';
import type { SourceDocument } from './source.js';

/** Why a paragraph was made a heading. */
export type MadeHeading = 'bold' | 'numbered' | 'size' | 'standalone';

/** One block of an article's body. */
export interface BodyBlock {
  unit: Unit;
  kind: Unit['kind'];
  /** A heading's level in the manuscript (2 is `##`, the top sections under the title). */
  level?: number;
  /** Set when the source did not say it is a heading. */
  made?: MadeHeading;
}

/** A run-in heading is at most this wide, in ems (lint's bold-heading holds 30 characters). */
const RUN_IN_WIDTH = 30;

/** The body's blocks with their headings recognised and levelled. */
export function recogniseHeadings(body: Unit[], kind: SourceDocument['kind']): BodyBlock[] {
  const size = bodySize(body);
  const blocks: BodyBlock[] = body.map((unit, i) => {
    if (unit.kind !== 'paragraph') return { unit, kind: unit.kind };
    const made = madeHeading(unit, body[i + 1], kind, size);
    return made ? { unit, kind: 'heading', made } : { unit, kind: 'paragraph' };
  });
  level(blocks);
  return blocks;
}

/** Why `unit` is a heading, if it is one. */
function madeHeading(unit: Unit, next: Unit | undefined, kind: SourceDocument['kind'], size: number | undefined): MadeHeading | undefined {
  const text = unit.text.trim();
  // Standing alone: something follows, and it is no sentence.
  const alone = next !== undefined && unit.pieces.length <= 2 && width(text) <= RUN_IN_WIDTH && !/[。！？；：，、]$/u.test(text) && !SENTENCE_INSIDE.test(text);
  // A byline, a source note or a line after a dash (a quotation's attribution) is no heading.
  if (!alone || bylineOf(text) || sourceNoteOf(text) || subtitleOf(text) || /^[（(].*[)）]$/u.test(text)) return undefined;
  if (unit.bold) return 'bold';
  if (numberingOf(text)) return 'numbered';
  if (size && unit.size && unit.size >= 1.15 * size) return 'size';
  // A text source's plain short line (a .md's paragraph, a .docx's or a web page's, is as its writer made it).
  if ((kind === 'text' || kind === 'pdf') && unit.pieces.length === 1 && next.kind !== 'markdown') return 'standalone';
  return undefined;
}

/** Give every heading its level. */
function level(blocks: BodyBlock[]): void {
  const headings = blocks.filter((b) => b.kind === 'heading');
  const own = headings.filter((b) => b.made === undefined);
  const top = Math.min(...own.map((b) => b.unit.depth ?? 1));
  for (const b of own) b.level = 2 + (b.unit.depth ?? top) - top;
  // Numbered headings: by their numbering, outermost first; a numbering the source's own headings use
  // takes their level.
  const numberings = NUMBERINGS.filter((n) => headings.some((b) => numberingOf(b.unit.text.trim()) === n));
  const levelOf = new Map<Numbering, number>();
  numberings.forEach((n, k) => {
    const ownLevel = own.find((b) => numberingOf(b.unit.text.trim()) === n)?.level;
    levelOf.set(n, ownLevel ?? 2 + k);
  });
  const plainOwn = own.filter((b) => numberingOf(b.unit.text.trim()) === undefined).map((b) => b.level!);
  let section: number | undefined;
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    const numbering = numberingOf(b.unit.text.trim());
    if (b.made !== undefined) {
      if (numbering) b.level = levelOf.get(numbering)!;
      else if (plainOwn.length > 0) b.level = Math.min(...plainOwn);
      else b.level = section !== undefined ? section + 1 : 2;
    }
    b.level = Math.min(b.level!, DEEPEST_STYLED);
    if (numbering) section = b.level;
  }
}

/** The size most of the body is set in, when the source says (a PDF). */
function bodySize(units: Unit[]): number | undefined {
  const sizes = units.filter((u) => u.size && u.kind === 'paragraph').map((u) => u.size!).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)];
}
