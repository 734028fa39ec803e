// Which reader reads a source, by its extension: pandoc's registry of readers, each in a module of its own
// that is loaded only when a source of its kind is imported (a PDF reader does not load for a text file).
import { extname } from 'node:path';
import { fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { Reader } from './source.js';

/** A reader's module, loaded on first use (a PDF reader does not load for a text file). */
type LoadReader = () => Promise<Reader>;

const text: LoadReader = () => import('./read-text-source.js').then((m) => m.readTextSource);
const html: LoadReader = () => import('./read-html.js').then((m) => m.readHtml);

/** The readers, by extension (in lower case). */
export const READERS: Readonly<Record<string, LoadReader>> = {
  '.txt': text,
  '.text': text,
  '.md': text,
  '.markdown': text,
  '.pdf': () => import('./read-pdf.js').then((m) => m.readPdf),
  '.docx': () => import('./read-docx.js').then((m) => m.readDocx),
  '.html': html,
  '.htm': html,
};

/** The reader of `path`; a kind with none is a message naming the kinds that are read. */
export async function readerFor(path: string): Promise<Reader> {
  const ext = extname(path).toLowerCase();
  const load = READERS[ext];
  const kinds = Object.keys(READERS).join(' ');
  if (!load) fail(phrase('import.unknown-kind', { file: path, ext: ext || '—', kinds }), { file: path }, 'import', phrase('import.unknown-kind.hint'));
  return load();
}
