// Read a text file: UTF-8, or UTF-16 with a byte-order mark (what Windows Notepad saves as "Unicode"),
// refusing anything else with the place of the first bad byte and the `iconv` command that converts it
// from the encoding it reads as (guess-encoding.ts), and refusing control characters
// (control-characters.ts) at theirs. A BOM is dropped and CRLF line ends become LF, silently: both are
// common and harmless; what the file had is kept beside the text, so that `lint --fix` writes it back so.
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { fail, shortPath } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';
import { CONTROL_HINT, firstControl } from './control-characters.js';
import { guessEncoding, type GuessedEncoding } from './guess-encoding.js';

/** The encodings read. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A file's text, and how it was stored. */
export interface DecodedText {
  /** With LF line ends and no byte-order mark. */
  text: string;
  encoding: TextEncoding;
  /** Whether it began with a byte-order mark (always, for UTF-16). */
  bom: boolean;
  /** Whether its first line end was CRLF. */
  crlf: boolean;
}

type Origin = { file: string; line: number; column: number };

/** Read `file` as text; a user mistake (missing, unreadable, not UTF-8 or UTF-16) is a fatal message. */
export async function readTextFile(file: string, ruleId: string, from?: Origin): Promise<string> {
  return (await readText(file, ruleId, from)).text;
}

/** Read `file` as text, with how it was stored (`readTextFile` with the encoding). */
export async function readText(file: string, ruleId: string, from?: Origin): Promise<DecodedText> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? phrase('read.not-found', { file }) : phrase('read.cannot-read', { file, code: code ?? 'error' });
    if (from) fail(reason, from, ruleId, phrase('read.not-found.hint'));
    fail(reason, { file }, ruleId);
  }
  return decodeText(bytes, file, ruleId);
}

/** Decode UTF-8, or UTF-16 after its byte-order mark; on an invalid byte sequence, fail at its line and
 *  column. */
export function decodeText(bytes: Uint8Array, file: string, ruleId: string): DecodedText {
  const [b0, b1, b2, b3] = bytes;
  // FF FE 00 00 is UTF-32's mark, not UTF-16's followed by a NUL.
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    const name = b0 === 0xff ? 'UTF-32LE' : 'UTF-32BE';
    fail(phrase('read.utf32', { encoding: name }), { file }, ruleId, phrase('read.convert', { command: convertCommand(name, file) }));
  }
  const encoding: TextEncoding = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
  const bom = encoding !== 'utf-8' || (b0 === 0xef && b1 === 0xbb && b2 === 0xbf);
  // The decoders drop the mark; a bad sequence becomes U+FFFD, found below.
  let text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
  const bad = firstBadSequence(text, bytes, encoding, bom);
  if (bad) {
    const prefix = text.slice(0, bad.index);
    const place = { file, line: prefix.split('\n').length, column: bad.index - prefix.lastIndexOf('\n') };
    if (encoding === 'utf-8') {
      const byte = bytes[bad.at]?.toString(16).toUpperCase().padStart(2, '0');
      fail(phrase('read.not-utf8', { byte: byte ?? '', bytes: bad.at }), place, ruleId, notUtf8Hint(bytes, file));
    }
    const values = { encoding: encoding.toUpperCase(), bytes: bad.at };
    fail(bad.at + 1 >= bytes.length ? phrase('read.odd-byte', values) : phrase('read.lone-surrogate', values), place, ruleId, phrase('read.save-utf8'));
  }
  const crlf = /^[^\n]*\r\n/.test(text);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const control = firstControl(text);
  if (control) {
    const prefix = text.slice(0, control.index);
    fail(phrase('read.control', { name: control.name }), { file, line: prefix.split('\n').length, column: control.index - prefix.lastIndexOf('\n') }, ruleId, CONTROL_HINT);
  }
  return { text, encoding, bom, crlf };
}

/** `text` stored as `stored` was: its encoding, byte-order mark and line ends (the inverse of decodeText). */
export function encodeText(text: string, stored: Omit<DecodedText, 'text'>): Buffer {
  const body = (stored.bom ? '\uFEFF' : '') + (stored.crlf ? text.replace(/\n/g, '\r\n') : text);
  if (stored.encoding === 'utf-8') return Buffer.from(body, 'utf8');
  const bytes = Buffer.from(body, 'utf16le');
  return stored.encoding === 'utf-16be' ? bytes.swap16() : bytes;
}

/** The first U+FFFD in `text` that the decoder made of bad bytes (a real one in the file is allowed): its
 *  index in the text and its byte offset in the file. */
function firstBadSequence(text: string, bytes: Uint8Array, encoding: TextEncoding, bom: boolean): { index: number; at: number } | undefined {
  for (let index = text.indexOf('\uFFFD'); index >= 0; index = text.indexOf('\uFFFD', index + 1)) {
    // The decoder dropped the mark: count its bytes back in. A UTF-16 text has two bytes a code unit
    // (a lone surrogate becomes one U+FFFD, so the count holds up to it).
    const at = encoding === 'utf-8' ? Buffer.byteLength(text.slice(0, index), 'utf8') + (bom ? 3 : 0) : 2 + 2 * index;
    const real = encoding === 'utf-8' ? [0xef, 0xbf, 0xbd] : encoding === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd];
    if (!real.every((byte, i) => bytes[at + i] === byte)) return { index, at };
  }
  return undefined;
}

/** What to do with a file that is not UTF-8: the command that converts it from what it reads as. */
function notUtf8Hint(bytes: Uint8Array, file: string): Phrase {
  const guessed: GuessedEncoding | undefined = guessEncoding(bytes);
  if (guessed) return phrase('read.reads-as', { encoding: guessed, command: convertCommand(guessed, file) });
  return phrase('read.reads-as-nothing', { command: convertCommand('ENCODING', file) });
}

/** The shell command that converts `file` to UTF-8 in place (through a file beside it, so that a failed
 *  conversion leaves the file as it was), named as from the current folder. */
function convertCommand(from: string, file: string): string {
  const shown = shortPath(file, process.cwd());
  const ext = extname(shown);
  const converted = join(dirname(shown), `${basename(shown, ext)}.utf8${ext}`);
  return `iconv -f ${from} -t UTF-8 ${quote(shown)} > ${quote(converted)} && mv ${quote(converted)} ${quote(shown)}`;
}

/** `name` as one word for a POSIX shell. */
function quote(name: string): string {
  return /^[\p{L}\p{N}_./+-]+$/u.test(name) ? name : `'${name.replace(/'/g, `'\\''`)}'`;
}
