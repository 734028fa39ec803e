// The order of a booklet's pages on its sheets, for saddle stitching (骑马订): a pure function of the
// page count. The sheets are printed two pages a side, stacked, folded once down the middle and stapled
// through the fold, so sheet 1 (the outermost) carries the first two and the last two pages:
//
//   sheet 1 front: last page | page 1          sheet 1 back: page 2 | last-but-one
//   sheet 2 front: last-but-2 | page 3         sheet 2 back: page 4 | last-but-3   …
//
// The back is given as it is seen after the sheet is turned over its short edge, left to right like a
// page of a book: page 2 lies behind page 1, so it is on the back's left. That is what duplex printing
// "flip on short edge" does with a landscape sheet (psbook(1) and pdfjam's booklets are laid out the same
// way); with "flip on long edge" every back would come out upside down.
//
// A book whose pages are not a multiple of 4 is padded with blank pages where a printer puts them: before
// its back matter (the colophon, which ends the book: src/html/document.ts), never after the last page.
// With signatures (perfect binding), each group of `signature` pages is imposed as a saddle booklet of its
// own, and the groups are stacked in order; the last group holds what is left (a multiple of 4).

/** A page of the book on a sheet (1-based, as the screen PDF numbers them), or null for a blank. */
export type PageSlot = number | null;

/** One side of a sheet: the page left of the fold and the page right of it, as the side is seen. */
export interface SheetSide {
  left: PageSlot;
  right: PageSlot;
}

export interface Sheet {
  /** The signature (group of sheets folded together) it belongs to, 0-based; 0 for a saddle-stitched booklet. */
  signature: number;
  /** Its place in its signature, 0 the outermost: how many sheets lie outside it (creep counts these). */
  depth: number;
  front: SheetSide;
  /** As seen after turning the sheet over its short edge. */
  back: SheetSide;
}

export interface ImpositionOrder {
  /** Pages of the book. */
  pages: number;
  /** Pages as imposed, blanks included: a multiple of 4. */
  total: number;
  /** The blank pages added and the page of the book they stand before (`pages + 1`: after the last page,
   *  only for a book of one page); undefined when none were needed. */
  padding?: { count: number; before: number } | undefined;
  /** Pages in each signature, in order (one entry, `total`, for a saddle-stitched booklet). */
  signatures: number[];
  /** In the order they are printed and stacked: signature by signature, outermost sheet first. */
  sheets: Sheet[];
}

export interface OrderOptions {
  /** Pages per signature (a multiple of 4), for perfect binding. Default: one saddle-stitched booklet. */
  signature?: number | undefined;
  /** How many of the book's last pages stay last (its back matter); the blanks go before them. Default 1. */
  keepLast?: number | undefined;
}

/** The sheets of a book of `pages` pages, in printing order, and the blank pages that make it whole. */
export function imposeOrder(pages: number, options: OrderOptions = {}): ImpositionOrder {
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`booklet: a book to impose has pages: ${pages}`);
  const signature = options.signature;
  if (signature !== undefined && (!Number.isInteger(signature) || signature < 4 || signature % 4 !== 0)) {
    throw new Error(`booklet: a signature is a multiple of 4 pages: ${signature}`);
  }
  const total = Math.ceil(pages / 4) * 4;
  const count = total - pages;
  // The blanks go before the back matter, but never before the cover (page 1).
  const keepLast = Math.max(0, Math.min(options.keepLast ?? 1, pages - 1));
  const before = pages - keepLast + 1;
  const sequence: PageSlot[] = [
    ...range(1, before - 1),
    ...Array.from({ length: count }, () => null),
    ...range(before, pages),
  ];
  const sizes = signatureSizes(total, signature);
  const sheets: Sheet[] = [];
  let start = 0;
  sizes.forEach((size, index) => {
    sheets.push(...saddleSheets(sequence.slice(start, start + size), index));
    start += size;
  });
  return { pages, total, padding: count > 0 ? { count, before } : undefined, signatures: sizes, sheets };
}

/** `total` pages in signatures of `size` (the last one holding what is left), or one signature of all. */
function signatureSizes(total: number, size: number | undefined): number[] {
  if (size === undefined || size >= total) return [total];
  const sizes = Array.from({ length: Math.floor(total / size) }, () => size);
  if (total % size > 0) sizes.push(total % size);
  return sizes;
}

/** The sheets of one saddle-stitched signature: `slots` (a multiple of 4) folded together, sheet k
 *  carrying slots 2k+1 and 2k+2 from the front and their partners from the back (1-based). */
function saddleSheets(slots: readonly PageSlot[], signature: number): Sheet[] {
  const n = slots.length;
  const at = (position: number) => slots[position - 1]!;
  return Array.from({ length: n / 4 }, (_, k) => ({
    signature,
    depth: k,
    front: { left: at(n - 2 * k), right: at(2 * k + 1) },
    back: { left: at(2 * k + 2), right: at(n - 2 * k - 1) },
  }));
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
