// Lint every manuscript of a booklet, as build and preview do: the trees readManuscripts parsed, the rule
// settings of booklet.yaml, and the body face's coverage from the cache (0.3 s to read afresh).
import type { VFileMessage } from 'vfile-message';
import type { ResolvedBooklet } from '../config/resolve.js';
import type { Manuscript } from './read.js';
import { lintText } from './lint-manuscript.js';
import { isLongRunning } from '../long-running.js';
import { fontCoverage, readCachedCoverage } from '../proof/fonts.js';

export interface BookLint {
  messages: VFileMessage[];
  /** The coverage map when it was read afresh: the caller keeps it in the cache (writeCachedCoverage)
   *  once its own output is good. */
  fresh?: Set<number>;
}

/** Each manuscript's findings by file, text and rule settings, in a long-running command
 *  (long-running.ts): a save changes one manuscript, and linting all 40 of the stress book took 60 ms.
 *  The font coverage is not in the key: it is read once per process. */
const linted = new Map<string, VFileMessage[]>();

/** Lint the manuscripts; `cacheDir` is `<out>/.cache`. Call before the HTML stage changes the trees. */
export async function lintBook(booklet: ResolvedBooklet, manuscripts: Manuscript[], cacheDir: string): Promise<BookLint> {
  const cached = await readCachedCoverage(booklet.faces.text, cacheDir);
  const fresh = cached ? undefined : await fontCoverage(booklet.faces.text);
  const coverage = cached ?? fresh;
  const settings = JSON.stringify(booklet.lint.rules);
  const keep = isLongRunning();
  const seen = new Set<string>();
  const messages = manuscripts.flatMap((m) => {
    const text = String(m.file.value);
    const key = `${m.file.path}\0${settings}\0${text}`;
    seen.add(key);
    const known = keep ? linted.get(key) : undefined;
    if (known) return known;
    const found = lintText(m.file.path, text, booklet.lint.rules, coverage, m.tree).messages;
    if (keep) linted.set(key, found);
    return found;
  });
  // Only this build's manuscripts stay.
  for (const key of linted.keys()) if (!seen.has(key)) linted.delete(key);
  return fresh ? { messages, fresh } : { messages };
}
