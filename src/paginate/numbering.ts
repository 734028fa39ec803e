// Number the whole book from its units' pages. Each unit starts on a recto: when the pages before it are
// odd in number, a blank verso goes first (Paged.js would insert the same one, clreq: chapters open on
// odd pages). Page numbers follow each page's counter-reset and counter-increment, as CSS counts them.
import type { AnchorFacts, UnitPageFacts } from './in-page/bridge.js';

/** A page of the book: page `page` (0-based) of unit `unit`, or a blank verso. */
export type BookPage = { unit: number; page: number } | { blank: true };

export interface Numbering {
  pages: BookPage[];
  /** The page counter on each page of the book. */
  numbers: number[];
  /** Unit → the book's index (0-based) of its first page. */
  starts: number[];
}

/** Lay the units (each its pages, trailing blanks dropped) end to end and number them. */
export function numberBook(units: UnitPageFacts[][]): Numbering {
  const pages: BookPage[] = [];
  const numbers: number[] = [];
  const starts: number[] = [];
  let counter = 0;
  units.forEach((unitPages, unit) => {
    if (pages.length % 2 === 1) {
      counter += 1;
      pages.push({ blank: true });
      numbers.push(counter);
    }
    starts.push(pages.length);
    unitPages.forEach((facts, page) => {
      if (facts.reset !== null) counter = facts.reset;
      counter += facts.increment;
      pages.push({ unit, page });
      numbers.push(counter);
    });
  });
  return { pages, numbers, starts };
}

/** A unit's pages as laid out in a document holding several units: its own, without the blank pages
 *  Paged.js put after it (numberBook puts them back where the book needs them). */
export function pagesOfUnit(pages: UnitPageFacts[], unit: number): number[] {
  const own = pages.flatMap((p, i) => (p.unit === unit ? [i] : []));
  while (own.length > 0 && pages[own.at(-1)!]!.blank) own.pop();
  return own;
}

/** Number a document that holds every unit (the preview's, laid out whole by Paged.js): each page's number
 *  as the built book has it, and the number of the page each id is on (`pages`, `anchors`: unitPages()). */
export function numberDocument(pages: UnitPageFacts[], anchors: AnchorFacts[], units: number): { numbers: number[]; targets: Record<string, number> } {
  const own = Array.from({ length: units }, (_, unit) => pagesOfUnit(pages, unit));
  const book = numberBook(own.map((indices) => indices.map((i) => pages[i]!)));
  const numbers = pages.map(() => 0);
  own.forEach((indices, unit) => indices.forEach((i, k) => (numbers[i] = book.numbers[book.starts[unit]! + k]!)));
  // The blank pages Paged.js put between units count as the book's blank versos do.
  numbers.forEach((n, i) => (numbers[i] = n === 0 && i > 0 ? numbers[i - 1]! + 1 : n));
  const targets: Record<string, number> = {};
  for (const anchor of anchors) targets[anchor.id] ??= numbers[anchor.page - 1]!;
  return { numbers, targets };
}
