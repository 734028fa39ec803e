// Page furniture: what a page shows at its head and foot besides its text. Looked for in the outer
// eighth of each page, from the edge in, a row at a time, stopping at the first row of text:
// - a folio: a page number alone (3, - 3 -, 第 3 页, iv);
// - a line repeated at the same height on a page next to it, its numbers aside (a running head or foot,
//   学习读本 · 第 3 页); a newspaper's page header when it has a date or an edition (2025年3月5日 星期三,
//   第 9 版);
// - a line at the head with a newspaper's date or edition, repeated or not;
// - a line where a running head or foot stands on a page next to it (same height, same size).
// A real line of text is not repeated at the same place on two pages close together, set off from the
// text by more than a line's height, nor is it a page number alone.
import type { Dropped } from '../source.js';
import type { PdfLine, PdfPage } from './page-text.js';

/** The share of the page's height at its head and at its foot where furniture is looked for. */
const BAND = 0.125;
/** Repeated lines stand this close to the same height (pt). */
const SAME_HEIGHT = 3;

const FOLIO = /^[\s\-–—·•|]*(?:(?:第\s*)?[0-9０-９]{1,4}(?:\s*[页頁版])?|(?=[ivxlcdm]+\s*$)m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*\/\s*\d{1,4})[\s\-–—·•|]*$/iu;
const DATE = /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日/u;
const WEEKDAY = /星期[一二三四五六日天]|礼拜[一二三四五六日天]|周[一二三四五六日]/u;
const EDITION = /第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版/u;

/** A line with its numbers aside, and without spaces: what stays the same from page to page. */
const key = (text: string) => text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');

interface Candidate {
  line: PdfLine;
  edge: 'head' | 'foot';
}

/** The furniture of `pages`, by line, with why it is furniture. */
export function findFurniture(pages: readonly PdfPage[]): Map<PdfLine, Dropped['why']> {
  const candidates = pages.flatMap((page) => bandOf(page, 'head').concat(bandOf(page, 'foot')));
  // How many pages show each key at each edge, at about the same height.
  const seen = new Map<string, { page: number; y: number }[]>();
  for (const { line, edge } of candidates) {
    const k = `${edge}\0${key(line.text)}`;
    seen.set(k, [...(seen.get(k) ?? []), { page: line.page, y: line.y0 }]);
  }
  // On the next page or the one after (a verso's head and a recto's differ), at the same height: a
  // heading that happens to open two pages far apart (思考题) is not furniture.
  const repeated = (c: Candidate) =>
    (seen.get(`${c.edge}\0${key(c.line.text)}`) ?? []).some((o) => o.page !== c.line.page && Math.abs(o.page - c.line.page) <= 2 && Math.abs(o.y - c.line.y0) <= SAME_HEIGHT);
  const newspaper = (text: string) => EDITION.test(text) || (DATE.test(text) && WEEKDAY.test(text));
  // A newspaper's pages (half of them or more with a date or an edition at their head): what repeats at
  // their head is its page header.
  const dated = pages.filter((page) => bandOf(page, 'head').some((c) => newspaper(c.line.text))).length;
  const header = dated > 0 && dated >= pages.length / 2;

  // Two passes: the second takes a line for a running head or foot when it stands where one stands on a
  // page next to it, at the same height and size, though its text is its own (a recto's article title
  // against the versos' book title, on the one recto an article has).
  const first = scan(pages, (c, apart) => {
    if (FOLIO.test(c.line.text)) return 'folio';
    if (repeated(c) && apart) return c.edge === 'foot' ? 'footer' : header ? 'header' : 'running-head';
    if (c.edge === 'head' && newspaper(c.line.text)) return 'header';
    return undefined;
  });
  const slots = [...first].filter(([, why]) => why !== 'folio').map(([line, why]) => ({ line, why }));
  return scan(pages, (c, apart) => {
    const why = first.get(c.line);
    if (why) return why;
    const slot = slots.find(({ line }) => line.page !== c.line.page && Math.abs(line.page - c.line.page) <= 2 && Math.abs(line.y0 - c.line.y0) <= SAME_HEIGHT && Math.abs(line.size - c.line.size) <= 0.25);
    return slot && apart ? slot.why : undefined;
  });
}

/** The furniture that `judge` finds on each page, a row at a time from each edge in, up to the first row
 *  that is not all furniture. */
function scan(pages: readonly PdfPage[], judge: (c: Candidate, apart: boolean) => Dropped['why'] | undefined): Map<PdfLine, Dropped['why']> {
  const found = new Map<PdfLine, Dropped['why']>();
  for (const page of pages) {
    for (const edge of ['head', 'foot'] as const) {
      for (const row of rowsFromEdge(bandOf(page, edge), edge)) {
        const apart = setApart(page, row, edge);
        const whys = row.map((c) => judge(c, apart));
        // What stands on one line with a newspaper's date or edition is its page header too (the paper's
        // name, its section).
        if (edge === 'head' && whys.includes('header')) whys.forEach((w, i) => (whys[i] = w ?? 'header'));
        row.forEach((c, i) => whys[i] && found.set(c.line, whys[i]!));
        if (whys.some((w) => w === undefined)) break;
      }
    }
  }
  return found;
}

/** Whether a row stands apart from the page's next line inward by more than a line's height (a running
 *  head is set off from the text; the first line of the text is not set off from the second). */
function setApart(page: PdfPage, row: readonly Candidate[], edge: 'head' | 'foot'): boolean {
  const top = Math.min(...row.map((c) => c.line.y0));
  const bottom = Math.max(...row.map((c) => c.line.y1));
  const size = Math.max(...row.map((c) => c.line.size));
  const inward = page.lines.filter((l) => !row.some((c) => c.line === l) && (edge === 'head' ? l.y0 >= bottom - 0.25 * l.size : l.y1 <= top + 0.25 * l.size));
  if (inward.length === 0) return true;
  const gap = edge === 'head' ? Math.min(...inward.map((l) => l.y0)) - bottom : top - Math.max(...inward.map((l) => l.y1));
  const next = edge === 'head' ? inward.reduce((a, b) => (b.y0 < a.y0 ? b : a)) : inward.reduce((a, b) => (b.y1 > a.y1 ? b : a));
  return gap > Math.max(size, next.size);
}

/** The lines of a page in the band at its head or foot. */
function bandOf(page: PdfPage, edge: 'head' | 'foot'): Candidate[] {
  return page.lines.filter((l) => (edge === 'head' ? l.y0 < BAND * page.height : l.y1 > (1 - BAND) * page.height)).map((line) => ({ line, edge }));
}

/** The band's lines in rows (lines sharing a height), from the page's edge in. */
function rowsFromEdge(band: readonly Candidate[], edge: 'head' | 'foot'): Candidate[][] {
  const sorted = [...band].sort((a, b) => (edge === 'head' ? a.line.y0 - b.line.y0 : b.line.y1 - a.line.y1));
  const rows: Candidate[][] = [];
  for (const c of sorted) {
    const row = rows.at(-1);
    const first = row?.[0]?.line;
    if (first && c.line.y0 < first.y1 && c.line.y1 > first.y0) row!.push(c);
    else rows.push([c]);
  }
  return rows;
}
