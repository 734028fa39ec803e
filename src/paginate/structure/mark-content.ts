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
import { operations, type Operation } from '../content-stream.js';
import { PT_PER_PX } from '../../html/page-geometry.js';

type Matrix = [number, number, number, number, number, number];

/** Where something is drawn: CSS px from the page's top left (y down). */
export interface Place {
  x: number;
  y: number;
  what: 'text' | 'image';
}

export interface MarkOptions<T> {
  /** The page's height in pt. */
  height: number;
  /** Whose content what is drawn at `place` is; undefined: an artifact. */
  owner: (place: Place) => T | undefined;
  /** The structure type an owner's content is marked with (its BDC tag). */
  tag: (owner: T) => string;
  /** What a `Do` draws: an image, a form, or unknown. */
  xobject: (name: string) => 'Image' | 'Form' | undefined;
}

export interface MarkedContent<T> {
  bytes: Uint8Array;
  /** The owner of each MCID (0, 1, …) of the page. */
  marks: T[];
  /** Forms drawn (marked as artifacts: what they hold is not read). */
  forms: number;
}

const PATH_START = new Set(['m', 're']);
const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);
const SHOW = new Set(['Tj', 'TJ', "'", '"']);

/** Mark what `bytes` (a page's content stream, decoded) draws. */
export function markContent<T>(bytes: Uint8Array, options: MarkOptions<T>): MarkedContent<T> {
  const all = [...operations(bytes)];
  const inserts: { at: number; text: string; end?: number }[] = [];
  const silent = silentSpans(all);
  for (const op of silent) inserts.push({ at: op.start, end: op.end, text: '' });
  const ops = silent.size > 0 ? all.filter((op) => !silent.has(op)) : all;
  const marks: T[] = [];
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
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  // Inside the stream's own marked content: how deep.
  let nested = 0;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    const { operator } = op;
    if (operator === 'BDC' || operator === 'BMC') {
      if (nested++ === 0) {
        const bt = indexFrom(ops, i, (o) => o.operator === 'BT' || o.operator === 'EMC');
        const first = ops[bt]?.operator === 'BT' ? firstGlyph(ops, bt, indexFrom(ops, bt, (o) => o.operator === 'ET')) : undefined;
        mark(op.start, first ? options.owner(place(multiply(first, ctm), 0, 0, 'text')) : undefined);
      }
    } else if (operator === 'EMC') nested = Math.max(0, nested - 1);
    else if (nested > 0) {
      if (operator === 'q') saved.push(ctm);
      else if (operator === 'Q') ctm = saved.pop() ?? [1, 0, 0, 1, 0, 0];
      else if (operator === 'cm') ctm = multiply(numbers(op), ctm);
    } else if (operator === 'q') saved.push(ctm);
    else if (operator === 'Q') ctm = saved.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (operator === 'cm') ctm = multiply(numbers(op), ctm);
    else if (operator === 'BT') {
      const end = indexFrom(ops, i, (o) => o.operator === 'ET');
      const first = firstGlyph(ops, i, end);
      if (first) mark(op.start, options.owner(place(multiply(first, ctm), 0, 0, 'text')));
      i = end;
    } else if (PATH_START.has(operator)) {
      const end = indexFrom(ops, i, (o) => PAINT.has(o.operator));
      if (ops[end]?.operator !== 'n') mark(op.start, undefined);
      i = end;
    } else if (operator === 'Do') {
      const kind = options.xobject((op.operands[0] ?? '').slice(1));
      if (kind === 'Image') mark(op.start, options.owner(place(ctm, 0.5, 0.5, 'image')));
      else {
        if (kind === 'Form') forms++;
        mark(op.start, undefined);
      }
    } else if (operator === 'sh' || operator === 'BI') {
      mark(op.start, undefined);
    }
  }
  if (open) inserts.push({ at: bytes.length, text: '\nEMC\n' });
  return { bytes: splice(bytes, inserts.sort((a, b) => a.at - b.at)), marks, forms };
}

/** The BDC and EMC of each span whose ActualText is only invisible characters. */
function silentSpans(ops: Operation[]): Set<Operation> {
  const found = new Set<Operation>();
  const open: (Operation | undefined)[] = [];
  for (const op of ops) {
    if (op.operator === 'BDC' || op.operator === 'BMC') {
      const silent = op.operator === 'BDC' && /^<<\s*\/ActualText\s*<FEFF(?:2060|200B)+>\s*>>$/i.test(op.operands[1] ?? '');
      open.push(silent ? op : undefined);
      if (silent) found.add(op);
    } else if (op.operator === 'EMC' && open.pop()) found.add(op);
  }
  return found;
}

/** The text matrix at the first glyph shown in the text object ops[from..to], moved up by a third of
 *  the font size (into the line's box from its baseline) and right by a quarter (into the glyph: a run
 *  that starts with a space starts where the call before it ends), or undefined when it shows nothing. */
function firstGlyph(ops: Operation[], from: number, to: number): Matrix | undefined {
  let line: Matrix = [1, 0, 0, 1, 0, 0];
  let size = 0;
  for (let k = from + 1; k < to; k++) {
    const op = ops[k]!;
    if (op.operator === 'Tm') line = numbers(op);
    else if (op.operator === 'Td' || op.operator === 'TD') {
      const [tx, ty] = numbers(op);
      line = multiply([1, 0, 0, 1, tx ?? 0, ty ?? 0], line);
    } else if (op.operator === 'Tf') size = Number(op.operands[1]) || 0;
    else if (SHOW.has(op.operator)) return multiply([1, 0, 0, 1, size / 4, size / 3], line);
  }
  return undefined;
}

function indexFrom(ops: Operation[], from: number, found: (op: Operation) => boolean): number {
  for (let k = from + 1; k < ops.length; k++) if (found(ops[k]!)) return k;
  return ops.length - 1;
}

function numbers(op: Operation): Matrix {
  const n = op.operands.map(Number);
  return [n[0] ?? 1, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1, n[4] ?? 0, n[5] ?? 0];
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
