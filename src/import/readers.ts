// Which reader reads a source, by its extension: pandoc's registry of readers, each in a module of its own
// that is loaded only when a source of its kind is imported (a PDF reader does not load for a text file).
import { extname } from 'node:path';
import { fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { Reader } from './source.js';

/** A reader's module, loaded on first use; `undefined` when this build of booklet has none. */
type LoadReader = () => Promise<Reader | undefined>;

/** A reader another module provides, found by its module and export at run time. A module missing here
 *  is a kind that cannot be read yet. Once the module is part of the project, its entry becomes a literal
 *  `() => import('./read-pdf.js').then((m) => m.readPdf)`, which the bundle (esbuild) then holds. */
function provided(module: string, name: string): LoadReader {
  return async () => {
    try {
      const loaded = (await import(module)) as Record<string, unknown>;
      return typeof loaded[name] === 'function' ? (loaded[name] as Reader) : undefined;
    } catch (error) {
      // The module itself missing (not a package it needs).
      const missing = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(module.slice(2));
      if (missing) return undefined;
      throw error;
    }
  };
}

const text: LoadReader = () => import('./read-text-source.js').then((m) => m.readTextSource);

/** The readers, by extension (in lower case). */
export const READERS: Readonly<Record<string, LoadReader>> = {
  '.txt': text,
  '.text': text,
  '.md': text,
  '.markdown': text,
  '.pdf': () => import('./read-pdf.js').then((m) => m.readPdf),
  '.docx': provided('./read-docx.js', 'readDocx'),
  '.html': provided('./read-html.js', 'readHtml'),
  '.htm': provided('./read-html.js', 'readHtml'),
};

/** The reader of `path`; a kind with none, or none yet, is a message naming the kinds that are read. */
export async function readerFor(path: string): Promise<Reader> {
  const ext = extname(path).toLowerCase();
  const load = READERS[ext];
  const kinds = Object.keys(READERS).join(' ');
  if (!load) fail(phrase('import.unknown-kind', { file: path, ext: ext || '—', kinds }), { file: path }, 'import', phrase('import.unknown-kind.hint'));
  const reader = await load();
  if (!reader) fail(phrase('import.not-yet', { file: path, ext }), { file: path }, 'import', phrase('import.not-yet.hint'));
  return reader;
}
