// The editorial record of an import: one entry of the article's `editorial` list per repair, at its place
// in the source (a text's line; a PDF's page and the line on it; a .docx's or a web page's block), its
// note worded in Chinese, the book's language, as the record written by hand is.
import { say, phrase } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';
import type { ArticleSchema } from '../config/schema.js';
import type { SourcePlace } from './source.js';

export type EditorialEntry = ArticleSchema['editorial'][number];

/** A source place as the record gives it: `line` (and `page` for a PDF). */
export type RecordPlace = { line: number; page?: number };

/** How places of one source are recorded. A PDF's line is its number on its page, in reading order. */
export type PlaceRecorder = (place: SourcePlace) => RecordPlace;

/** The recorder of places in a document whose PDF lines are numbered by `ordinals`. */
export function placeRecorder(ordinals: ReadonlyMap<SourcePlace, number>): PlaceRecorder {
  return (place) => {
    if (place.page !== undefined) return { page: place.page, line: ordinals.get(place) ?? place.line ?? 1 };
    return { line: Math.max(1, place.line ?? place.block ?? 1) };
  };
}

/** A place as a phrase (第 19 行, 第 3 页第 12 行). */
export function placePhrase(place: RecordPlace): Phrase {
  return place.page !== undefined ? phrase('import.place.page', { page: place.page, line: place.line }) : phrase('import.place.line', { line: place.line });
}

/** An entry, and its note as a phrase (for `--verbose`, in the user's language). */
export interface Recorded {
  entry: EditorialEntry;
  note: Phrase;
}

/** An entry, its note worded in Chinese. */
export function entry(action: EditorialEntry['action'], place: RecordPlace, note: Phrase, text?: string): Recorded {
  // In the order the record written by hand has: action, place, text, note.
  const out: EditorialEntry = { action, line: place.line, ...(place.page !== undefined ? { page: place.page } : {}), ...(text && text.trim() !== '' ? { text: text.trim() } : {}), note: say('zh', note) };
  return { entry: out, note };
}

/** Entries in the order of the source. */
export function inSourceOrder(entries: Recorded[]): Recorded[] {
  return entries
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.entry.page ?? 0) - (b.r.entry.page ?? 0) || a.r.entry.line - b.r.entry.line || a.i - b.i)
    .map(({ r }) => r);
}
