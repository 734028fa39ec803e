// One article as its manuscript: front matter (id, title, subtitle, byline, source note, the editorial
// record) and the body in Markdown, with lint's safe repairs made and each repair recorded; and, for the
// stages after it, where each block of the body is in the manuscript and came from in the source.
import { stringify } from 'yaml';
import { ArticleSchema } from '../config/schema.js';
import { phrase } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';
import { entry, inSourceOrder, placePhrase, type PlaceRecorder, type Recorded } from './editorial.js';
import { NOT_IN_FRONT_MATTER, PUNCTUATION_RULES, repairText } from './repairs.js';
import { placeAt, type Unit } from './units.js';
import type { ArticleDraft } from './split-articles.js';
import type { BodyBlock } from './recognise-headings.js';
import type { SourceDocument, SourcePlace } from './source.js';

/** Where a block of the body is in the manuscript. */
export interface PlacedBlock {
  block: BodyBlock;
  /** Its first line in the manuscript file (1-based). */
  line: number;
  /** Characters of Markdown before its text on that line (`## `, `**`). */
  prefix: number;
}

export interface ComposedArticle {
  /** The file name, in the booklet's folder. */
  name: string;
  id: string;
  /** The front matter, as written. */
  meta: ArticleSchema & { id: string; title: string };
  /** The whole manuscript. */
  text: string;
  placed: PlacedBlock[];
  /** The editorial record, with each note as a phrase. */
  editorial: Recorded[];
  /** The text of the article in the order of the source, for the check that nothing was lost: the front
   *  matter's parts that came from the source, then the body. */
  inOrder: string[];
  /** Letters the front matter leaves out (a byline's label), at their place in the source. */
  removed: { place: SourcePlace; text: string }[];
  /** The place of the article's first text in the source. */
  place: SourcePlace;
}

/** Compose an article's manuscript. */
export function composeArticle(doc: SourceDocument, draft: ArticleDraft, blocks: BodyBlock[], name: string, id: string, record: PlaceRecorder): ComposedArticle {
  const meta: ComposedArticle['meta'] = { id, title: draft.title, editorial: [] };
  const firstUnit = draft.header[0]?.unit ?? blocks[0]?.unit ?? draft.note?.unit;
  const place = firstUnit?.pieces[0]?.place ?? { line: 1 };

  const entries = composeFrontMatter(doc, draft, meta, place, record);
  const { rendered, body, repaired } = composeBody(blocks, doc.kind, record);
  entries.push(...repaired, ...joinsAndHeadings(draft, blocks, record));
  const recorded = inSourceOrder(entries);
  meta.editorial = recorded.map((r) => r.entry);

  const head = frontMatterText(meta);
  const text = `${head}${body}\n`;
  const placed = placeBlocks(blocks, rendered, head.split('\n').length - 1);
  const inOrder = [...draft.header.map((h) => meta[h.field] ?? ''), body, ...(meta.note ? [meta.note] : [])];
  if (draft.titleFrom === 'document') inOrder.unshift(meta.title);
  const removed = draft.header.filter((h) => h.removed).map((h) => ({ place: h.unit.pieces[0]!.place, text: h.removed }));
  return { name, id, meta, text, placed, editorial: recorded, inOrder, removed, place };
}

/** The front matter's parts, as the source has them, each mended as the body is: set on `meta`, with the
 *  editorial record of where each came from and what was mended. */
function composeFrontMatter(doc: SourceDocument, draft: ArticleDraft, meta: ComposedArticle['meta'], place: SourcePlace, record: PlaceRecorder): Recorded[] {
  const entries: Recorded[] = [];
  const file = doc.path.split(/[\\/]/).at(-1)!;
  const field = (value: string, unit: Unit | undefined): string => {
    const { text, repairs } = repairText(value, NOT_IN_FRONT_MATTER);
    if (unit) for (const r of repairs) entries.push(repairEntry(r.ruleId, r.found, r.fixed, record(placeAt(unit, r.start)), value, r.start));
    return text;
  };
  if (draft.titleFrom !== 'source') {
    const how = draft.titleFrom === 'option' ? phrase('import.note.title-given', { title: draft.title }) : phrase('import.note.title-document', { title: draft.title });
    entries.push(entry('metadata', record(place), how));
  }
  for (const part of draft.header) {
    const value = field(part.value, part.unit);
    meta[part.field] = value;
    const at = record(part.unit.pieces[0]!.place);
    const note: Phrase =
      part.field === 'title'
        ? part.lines
          ? phrase('import.note.title-lines', { file, after: placePhrase(record(part.lines.at(-1)!.pieces[0]!.place)) })
          : phrase('import.note.title', { file })
        : part.field === 'subtitle'
          ? phrase('import.note.subtitle')
          : bylineNote(part.unit.text.trim(), value, part.removed);
    entries.push(entry('metadata', at, note, part.field === 'title' ? part.unit.text : undefined));
  }
  if (draft.note) {
    meta.note = field(draft.note.note, draft.note.unit);
    if (draft.note.source) meta.source = field(draft.note.source, undefined);
    if (draft.note.affiliation) meta.affiliation = field(draft.note.affiliation, undefined);
    const fields = ['source', 'affiliation'].filter((k) => meta[k as 'source'] !== undefined).join('、');
    entries.push(entry('metadata', record(draft.note.unit.pieces[0]!.place), phrase('import.note.source-note', { fields: fields || '—' }), draft.note.unit.text));
  }
  return entries;
}

