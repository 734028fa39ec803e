// The sheet the pages are imposed on: its size (named, or from the trim when booklet.yaml names none), which
// way it lies, and how much paper it leaves around the two pages for marks. Millimetres throughout.

/** Sheet sizes in mm, portrait (ISO 216: the A series, and the B series for the larger trims' copiers). */
export const SHEET_SIZES = {
  A5: { width: 148, height: 210 },
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
  A2: { width: 420, height: 594 },
  A1: { width: 594, height: 841 },
  A0: { width: 841, height: 1189 },
  B5: { width: 176, height: 250 },
  B4: { width: 250, height: 353 },
  B3: { width: 353, height: 500 },
} as const;

export type SheetName = keyof typeof SHEET_SIZES;

/** The sheets a default is chosen from, smallest first: what an office copier takes, then larger. */
const DEFAULT_SHEETS: SheetName[] = ['A4', 'A3', 'A2', 'A1', 'A0'];

export interface Size {
  width: number;
  height: number;
}

/** A sheet as it lies under the two pages: `width` across the fold. */
export interface SheetLayout extends Size {
  /** A4, A3, … or `W×H mm`. */
  name: string;
}

/** Two pages of `trim` side by side fit on `sheet` (either way round)? The sheet as it lies, or undefined.
 *  Landscape first: two portrait pages make a landscape spread. */
export function laySheet(name: string, sheet: Size, trim: Size): SheetLayout | undefined {
  const long = Math.max(sheet.width, sheet.height);
  const short = Math.min(sheet.width, sheet.height);
  // A hair of tolerance: A5 is 148 mm and A4 297, a millimetre over two of them.
  const fits = (width: number, height: number) => 2 * trim.width <= width + 1e-6 && trim.height <= height + 1e-6;
  if (fits(long, short)) return { name, width: long, height: short };
  if (fits(short, long)) return { name, width: short, height: long };
  return undefined;
}

/** The smallest of A4, A3, A2, A1, A0 that holds two pages of `trim` (A4 for A5 and 大32开, A3 for 16开,
 *  B5 and A4): always one, as a trim is at most 420×600 mm. */
export function defaultSheet(trim: Size): SheetLayout {
  for (const name of DEFAULT_SHEETS) {
    const laid = laySheet(name, SHEET_SIZES[name], trim);
    if (laid) return laid;
  }
  throw new Error(`booklet: no sheet holds two pages of ${trim.width}×${trim.height} mm`);
}

/** The spread of two pages of `trim`, centred on the sheet: the fold runs down the sheet's middle. */
export function spreadBox(sheet: Size, trim: Size): { x: number; y: number; width: number; height: number } {
  return { x: sheet.width / 2 - trim.width, y: (sheet.height - trim.height) / 2, width: 2 * trim.width, height: trim.height };
}

/** Where marks go outside the trim: they start this far out (the 3 mm bleed print-edition.ts keeps clear)… */
export const MARK_OFFSET = 3;
/** …and are drawn only where the paper leaves at least this much beside the trim (offset and 3 mm of line). */
export const MARK_ROOM = 6;
/** The longest a mark runs. */
export const MARK_LENGTH = 7;

/** The paper beside the spread (left and right of it) and above and below it. */
export function markRoom(sheet: Size, trim: Size): { beside: number; above: number } {
  const spread = spreadBox(sheet, trim);
  return { beside: spread.x, above: spread.y };
}
