// Number the whole book from its units' pages. Each unit starts on a recto: when the pages before it are
// odd in number, a blank verso goes first (Paged.js would insert the same one, clreq: chapters open on
// odd pages). Page numbers follow each page's counter-reset and counter-increment, as CSS counts them.
import type { UnitPageFacts } from './in-page/bridge.js';

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