/** The body, in Markdown, mended; with each block's Markdown and the record of each repair. */
function composeBody(blocks: BodyBlock[], kind: SourceDocument['kind'], record: PlaceRecorder): { rendered: { markdown: string; prefix: number }[]; body: string; repaired: Recorded[] } {
  const rendered = blocks.map((block) => markdownOf(block, kind));
  const bodyRaw = rendered.map((r) => r.markdown).join('\n\n');
  const { text: body, repairs } = repairText(bodyRaw);
  const starts: number[] = [];
  rendered.reduce((offset, r) => (starts.push(offset), offset + r.markdown.length + 2), 0);
  const repaired = repairs.map((r) => {
    const k = Math.max(0, starts.findLastIndex((s) => s <= r.start));
    const block = blocks[k]!;
    const offset = Math.max(0, r.start - starts[k]! - rendered[k]!.prefix);
    return repairEntry(r.ruleId, r.found, r.fixed, record(placeAt(block.unit, offset)), pieceText(block.unit, offset), offset - pieceStart(block.unit, offset));
  });
  return { rendered, body, repaired };
}

/** Joins and the headings made. */
function joinsAndHeadings(draft: ArticleDraft, blocks: BodyBlock[], record: PlaceRecorder): Recorded[] {
  const entries: Recorded[] = [];
  const units = [...draft.header.flatMap((h) => h.lines ?? [h.unit]), ...blocks.map((b) => b.unit), ...(draft.note ? [draft.note.unit] : [])];
  for (const unit of units) {
    for (const join of unit.joins) {
      const before = record(join.before);
      const after = record(join.after);
      const note = phrase('import.note.join', { before: placePhrase(before), after: placePhrase(after), why: phrase(`import.break.${join.end}`), head: join.head });
      entries.push(entry('join', before, note, join.tail));
    }
  }
  for (const block of blocks) {
    if (!block.made) continue;
    entries.push(entry('heading', record(block.unit.pieces[0]!.place), phrase(`import.note.heading-${block.made}`, { depth: block.level! }), block.unit.text));
  }
  return entries;
}

/** The front matter as written, checked against the schema, between its `---` lines. */
function frontMatterText(meta: ComposedArticle['meta']): string {
  const checked = ArticleSchema.safeParse(meta);
  if (!checked.success) throw new Error(`import made front matter that is not valid: ${checked.error.message}`);
  const yaml = stringify(withoutEmpty(meta), { lineWidth: 0 });
  return `---\n${yaml}---\n\n`;
}

/** Where each block is in the manuscript, its body starting after the `headLines` of the front matter. */
function placeBlocks(blocks: BodyBlock[], rendered: { markdown: string; prefix: number }[], headLines: number): PlacedBlock[] {
  let line = headLines + 1;
  return rendered.map((r, k) => {
    const at = { block: blocks[k]!, line, prefix: r.prefix };
    line += r.markdown.split('\n').length + 1;
    return at;
  });
}

/** Where the piece of `unit` that holds `offset` starts. */
function pieceStart(unit: Unit, offset: number): number {
  return unit.pieces.filter((p) => p.at <= offset).at(-1)?.at ?? 0;
}

/** The text of the piece of `unit` that holds `offset`: one line of the source. */
function pieceText(unit: Unit, offset: number): string {
  const start = pieceStart(unit, offset);
  const next = unit.pieces.find((p) => p.at > start)?.at ?? unit.text.length;
  return unit.text.slice(start, next);
}

/** A byline's note: what was moved, and the mark or the label left out. */
function bylineNote(line: string, author: string, removed: string): Phrase {
  const dropped = removed || line.slice(0, Math.max(0, line.indexOf(author))).trim();
  return dropped ? phrase('import.note.byline-mark', { mark: dropped }) : phrase('import.note.byline');
}

/** The entry of one lint fix, with a few characters around it as the source has them. */
function repairEntry(ruleId: string, found: string, fixed: string, at: ReturnType<PlaceRecorder>, text: string, offset: number): Recorded {
  const around = [...text.slice(Math.max(0, offset - 4), offset + found.length + 4)].join('');
  const action = PUNCTUATION_RULES.has(ruleId) ? 'punctuation' : 'fix';
  return entry(action, at, phrase('import.note.fix', { rule: ruleId, found, fixed }), around);
}

/** The Markdown of a block, and how many characters come before its text on its first line. */
function markdownOf(block: BodyBlock, kind: SourceDocument['kind']): { markdown: string; prefix: number } {
  const unit = block.unit;
  if (block.kind === 'markdown') return { markdown: unit.text, prefix: 0 };
  // Text that is plain text in its source (a PDF's, a .docx's, a web page's) is escaped where Markdown
  // would read it as syntax; a text file's may hold Markdown (**bold**), kept as it is.
  const plain = kind === 'pdf' || kind === 'docx' || kind === 'html';
  let text = plain ? unit.text.replace(/[\\`*_[\]<]/g, '\\$&') : unit.text;
  if (kind !== 'markdown') text = text.replace(/^(#{1,6}\s|>|[-+*]\s|\d{1,9}[.)]\s|\|)/, '\\$1');
  if (block.kind === 'heading') {
    const marks = `${'#'.repeat(block.level ?? 2)} `;
    return { markdown: `${marks}${text.trim()}`, prefix: marks.length };
  }
  if (unit.bold) return { markdown: `**${text}**`, prefix: 2 };
  return { markdown: text, prefix: 0 };
}

/** The front matter without its unset keys, in the order the schema has them. */
function withoutEmpty(meta: ComposedArticle['meta']): Record<string, unknown> {
  const order = ['id', 'title', 'subtitle', 'author', 'source', 'affiliation', 'note', 'editorial'] as const;
  return Object.fromEntries(order.filter((k) => meta[k] !== undefined && !(Array.isArray(meta[k]) && meta[k].length === 0)).map((k) => [k, meta[k]]));
}
