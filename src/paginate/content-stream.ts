// Reading a PDF content stream as operators and their operands (PDF 32000-1 §7.8.2), without a full
// parser: enough to find operators and where they are, skipping what only looks like one (a string, a
// comment, an inline image's bytes). The press edition finds colour operators with it
// (press/neutral-grey.ts), the tagged screen PDF what each page draws (structure/mark-content.ts).

/** One operator with its operands, as written: byte offsets into the stream. */
export interface Operation {
  operator: string;
  /** The operands' text (numbers, names; a string or an array only as written). */
  operands: string[];
  /** Where the first operand (or, with none, the operator) starts. */
  start: number;
  /** Just past the operator. */
  end: number;
}

/** Byte classes of PDF syntax: whitespace, delimiters, the rest ("regular"). */
const WHITE = 1;
const DELIMITER = 2;
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = WHITE;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = DELIMITER;
const regular = (byte: number) => CLASS[byte] === 0;

/** An operation whose operands' text is read only when asked for (most are never: a page of text is
 *  mostly numbers). */
class LazyOperation implements Operation {
  #text: string[] | undefined;
  constructor(
    private readonly view: Buffer,
    private readonly spans: number[],
    readonly operator: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get operands(): string[] {
    this.#text ??= Array.from({ length: this.spans.length / 2 }, (_, k) => this.view.toString('latin1', this.spans[2 * k]!, this.spans[2 * k + 1]!));
    return this.#text;
  }
}

/** Every operation of `bytes`, in order. */
export function operations(bytes: Uint8Array): Operation[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: Operation[] = [];
  scanOperations(bytes, (operator, start, end, spans) => found.push(new LazyOperation(view, spans.slice(), operator, start, end)));
  return found;
}

/** Call `visit` with each operator of `bytes`, in order: where its operands start, just past it, and its
 *  operands as [start, end) offsets, two numbers each (an array reused for the next call). A
 *  hand-written scanner that makes no object an operation, as it reads every page of every build (the
 *  tagged screen PDF): the stress book's 336 pages are ~4 MB of content, ~350,000 operators. False when
 *  the stream is damaged (a stray `)` or `>`, a string that never ends): what it read may be wrong. */
export function scanOperations(bytes: Uint8Array, visit: (operator: string, start: number, end: number, spans: readonly number[]) => void): boolean {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const spans: number[] = [];
  let depth = 0; // inside [ ] or << >>: one operand
  let compound = -1;
  let clean = true;
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const byte = bytes[i]!;
    const kind = CLASS[byte];
    if (kind === WHITE) {
      i++;
    } else if (byte === 0x25) {
      while (i < length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (byte === 0x28) {
      const from = i;
      i = endOfLiteral(bytes, i);
      if (i > length) clean = false;
      if (depth === 0) spans.push(from, i);
    } else if (byte === 0x5b || (byte === 0x3c && bytes[i + 1] === 0x3c)) {
      if (depth++ === 0) compound = i;
      i += byte === 0x5b ? 1 : 2;
    } else if (byte === 0x5d || (byte === 0x3e && bytes[i + 1] === 0x3e)) {
      i += byte === 0x5d ? 1 : 2;
      if (--depth === 0) spans.push(compound, i);
    } else if (byte === 0x3c) {
      const from = i;
      i = endOfHexString(bytes, i);
      if (i > length) clean = false;
      if (depth === 0) spans.push(from, i);
    } else if (byte === 0x2f) {
      const from = i;
      i = endOfRegular(bytes, i + 1);
      if (depth === 0) spans.push(from, i);
    } else if (kind === DELIMITER) {
      i++; // stray: a damaged stream
      clean = false;
    } else {
      const from = i;
      i = endOfRegular(bytes, i);
      // Operands: numbers, and true, false, null.
      const number = (byte >= 0x30 && byte <= 0x39) || byte === 0x2b || byte === 0x2d || byte === 0x2e;
      if (depth > 0 || number || isKeyword(view, from, i)) {
        if (depth === 0) spans.push(from, i);
        continue;
      }
      visit(operatorName(view, from, i), spans.length > 0 ? spans[0]! : from, i, spans);
      spans.length = 0;
      // An inline image's data runs from one white byte after ID to EI (between white bytes).
      if (i - from === 2 && byte === 0x49 && bytes[from + 1] === 0x44) i = endOfInlineImage(bytes, i + 1);
    }
  }
  return clean;
}

/** Where the run of regular bytes from `i` ends. */
function endOfRegular(bytes: Uint8Array, i: number): number {
  while (i < bytes.length && regular(bytes[i]!)) i++;
  return i;
}

/** Just past the `>` that closes the hex string opening at `i`; past the end when none does. */
function endOfHexString(bytes: Uint8Array, i: number): number {
  while (i < bytes.length && bytes[i] !== 0x3e) i++;
  return i + 1;
}

/** Operators of up to three bytes (all of PDF's), by their bytes: one string each, not one a use. */
const NAMES = new Map<number, string>();

/** The operator at bytes[from, to). */
function operatorName(view: Buffer, from: number, to: number): string {
  if (to - from > 3) return view.toString('latin1', from, to);
  const code = view[from]! | ((to - from > 1 ? view[from + 1]! : 0) << 8) | ((to - from > 2 ? view[from + 2]! : 0) << 16);
  let name = NAMES.get(code);
  if (name === undefined) NAMES.set(code, (name = view.toString('latin1', from, to)));
  return name;
}

/** true, false or null at bytes[from, to). */
function isKeyword(view: Buffer, from: number, to: number): boolean {
  const first = view[from];
  if (first !== 0x74 && first !== 0x66 && first !== 0x6e) return false;
  const word = view.toString('latin1', from, to);
  return word === 'true' || word === 'false' || word === 'null';
}

/** Just past the `)` that closes the literal string opening at `i` (balanced parentheses, `\` escapes);
 *  past the end when none does. */
function endOfLiteral(bytes: Uint8Array, i: number): number {
  let depth = 0;
  for (; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x5c) i++;
    else if (byte === 0x28) depth++;
    else if (byte === 0x29 && --depth === 0) return i + 1;
  }
  return bytes.length + 1; // never closed
}

/** Where `EI` starts after an inline image's data at `i` (the data ends at a white byte before EI). */
function endOfInlineImage(bytes: Uint8Array, i: number): number {
  for (; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x45 && bytes[i + 1] === 0x49 && CLASS[bytes[i - 1]!] === WHITE && (i + 2 >= bytes.length || CLASS[bytes[i + 2]!] === WHITE)) return i;
  }
  return bytes.length;
}

/** `bytes` with each operation that `replace` gives text for replaced by it (operands and operator). */
export function rewriteOperations(bytes: Uint8Array, replace: (op: Operation) => string | undefined): { bytes: Uint8Array; count: number } {
  const parts: Uint8Array[] = [];
  let at = 0;
  let count = 0;
  for (const op of operations(bytes)) {
    const text = replace(op);
    if (text === undefined) continue;
    parts.push(bytes.subarray(at, op.start), Buffer.from(text, 'latin1'));
    at = op.end;
    count++;
  }
  if (count === 0) return { bytes, count };
  parts.push(bytes.subarray(at));
  return { bytes: Buffer.concat(parts), count };
}
