// Marked content for the tagged PDF (PDF 32000-1 §14.6, §14.7.4): a page's content stream with what it
// draws wrapped in BDC … EMC. Text and images that belong to a structure element get an MCID (one
// sequence for a stretch of drawing that belongs to the same element); everything else (rules,
// backgrounds, running heads, folios) is an /Artifact.
//
// Chromium (Skia) draws each run of text in its own BT … ET after a `cm` that puts the page in CSS px; a
// run is placed by its first glyph, a little above the baseline, in the page's CSS px. Chromium's
// own marked content (an ActualText span round a WORD JOINER) stays whole inside the sequence of the
// text it starts with: sequences nest, they never overlap. Its spans that only say a WORD JOINER or a
// ZERO WIDTH SPACE is there (the calls' and the no-break rules' invisible characters) are taken out:
// they say nothing to a reader, and poppler stops reading a sequence's text at one.
import { scanOperations } from '../content-stream.js';
import { PT_PER_PX } from '../../html/page-geometry.js';

type Matrix = [number, number, number, number, number, number];

/** Where something is drawn: CSS px from the page's top left (y down). */
export interface Place {
  x: number;
  y: number;
  /** Text; an image or a form (at its centre); a path (at its first point: an SVG image's drawing). */
  what: 'text' | 'image' | 'path';
}

/** What a `Do` draws: an image, a form (with its BBox, in its own space), or unknown. */
export type XObjectKind = { kind: 'Image' } | { kind: 'Form'; box: [number, number, number, number] } | undefined;

export interface MarkOptions<T> {
  /** The page's height in pt. */
  height: number;
  /** Whose content what is drawn at `place` is; undefined: an artifact. */
  owner: (place: Place) => T | undefined;
  /** The structure type an owner's content is marked with (its BDC tag). */
  tag: (owner: T) => string;
  xobject: (name: string) => XObjectKind;
}

export interface MarkedContent<T> {
  bytes: Uint8Array;
  /** The owner of each MCID (0, 1, …) of the page. */
  marks: T[];
  /** Forms drawn outside any figure (marked as artifacts: what they hold is not read). */
  forms: number;
}

const PATH = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're', 'W', 'W*']);
const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);
const SHOW = new Set(['Tj', 'TJ', "'", '"']);
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const SILENT = /^<<\s*\/ActualText\s*<FEFF(?:2060|200B)+>\s*>>$/i;

/** Mark what `bytes` (a page's content stream, decoded) draws, in one pass: whose a text object, a path
 *  or one of Chromium's own sequences is, is settled by its first glyph or its paint, and its BDC goes
 *  where it starts. */
