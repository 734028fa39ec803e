// Lines → paragraphs, for sources without paragraphs of their own (text copied out of a PDF, a PDF's
// text layer). A break inside a sentence is no paragraph end, whatever ended the line (an empty line, a
// column's or a page's end); a line that ends a sentence ends its paragraph when it is short (the rest of
// its line was left empty), when an empty line follows, or when the next line is indented. Each join of a
// break that looked like a paragraph end (an empty line, a column or a page) is recorded, for the
// article's `editorial` list. Blocks of a .docx or a web page are units as they are (blocksToUnits).
import { TERMINAL } from '../manuscript/lint/rule.js';
import { FRAGMENT, OPENERS } from '../manuscript/lint/fragment-start.js';
import { closesFence, opensFence } from './code-fence.js';
import { bylineOf, isNumberedHeadingLine, sourceNoteOf, subtitleOf } from './header-patterns.js';
import { SENTENCE_INSIDE, joiner, width, type Unit } from './units.js';
import type { SourceDocument, SourceLine } from './source.js';

/** A line as the joiner sees it. */
interface Line extends SourceLine {
  /** The text without its indent. */
  body: string;
  /** Opens with white space (a paragraph's first-line indent), or a PDF line set in from its column. */
  indent: boolean;
  /** A Markdown heading (`## …`), a whole bold line (`**…**`), a Markdown block's line, or text. */
  form: 'text' | 'heading' | 'bold' | 'markdown';
  depth?: number;
}

/** A standalone line (a title, a heading) is at most this wide, in ems. */
export const HEADING_WIDTH = 40;

/** The units of a document: its blocks, or its lines joined into paragraphs. */
export function sourceUnits(doc: SourceDocument): Unit[] {
  return doc.blocks ? blocksToUnits(doc) : joinLines(doc);
}

/** A .docx's or a web page's blocks, as units. */
export function blocksToUnits(doc: SourceDocument): Unit[] {
  return (doc.blocks ?? []).map((block) => ({
    kind: block.kind,
    text: block.text,
    ...(block.depth !== undefined ? { depth: block.depth } : {}),
    ...(block.bold ? { bold: true } : {}),
    ...(block.role ? { role: block.role } : {}),
    pieces: [{ at: 0, place: block.place }],
    joins: [],
  }));
}

/** Join a document's lines into units. */
export function joinLines(doc: SourceDocument): Unit[] {
  const lines = prepare(doc);
  const wrapAt = wrapWidths(lines, doc.kind);
  const units: Unit[] = [];
  let open: { unit: Unit; last: number } | undefined;
  const close = () => {
    if (open) units.push(open.unit);
    open = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.form === 'markdown') {
      close();
      addMarkdownLine(units, line, lines[i - 1]);
      continue;
    }
    if (line.form === 'heading' || line.form === 'bold') {
      close();
      units.push(standaloneUnit(line));
      continue;
    }
    if (open && continues(lines, open.last, i, open.unit.pieces.length === 1, wrapAt, doc.kind)) {
      const prev = lines[open.last]!;
      // A line end in text with a paragraph a line is a paragraph end too (a .md's is a soft break, a
      // hard-wrapped text's or a PDF's the column's edge).
      const looked = (prev.end ?? 'line') !== 'line' || (doc.kind === 'text' && wrapAt(open.last) === undefined);
      joinOnto(open.unit, prev, line, looked);
      open.last = i;
      continue;
    }
    close();
    open = { unit: paragraphOf(line), last: i };
  }
  close();
  return units;
}

/** A Markdown block's line, as a unit of its own or onto the Markdown block before it (`last`: the line
 *  before it). */
function addMarkdownLine(units: Unit[], line: Line, last: Line | undefined): void {
  const previous = units.at(-1);
  // A Markdown block's lines with no empty line between them are one block (a list, a table).
  if (previous?.kind === 'markdown' && last?.form === 'markdown' && last.end === 'line') {
    previous.text += `\n${line.text}`;
    previous.pieces.push({ at: previous.text.length - line.text.length, place: line.place });
  } else units.push({ kind: 'markdown', text: line.text, pieces: [{ at: 0, place: line.place }], joins: [] });
}

