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

/** Bytes to put in at `at`, in place of those up to `end` if given. */
interface Insert {
  at: number;
  text: string;
  end?: number;
}

/** One page's marking as the scan goes: what it inserts, the sequence open, the graphics state, and what
 *  the scan is in (Chromium's marked content, a text object, a path). */
interface Marking<T> {
  readonly view: Buffer;
  readonly options: MarkOptions<T>;
  readonly marks: T[];
  readonly inserts: Insert[];
  /** The sequence open: an owner's, the artifacts', or none. */
  open: { owner: T | undefined } | undefined;
  forms: number;
  ctm: Matrix;
  readonly saved: Matrix[];
  // Chromium's own marked content outside text objects: how deep, where the outermost starts, and
  // whether its owner is settled. Each BDC/BMC open: whether it is to be taken out, whether outside text.
  nested: number;
  nestedAt: number;
  nestedSettled: boolean;
  readonly spans: { silent: boolean; outer: boolean }[];
  /** In a text object: where it starts, its line matrix, the font size, and whether it is settled. */
  text: { at: number; line: Matrix; size: number; settled: boolean } | undefined;
  path: { at: number; x: number; y: number } | undefined;
}

/** Mark what `bytes` (a page's content stream, decoded) draws, in one pass: whose a text object, a path
 *  or one of Chromium's own sequences is, is settled by its first glyph or its paint, and its BDC goes
 *  where it starts. */
export function markContent<T>(bytes: Uint8Array, options: MarkOptions<T>): MarkedContent<T> {
  const marking: Marking<T> = {
    view: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    options,
    marks: [],
    inserts: [],
    open: undefined,
    forms: 0,
    ctm: IDENTITY,
    saved: [],
    nested: 0,
    nestedAt: -1,
    nestedSettled: false,
    spans: [],
    text: undefined,
    path: undefined,
  };
  scanOperations(bytes, (operator, start, end, operands) => {
    if (operator === 'BDC' || operator === 'BMC' || operator === 'EMC') markedContent(marking, operator, start, end, operands);
    else if (marking.text) textOperation(marking, operator, operands);
    else drawingOperation(marking, operator, start, operands);
  });
  const { inserts } = marking;
  if (marking.open) inserts.push({ at: bytes.length, text: '\nEMC\n' });
  return { bytes: splice(bytes, inserts.sort((a, b) => a.at - b.at)), marks: marking.marks, forms: marking.forms };
}

/** Chromium's own BDC, BMC or EMC: a silent span taken out; a sequence outside text objects followed,
 *  to be settled by what it draws first (an artifact if nothing). */
function markedContent<T>(marking: Marking<T>, operator: string, start: number, end: number, operands: readonly number[]): void {
  if (operator === 'EMC') {
    const span = marking.spans.pop();
    if (span?.silent) marking.inserts.push({ at: start, end, text: '' });
    else if (span?.outer && marking.nested > 0 && --marking.nested === 0 && !marking.nestedSettled) mark(marking, marking.nestedAt, undefined);
    return;
  }
  const silent = operator === 'BDC' && operands.length === 4 && SILENT.test(marking.view.toString('latin1', operands[2]!, operands[3]!));
  marking.spans.push({ silent, outer: !marking.text });
  if (silent) marking.inserts.push({ at: start, end, text: '' });
  else if (!marking.text && marking.nested++ === 0) {
    marking.nestedAt = start;
    marking.nestedSettled = false;
  }
}

/** An operator in a text object: its line matrix and font size followed until its first glyph settles
 *  whose it is. */
function textOperation<T>(marking: Marking<T>, operator: string, operands: readonly number[]): void {
  const text = marking.text!;
  const { view } = marking;
  // Once settled, only its end matters (Chromium places each glyph with a Td).
  if (operator === 'ET') marking.text = undefined;
  else if (text.settled) return;
  else if (operator === 'Tm') text.line = matrix(view, operands);
  else if (operator === 'Td' || operator === 'TD') text.line = multiply([1, 0, 0, 1, number(view, operands, 0), number(view, operands, 1)], text.line);
  else if (operator === 'Tf' && operands.length === 4) text.size = number(view, operands, 1) || 0;
  else if (SHOW.has(operator)) {
    text.settled = true;
    // Into the first glyph: a third of the size above the baseline, a quarter right of its origin.
    const glyph = multiply(multiply([1, 0, 0, 1, text.size / 4, text.size / 3], text.line), marking.ctm);
    settle(marking, text.at, () => marking.options.owner(place(marking, glyph, 0, 0, 'text')));
  }
}

