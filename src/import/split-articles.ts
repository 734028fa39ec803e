// A source's units → its articles, each with the parts of its front matter found in it: a title (a
// `#` heading, a PDF's largest type, or a short line standing alone that a subtitle or a byline follows,
// or that opens the source or follows an article's source note), the subtitle and byline under it, and
// the source note that closes it. Text before the first title is an article with no title of its own:
// it takes `--title` (or the document's own title), else the import stops and asks for it.
import { TERMINAL } from '../manuscript/lint/rule.js';
import { fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { bylineOf, numberingOf, sourceNoteOf, subtitleOf, type SourceNote } from './header-patterns.js';
import { HEADING_WIDTH } from './join-lines.js';
import { SENTENCE_INSIDE, width, type Unit } from './units.js';
import type { SourceDocument } from './source.js';

/** Where an article's title came from: its source, `--title`, or the document's own title. */
export type TitleFrom = 'source' | 'option' | 'document';

/** A part of the front matter found in the source, in the order the source has them. */
export interface HeaderPart {
  field: 'title' | 'subtitle' | 'author';
  value: string;
  unit: Unit;
  /** A label the front matter leaves out (作者： before the name). */
  removed: string;
  /** A title set in two lines: both. */
  lines?: Unit[];
}

export interface ArticleDraft {
  title: string;
  titleFrom: TitleFrom;
  header: HeaderPart[];
  body: Unit[];
  note?: { unit: Unit } & SourceNote;
}

export interface SplitOptions {
  /** The title for text that has none of its own (`--title`). */
  title?: string;
}

/** Split a document's units into articles. */
export function splitArticles(doc: SourceDocument, units: Unit[], options: SplitOptions = {}): ArticleDraft[] {
  const bodySize = typicalSize(units);
  if (units.length === 0) fail(phrase('import.empty', { file: doc.path }), { file: doc.path }, 'import', phrase('import.empty.hint'));
  // A start, and how many units its title takes: a headline set in two lines (加快构建新发展格局 /
  // 着力推动高质量发展) is two short lines standing alone before the byline, where an article may open.
  const starts: { at: number; lines: number }[] = [];
  units.forEach((_, i) => {
    if (!isArticleStart(units, i, bodySize)) return;
    const before = units[i - 1];
    const opens = i - 1 === 0 || isNote(units[i - 2]);
    const twoLines = before !== undefined && opens && units[i]!.kind === 'paragraph' && before.kind === 'paragraph' && titleLike(before) && starts.at(-1)?.at !== i - 1;
    starts.push(twoLines ? { at: i - 1, lines: 2 } : { at: i, lines: 1 });
  });
  const bounds = [...starts.map((s) => s.at), units.length];
  const parts: { start: number; end: number; lines: number }[] = [];
  if ((starts[0]?.at ?? units.length) > 0) parts.push({ start: 0, end: starts[0]?.at ?? units.length, lines: 0 });
  starts.forEach((start, k) => parts.push({ start: start.at, end: bounds[k + 1]!, lines: start.lines }));
  return parts.map((part) => {
    const slice = units.slice(part.start, part.end);
    if (part.lines > 0) return draft(doc.path, slice.slice(0, part.lines), slice.slice(part.lines), 'source');
    const title = options.title ?? doc.title;
    if (!title) {
      const place = slice[0]!.pieces[0]!.place;
      fail(phrase('import.no-title', { file: doc.path }), { file: doc.path, line: place.line ?? place.block }, 'import-title', phrase('import.no-title.hint', { command: `booklet import ${doc.path} --title 标题` }));
    }
    return draft(doc.path, [], slice, options.title ? 'option' : 'document', title);
  });
}

/** Whether units[i] opens an article. */
function isArticleStart(units: Unit[], i: number, bodySize: number | undefined): boolean {
  const unit = units[i]!;
  if (!titleLike(unit)) return false;
  // A numbered heading is a section's, whatever its level.
  if (numberingOf(unit.text)) return false;
  if (unit.kind === 'heading' && unit.depth === 1) return true;
  if (bodySize && unit.size && unit.size >= 1.4 * bodySize) return true;
  const next = units[i + 1];
  if (!next) return false;
  if (subtitleOf(next.text) || bylineOf(next.text)) return true;
  const previous = units[i - 1];
  const opens = i === 0 || isNote(previous);
  return opens && !titleLike(next);
}

/** Whether `unit` is a source note (which closes an article: what follows may open the next). */
function isNote(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === 'paragraph' && sourceNoteOf(unit.text.trim()) !== undefined;
}

/** A unit that may be a title: a heading, or a short line (or two) that is not a sentence. */
function titleLike(unit: Unit): boolean {
  if (unit.kind === 'heading') return true;
  return (
    unit.kind === 'paragraph' &&
    unit.pieces.length <= 2 &&
    width(unit.text) <= HEADING_WIDTH &&
    !TERMINAL.test(unit.text) &&
    !SENTENCE_INSIDE.test(unit.text) &&
    !subtitleOf(unit.text) &&
    !bylineOf(unit.text) &&
    !sourceNoteOf(unit.text)
  );
}

/** An article from its title's units (a line, or two: they are one title, a space between; none: the
 *  title is given) and the units after it. */
function draft(path: string, titleUnits: Unit[], rest: Unit[], from: TitleFrom, given?: string): ArticleDraft {
  const titleUnit = titleUnits[0];
  const title = titleUnits.map((u) => u.text.trim()).join(' ');
  const header: HeaderPart[] = titleUnit ? [{ field: 'title', value: title, unit: titleUnit, removed: '', ...(titleUnits.length > 1 ? { lines: titleUnits } : {}) }] : [];
  let k = 0;
  // Under the title: a subtitle and a byline, in either order.
  if (titleUnit) {
    for (; k < Math.min(rest.length, 2); k++) {
      const unit = rest[k]!;
      if (unit.kind === 'markdown' || unit.pieces.length > 1) break;
      // What the source itself says (a .docx's Subtitle style, a web page's byline), else its form.
      const subtitle = unit.role === 'subtitle' ? unit.text.trim() : subtitleOf(unit.text.trim());
      const byline = bylineOf(unit.text.trim()) ?? (unit.role === 'byline' ? { author: unit.text.trim(), removed: '' } : undefined);
      if (subtitle && !header.some((h) => h.field === 'subtitle')) header.push({ field: 'subtitle', value: subtitle, unit, removed: '' });
      else if (byline && !header.some((h) => h.field === 'author')) header.push({ field: 'author', value: byline.author, unit, removed: byline.removed });
      else break;
    }
  }
  const body = rest.slice(k);
  if (titleUnit && body.length === 0) {
    const place = titleUnit.pieces[0]!.place;
    fail(phrase('import.no-body', { title }), { file: path, line: place.line ?? place.block }, 'import-title', phrase('import.no-body.hint'));
  }
  const last = body.at(-1);
  const found = last?.kind === 'paragraph' && body.length > 1 ? sourceNoteOf(last.text.trim()) : undefined;
  const article: ArticleDraft = { title: titleUnit ? title : given!, titleFrom: from, header, body: found ? body.slice(0, -1) : body };
  if (found && last) article.note = { unit: last, ...found };
  return article;
}

/** The size most of the text is set in (a PDF's body type), when the source says. */
function typicalSize(units: Unit[]): number | undefined {
  const weight = new Map<number, number>();
  for (const unit of units) if (unit.size && unit.kind === 'paragraph') weight.set(unit.size, (weight.get(unit.size) ?? 0) + unit.text.length);
  let best: number | undefined;
  for (const [size, w] of weight) if (best === undefined || w > weight.get(best)!) best = size;
  return best;
}
