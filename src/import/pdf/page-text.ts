// A PDF page's text as the reader works on it: runs as the PDF draws them (one font, one size, one
// baseline), then lines (runs side by side, split at column gutters). Boxes are in PDF points from the
// page's top left; a box is the em box of its type (0.88 em above the baseline, 0.12 em below), the same
// for every face, so that the gaps between lines compare across faces.

/** A run of text drawn in one font at one size on one baseline. */
export interface TextRun {
  text: string;
  /** Left and right edges. */
  x0: number;
  x1: number;
  /** The baseline, from the top of the page. */
  baseline: number;
  /** Type size in pt (the text matrix's vertical scale times the font size). */
  size: number;
  /** The face's name, as the PDF gives it (`ABCDEF+NotoSerifSC-Bold`); faces.ts weighs it. */
  font: string;
}

/** A piece of a line in one weight (a line that mixes bold and regular text has several). */
export interface LineSpan {
  text: string;
  bold: boolean;
}

/** A piece of a line in one face. */
export interface FacePiece {
  text: string;
  font: string;
}

/** A line of text: runs on one baseline, side by side, within one column. */
export interface PdfLine {
  text: string;
  /** The page, 1-based. */
  page: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** The type size of most of its characters. */
  size: number;
  /** Its pieces by face, in order (their text joined is `text`). */
  pieces: FacePiece[];
  /** Every letter of it is bold (set by faces.ts, once the document's faces are known). */
  bold?: boolean;
  /** Its pieces by weight, when it mixes bold and regular text (faces.ts). */
  spans?: LineSpan[];
}

/** One page's lines, and the page's size in pt. */
export interface PdfPage {
  page: number;
  width: number;
  height: number;
  lines: PdfLine[];
}

/** The em box of type of `size` on `baseline`: [top, bottom]. */
export const emBox = (baseline: number, size: number): [number, number] => [baseline - 0.88 * size, baseline + 0.12 * size];

/** How much two intervals overlap (negative: the gap between them). */
export const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.min(a1, b1) - Math.max(a0, b0);