/** An operator outside text objects: the graphics state followed, and what a path, image, form, shading
 *  or inline image draws settled where it starts. */
function drawingOperation<T>(marking: Marking<T>, operator: string, start: number, operands: readonly number[]): void {
  const { view, options } = marking;
  if (operator === 'BT') marking.text = { at: start, line: IDENTITY, size: 0, settled: false };
  else if (operator === 'q') marking.saved.push(marking.ctm);
  else if (operator === 'Q') marking.ctm = marking.saved.pop() ?? IDENTITY;
  else if (operator === 'cm') marking.ctm = multiply(matrix(view, operands), marking.ctm);
  else if (PATH.has(operator)) marking.path ??= { at: start, x: number(view, operands, 0) || 0, y: number(view, operands, 1) || 0 };
  else if (PAINT.has(operator)) {
    const from = marking.path ?? { at: start, x: 0, y: 0 };
    marking.path = undefined;
    if (operator !== 'n') settle(marking, from.at, () => options.owner(place(marking, marking.ctm, from.x, from.y, 'path')));
  } else if (operator === 'Do') {
    const object = options.xobject(view.toString('latin1', operands[0]! + 1, operands[1]!));
    if (object?.kind === 'Image') settle(marking, start, () => options.owner(place(marking, marking.ctm, 0.5, 0.5, 'image')));
    else if (object?.kind === 'Form') {
      const [x0, y0, x1, y1] = object.box;
      settle(marking, start, () => {
        const owner = options.owner(place(marking, marking.ctm, (x0 + x1) / 2, (y0 + y1) / 2, 'image'));
        if (owner === undefined) marking.forms++;
        return owner;
      });
    } else settle(marking, start, () => undefined);
  } else if (operator === 'sh' || operator === 'BI') settle(marking, start, () => undefined);
}

/** What is drawn from `at` on is `owner`'s (undefined: an artifact): a sequence starts there unless the
 *  one open is the same owner's. */
function mark<T>(marking: Marking<T>, at: number, owner: T | undefined): void {
  const { open, inserts } = marking;
  if (open && open.owner === owner) return;
  if (open) inserts.push({ at, text: 'EMC\n' });
  if (owner === undefined) inserts.push({ at, text: '/Artifact BMC\n' });
  else inserts.push({ at, text: `/${marking.options.tag(owner)} <</MCID ${marking.marks.push(owner) - 1}>> BDC\n` });
  marking.open = { owner };
}

// What is drawn is settled where it starts (`at`), or where the sequence round it starts.
function settle<T>(marking: Marking<T>, at: number, owner: () => T | undefined): void {
  if (marking.nested === 0) mark(marking, at, owner());
  else if (!marking.nestedSettled) {
    mark(marking, marking.nestedAt, owner());
    marking.nestedSettled = true;
  }
}

/** `x, y` in the space of `m` as a place on the page. */
function place<T>(marking: Marking<T>, m: Matrix, x: number, y: number, what: Place['what']): Place {
  const [px, py] = apply(m, x, y);
  return { x: px / PT_PER_PX, y: (marking.options.height - py) / PT_PER_PX, what };
}

/** Operand `k` (of `spans`, as scanOperations gives them) as a number. */
const number = (view: Buffer, spans: readonly number[], k: number) => Number(view.toString('latin1', spans[2 * k]!, spans[2 * k + 1]!));
/** The six operands of `cm` or `Tm` as a matrix (the identity if they are not six). */
const matrix = (view: Buffer, spans: readonly number[]): Matrix => (spans.length === 12 ? ([0, 1, 2, 3, 4, 5].map((k) => number(view, spans, k)) as Matrix) : IDENTITY);


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
function splice(bytes: Uint8Array, inserts: Insert[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const insert of inserts) {
    parts.push(bytes.subarray(at, insert.at), Buffer.from(insert.text, 'latin1'));
    at = insert.end ?? insert.at;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts);
}
