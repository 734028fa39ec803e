// The reader of a text or Markdown source: its lines, each with its line number and what ends it (a line
// end, or an empty line after it). Encodings as manuscripts are read (read-text.ts): UTF-8, or UTF-16
// with a byte-order mark; a file in GB18030 or Big5 (text saved on Windows in China, or in Taiwan and
// Hong Kong) is read in the encoding it is detected in (guess-encoding.ts), with a warning, where a
// manuscript is refused: a source is what the user has, and it is read once.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { BookletError, createMessage, fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { decodeText } from '../text/read-text.js';
import { guessEncoding, type GuessedEncoding } from '../text/guess-encoding.js';
import { CONTROL_HINT, firstControl } from '../text/control-characters.js';
import { closesFence, opensFence } from './code-fence.js';
import type { Dropped, Reader, SourceDocument, SourceLine } from './source.js';

/** The decoders of the encodings guessEncoding names (WHATWG's big5 is Big5-HKSCS). */
const DECODERS: Record<GuessedEncoding, string> = { GB18030: 'gb18030', BIG5: 'big5', 'BIG5-HKSCS': 'big5', 'UTF-16LE': 'utf-16le', 'UTF-16BE': 'utf-16be' };

/** Read a `.txt` or `.md` source as lines. */
export const readTextSource: Reader = async (path) => {
  const bytes = await readSourceBytes(path);
  const { text, warnings } = decodeSource(bytes, path);
  const kind = /^\.(md|markdown)$/i.test(extname(path)) ? 'markdown' : 'text';
  // A .md with front matter is a manuscript: it goes in booklet.yaml as it is.
  if (kind === 'markdown' && /^---[ \t]*\n/.test(text)) fail(phrase('import.front-matter', { file: path }), { file: path, line: 1 }, 'import', phrase('import.front-matter.hint'));
  const lines: SourceLine[] = [];
  const dropped: Dropped[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((raw, index) => {
    // Trailing white space is nothing; leading white space is kept (an indent tells a paragraph start).
    let line = raw.replace(/[\s\u3000]+$/u, '');
    if (kind === 'markdown' && fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (kind === 'markdown' && (fence = opensFence(line)) === undefined) {
      const kept = withoutBadges(line, { line: index + 1 }, dropped);
      // A line of badges alone is no line of the text (nor does it end a paragraph).
      if (kept === '' && line !== '') return;
      line = kept;
    }
    if (line === '') {
      const last = lines.at(-1);
      if (last) last.end = 'blank';
      return;
    }
    lines.push({ text: line, place: { line: index + 1 }, end: 'line' });
  });
  const document: SourceDocument = { path, kind, lines, dropped };
  if (warnings.length > 0) document.warnings = warnings;
  return document;
};

/** A README's badge: a linked picture from the web (`[![npm](https://badge.fury.io/js/x.svg)](https://…)`),
 *  the clutter of the page the Markdown came from. */
const BADGE = /\[!\[[^\]]*\]\(https?:\/\/[^)\s]*\)\]\([^)\s]*\)/g;

/** `line` without its badges (a heading keeps its words: `# opencc-js [![…](…)](…)` → `# opencc-js`),
 *  each put in `dropped`. */
function withoutBadges(line: string, place: SourceLine['place'], dropped: Dropped[]): string {
  const badges = line.match(BADGE);
  if (!badges) return line;
  for (const badge of badges) dropped.push({ text: badge, place, why: 'clutter' });
  const kept = line.replace(BADGE, '').replace(/[ \t]+$/, '').replace(/[ \t]{2,}/g, ' ');
  return /^ {0,3}#{1,6}$/.test(kept) || kept.trim() === '' ? '' : kept;
}

/** The bytes of a source, or a message naming what is wrong with it (missing, a folder, unreadable). */
export async function readSourceBytes(path: string): Promise<Buffer> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (info.code === 'ENOENT') fail(phrase('import.not-found', { file: path }), { file: path }, 'import', phrase('import.not-found.hint'));
    fail(phrase('import.cannot-read', { file: path, code: info.code ?? 'error' }), { file: path }, 'import');
  }
  if (info.isDirectory()) fail(phrase('import.is-folder', { file: path }), { file: path }, 'import', phrase('import.not-found.hint'));
  try {
    return await readFile(path);
  } catch (error) {
    fail(phrase('import.cannot-read', { file: path, code: (error as NodeJS.ErrnoException).code ?? 'error' }), { file: path }, 'import');
  }
}

/** Decode a source: as a manuscript is (UTF-8, UTF-16 with its mark), else in the encoding it reads as,
 *  with a warning; one that reads as nothing fails as a manuscript does, naming the first bad byte. */
export function decodeSource(bytes: Uint8Array, path: string): { text: string; warnings: BookletError['messages'] } {
  try {
    return { text: decodeText(bytes, path, 'import').text, warnings: [] };
  } catch (error) {
    const guessed = error instanceof BookletError && error.messages[0]?.phrases?.reason?.key === 'read.not-utf8' ? guessEncoding(bytes) : undefined;
    if (!guessed) throw error;
    let text = new TextDecoder(DECODERS[guessed]).decode(bytes);
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    const control = firstControl(text);
    if (control) {
      const prefix = text.slice(0, control.index);
      fail(phrase('read.control', { name: control.name }), { file: path, line: prefix.split('\n').length, column: control.index - prefix.lastIndexOf('\n') }, 'import', CONTROL_HINT);
    }
    const warning = createMessage(phrase('import.encoding', { encoding: guessed }), { file: path }, 'import-encoding', {
      fatal: false,
      hint: phrase('import.encoding.hint'),
    });
    return { text, warnings: [warning] };
  }
}
