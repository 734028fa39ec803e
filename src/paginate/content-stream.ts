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

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITER = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const regular = (byte: number) => !WHITE.has(byte) && !DELIMITER.has(byte);

/** Every operation of `bytes`, in order. */
export function* operations(bytes: Uint8Array): Generator<Operation> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (from: number, to: number) => view.toString('latin1', from, to);
  let operands: string[] = [];
  let start = -1;
  let depth = 0; // inside [ ] or << >>: one operand
  let i = 0;
  const operand = (from: number, to: number) => {
    if (depth > 0) return;
    if (operands.length === 0) start = from;
    operands.push(text(from, to));
  };
  let compound = -1;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (WHITE.has(byte)) {
      i++;
    } else if (byte === 0x25) {
      while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (byte === 0x28) {
      const from = i;
      i = endOfLiteral(bytes, i);
      operand(from, i);
    } else if (byte === 0x3c && bytes[i + 1] === 0x3c) {
      if (depth++ === 0) compound = i;
      i += 2;
    } else if (byte === 0x3e && bytes[i + 1] === 0x3e) {
      i += 2;
      if (--depth === 0) operand(compound, i);
    } else if (byte === 0x3c) {
      const from = i;
      while (i < bytes.length && bytes[i] !== 0x3e) i++;
      operand(from, ++i);
    } else if (byte === 0x5b) {
      if (depth++ === 0) compound = i;
      i++;
    } else if (byte === 0x5d) {
      i++;
      if (--depth === 0) operand(compound, i);
    } else if (byte === 0x2f) {
      const from = i++;
      while (i < bytes.length && regular(bytes[i]!)) i++;
      operand(from, i);
    } else if (byte === 0x7b || byte === 0x7d || byte === 0x29 || byte === 0x3e) {
      i++; // stray: a damaged stream, ignored
    } else {
      const from = i;
      while (i < bytes.length && regular(bytes[i]!)) i++;
      const word = text(from, i);
      if (depth > 0 || /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || word === 'true' || word === 'false' || word === 'null') {
        operand(from, i);
        continue;
      }
      yield { operator: word, operands, start: operands.length > 0 ? start : from, end: i };
      operands = [];
      // An inline image's data runs from one white byte after ID to EI (between white bytes).
      if (word === 'ID') i = endOfInlineImage(bytes, i + 1);
    }
  }
}

/** Just past the `)` that closes the literal string opening at `i` (balanced parentheses, `\` escapes). */
function endOfLiteral(bytes: Uint8Array, i: number): number {
  let depth = 0;
  for (; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x5c) i++;
    else if (byte === 0x28) depth++;
    else if (byte === 0x29 && --depth === 0) return i + 1;
  }
  return i;
}

/** Where `EI` starts after an inline image's data at `i` (the data ends at a white byte before EI). */
function endOfInlineImage(bytes: Uint8Array, i: number): number {
  for (; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x45 && bytes[i + 1] === 0x49 && WHITE.has(bytes[i - 1]!) && (i + 2 >= bytes.length || WHITE.has(bytes[i + 2]!))) return i;
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