/** A Markdown heading or a whole bold line, as a unit of its own. */
function standaloneUnit(line: Line): Unit {
  return {
    kind: line.form === 'heading' ? 'heading' : 'paragraph',
    text: line.body,
    ...(line.depth !== undefined ? { depth: line.depth } : {}),
    ...(line.form === 'bold' || line.bold ? { bold: true } : {}),
    ...(line.size !== undefined ? { size: line.size } : {}),
    pieces: [{ at: 0, place: line.place }],
    joins: [],
  };
}

/** `line` joined onto the paragraph `unit`, whose last line is `prev`; the join is recorded when the break
 *  looked like a paragraph end (`looked`). */
function joinOnto(unit: Unit, prev: Line, line: Line, looked: boolean): void {
  unit.text += joiner(unit.text, line.body);
  unit.pieces.push({ at: unit.text.length, place: line.place });
  unit.text += line.body;
  const end = prev.end ?? 'line';
  if (looked) unit.joins.push({ before: prev.place, after: line.place, end, tail: tailOf(prev.body), head: [...line.body].slice(0, 8).join('') });
}

/** A paragraph opened by `line`. */
function paragraphOf(line: Line): Unit {
  return {
    kind: 'paragraph',
    text: line.body,
    ...(line.bold ? { bold: true } : {}),
    ...(line.size !== undefined ? { size: line.size } : {}),
    pieces: [{ at: 0, place: line.place }],
    joins: [],
  };
}

/** Whether line `i` goes on the paragraph whose last line is `p`; `first`: `p` is its only line. */
function continues(lines: Line[], p: number, i: number, first: boolean, wrapAt: (i: number) => number | undefined, kind: SourceDocument['kind']): boolean {
  const prev = lines[p]!;
  const next = lines[i]!;
  // A PDF's reader says where its paragraphs end (a gap, an indent, a centred line, a change of size): at
  // a plain line end in one size, a line goes on in the same weight (a heading set in two lines), and a
  // bold line goes on into one that begins bold (a run-in bold heading and its paragraph).
  // (A short line that ends a sentence still ends its paragraph.)
  if (kind === 'pdf' && (prev.end ?? 'line') === 'line' && Math.abs((prev.size ?? 0) - (next.size ?? 0)) <= 0.5) {
    const column = wrapAt(p);
    const endsShort = TERMINAL.test(prev.body) && column !== undefined && width(prev.body) < 0.85 * column;
    if (!endsShort && (Boolean(prev.bold) === Boolean(next.bold) || (prev.bold && next.spans?.[0]?.bold === true))) return true;
  }
  if (kind === 'pdf' && (Boolean(prev.bold) !== Boolean(next.bold) || Math.abs((prev.size ?? 0) - (next.size ?? 0)) > 0.5)) return false;
  // A Markdown paragraph's lines are one paragraph (its line ends are soft breaks).
  if (kind === 'markdown' && prev.end === 'line') return true;
  // What opens a part of an article never continues a paragraph.
  if (subtitleOf(next.body) || bylineOf(next.body) || sourceNoteOf(next.body) || isNumberedHeadingLine(next.body)) return false;
  if (first && (subtitleOf(prev.body) || bylineOf(prev.body) || sourceNoteOf(prev.body))) return false;
  if (first && isNumberedHeadingLine(prev.body)) return false;
  const wrap = wrapAt(p);
  if (!TERMINAL.test(prev.body)) {
    // A short line standing alone is a title or a heading (the more so when the next line is indented),
    // unless what follows is plainly the rest of its sentence (“疗、教育…”).
    const alone = first && width(prev.body) <= HEADING_WIDTH && !SENTENCE_INSIDE.test(prev.body) && !(FRAGMENT.test(next.body) && !OPENERS.test(next.body));
    const short = wrap === undefined || width(prev.body) < 0.7 * wrap || (next.indent && width(prev.body) < 0.95 * wrap);
    return !(alone && short);
  }
  if (prev.end === 'blank') return false;
  if (wrap === undefined || next.indent) return false;
  // A full line that ends a sentence: the paragraph goes on, as the next line is not indented.
  return width(prev.body) >= 0.85 * wrap;
}

/** The end of a line, for the record: from its last sentence mark, at most 12 characters. */
function tailOf(text: string): string {
  const chars = [...text];
  const stop = Math.max(...['。', '！', '？', '；'].map((m) => text.lastIndexOf(m)));
  const tail = stop >= 0 && stop < text.length - 1 ? [...text.slice(stop + 1)] : chars;
  return tail.slice(-12).join('');
}