export function markContent<T>(bytes: Uint8Array, options: MarkOptions<T>): MarkedContent<T> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const marks: T[] = [];
  const inserts: { at: number; text: string; end?: number }[] = [];
  // The sequence open: an owner's, the artifacts', or none.
  let open: { owner: T | undefined } | undefined;
  const mark = (at: number, owner: T | undefined) => {
    if (open && open.owner === owner) return;
    if (open) inserts.push({ at, text: 'EMC\n' });
    if (owner === undefined) inserts.push({ at, text: '/Artifact BMC\n' });
    else inserts.push({ at, text: `/${options.tag(owner)} <</MCID ${marks.push(owner) - 1}>> BDC\n` });
    open = { owner };
  };
  const place = (m: Matrix, x: number, y: number, what: Place['what']): Place => {
    const [px, py] = apply(m, x, y);
    return { x: px / PT_PER_PX, y: (options.height - py) / PT_PER_PX, what };
  };
  let forms = 0;
  let ctm = IDENTITY;
  const saved: Matrix[] = [];
  // Chromium's own marked content outside text objects: how deep, where the outermost starts, and
  // whether its owner is settled. Each BDC/BMC open: whether it is to be taken out, whether outside text.
  let nested = 0;
  let nestedAt = -1;
  let nestedSettled = false;
  const spans: { silent: boolean; outer: boolean }[] = [];
  // What is drawn is settled where it starts (`at`), or where the sequence round it starts.
  const settle = (at: number, owner: () => T | undefined) => {
    if (nested === 0) mark(at, owner());
    else if (!nestedSettled) {
      mark(nestedAt, owner());
      nestedSettled = true;
    }
  };
  // In a text object: where it starts, its line matrix, the font size, and whether it is settled.
  let text: { at: number; line: Matrix; size: number; settled: boolean } | undefined;
  let path: { at: number; x: number; y: number } | undefined;
  const number = (spanList: readonly number[], k: number) => Number(view.toString('latin1', spanList[2 * k]!, spanList[2 * k + 1]!));
  const matrix = (spanList: readonly number[]): Matrix => (spanList.length === 12 ? [0, 1, 2, 3, 4, 5].map((k) => number(spanList, k)) as Matrix : IDENTITY);

  scanOperations(bytes, (operator, start, end, operands) => {
    if (operator === 'BDC' || operator === 'BMC') {
      const silent = operator === 'BDC' && operands.length === 4 && SILENT.test(view.toString('latin1', operands[2]!, operands[3]!));
      spans.push({ silent, outer: !text });
      if (silent) inserts.push({ at: start, end, text: '' });
      else if (!text && nested++ === 0) {
        nestedAt = start;
        nestedSettled = false;
      }
    } else if (operator === 'EMC') {
      const span = spans.pop();
      if (span?.silent) inserts.push({ at: start, end, text: '' });
      else if (span?.outer && nested > 0 && --nested === 0 && !nestedSettled) mark(nestedAt, undefined);
    } else if (text) {
      // Once settled, only its end matters (Chromium places each glyph with a Td).
      if (operator === 'ET') text = undefined;
      else if (text.settled) return;
      else if (operator === 'Tm') text.line = matrix(operands);
      else if (operator === 'Td' || operator === 'TD') text.line = multiply([1, 0, 0, 1, number(operands, 0), number(operands, 1)], text.line);
      else if (operator === 'Tf' && operands.length === 4) text.size = number(operands, 1) || 0;
      else if (SHOW.has(operator)) {
        text.settled = true;
        // Into the first glyph: a third of the size above the baseline, a quarter right of its origin.
        const glyph = multiply(multiply([1, 0, 0, 1, text.size / 4, text.size / 3], text.line), ctm);
        settle(text.at, () => options.owner(place(glyph, 0, 0, 'text')));
      }
    } else if (operator === 'BT') text = { at: start, line: IDENTITY, size: 0, settled: false };
    else if (operator === 'q') saved.push(ctm);
    else if (operator === 'Q') ctm = saved.pop() ?? IDENTITY;
    else if (operator === 'cm') ctm = multiply(matrix(operands), ctm);
    else if (PATH.has(operator)) path ??= { at: start, x: number(operands, 0) || 0, y: number(operands, 1) || 0 };
    else if (PAINT.has(operator)) {
      const from = path ?? { at: start, x: 0, y: 0 };
      path = undefined;
      if (operator !== 'n') settle(from.at, () => options.owner(place(ctm, from.x, from.y, 'path')));
    } else if (operator === 'Do') {
      const object = options.xobject(view.toString('latin1', operands[0]! + 1, operands[1]!));
      if (object?.kind === 'Image') settle(start, () => options.owner(place(ctm, 0.5, 0.5, 'image')));
      else if (object?.kind === 'Form') {
        const [x0, y0, x1, y1] = object.box;
        settle(start, () => {
          const owner = options.owner(place(ctm, (x0 + x1) / 2, (y0 + y1) / 2, 'image'));
          if (owner === undefined) forms++;
          return owner;
        });
      } else settle(start, () => undefined);
    } else if (operator === 'sh' || operator === 'BI') settle(start, () => undefined);
  });
  if (open) inserts.push({ at: bytes.length, text: '\nEMC\n' });
  return { bytes: splice(bytes, inserts.sort((a, b) => a.at - b.at)), marks, forms };
}


/** a × b (PDF's row-vector matrices: a then b). */
function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2],
    a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2],
    a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4],
    a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

/** `bytes` with each text inserted at its offset (in order), in place of bytes up to `end` if given. */
function splice(bytes: Uint8Array, inserts: { at: number; text: string; end?: number }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const insert of inserts) {
    parts.push(bytes.subarray(at, insert.at), Buffer.from(insert.text, 'latin1'));
    at = insert.end ?? insert.at;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts);
}