/** Lines with their indent and Markdown form found. */
function prepare(doc: SourceDocument): Line[] {
  const source = doc.lines ?? [];
  const markdown = doc.kind === 'markdown';
  const lines: Line[] = [];
  let fence: string | undefined;
  source.forEach((line, index) => {
    const body = line.text.replace(/^[\s\u3000]+/u, '');
    let indent = body !== line.text && /^(\s{2,}|\t|\u3000)/u.test(line.text);
    if (doc.kind === 'pdf') indent = pdfIndent(source, index);
    const out: Line = { ...line, body, indent, form: 'text' };
    if (doc.kind !== 'pdf') {
      if (markdown && fence !== undefined) {
        out.form = 'markdown';
        if (closesFence(line.text, fence)) fence = undefined;
      } else if (markdown && opensFence(line.text)) {
        out.form = 'markdown';
        fence = opensFence(line.text);
      } else {
        const heading = /^\s{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line.text);
        const bold = /^\s{0,3}(?:\*\*([^*]+)\*\*|__([^_]+)__)$/.exec(line.text);
        if (heading && heading[2]) Object.assign(out, { form: 'heading', depth: heading[1]!.length, body: heading[2] });
        else if (bold && (bold[1] ?? bold[2])!.trim() !== '') Object.assign(out, { form: 'bold', body: (bold[1] ?? bold[2])!.trim() });
        else if (markdown && isMarkdownBlock(line.text, lines.at(-1))) out.form = 'markdown';
      }
    }
    lines.push(out);
  });
  return lines;
}

/** A line of Markdown that is not a paragraph's: a list item, a quotation, a table row, HTML, an image on a
 *  line of its own, a thematic break, a directive, a definition; or a line that goes on such a block. */
function isMarkdownBlock(text: string, previous: Line | undefined): boolean {
  if (/^\s{0,3}([-+*]|\d{1,9}[.)])\s+\S/.test(text)) return true;
  if (/^\s{0,3}(>|\||<[A-Za-z!/]|!\[|:::|\[\^[^\]]+\]:|\[[^\]]+\]:\s)/.test(text)) return true;
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(text)) return true;
  // An indented line right after a list item, or any line right after a table row or a quotation line.
  return previous?.form === 'markdown' && previous.end === 'line' && (/^\s+\S/.test(text) || /^\s{0,3}[|>]/.test(previous.text));
}

/** Whether a PDF line starts to the right of the lines around it in its column (a first-line indent). */
function pdfIndent(lines: SourceLine[], index: number): boolean {
  const line = lines[index]!;
  const x = line.place.x;
  if (x === undefined) return false;
  const em = line.size ?? 10;
  const near = lines
    .slice(Math.max(0, index - 6), index + 7)
    .filter((l) => l !== line && l.place.page === line.place.page && l.place.x !== undefined && Math.abs(l.place.x - x) < 4 * em);
  const left = Math.min(...near.map((l) => l.place.x!));
  return near.length > 0 && x - left > 1.2 * em;
}

/** The width a hard-wrapped text is set to, at each line: a PDF's lines are wrapped at their column's
 *  width (the widest line near them); a text file's are, when most of its lines run on to the next at one
 *  width (a text copied from a PDF line by line); otherwise (a paragraph a line, a .md) none. */
function wrapWidths(lines: Line[], kind: SourceDocument['kind']): (i: number) => number | undefined {
  if (kind === 'markdown') return () => undefined;
  if (kind === 'pdf') {
    return (i) => {
      const line = lines[i]!;
      const near = lines.slice(Math.max(0, i - 8), i + 9).filter((l) => l.place.page === line.place.page && Math.abs((l.size ?? 0) - (line.size ?? 0)) <= 0.5);
      return Math.max(...near.map((l) => width(l.body)));
    };
  }
  const text = lines.filter((l) => l.form === 'text');
  // Lines that run on to the next (not the last, not before an empty line): at one width, if wrapped.
  const running = text.filter((l, i) => l.end === 'line' && i < text.length - 1).map((l) => width(l.body)).sort((a, b) => a - b);
  if (running.length < 8 || running.length < 0.3 * text.length) return () => undefined;
  const wrap = running[Math.floor(0.8 * (running.length - 1))]!;
  const atWidth = running.filter((w) => w >= 0.85 * wrap && w <= 1.1 * wrap).length;
  if (wrap < 12 || wrap > 80 || atWidth < 0.5 * running.length) return () => undefined;
  return () => wrap;
}
