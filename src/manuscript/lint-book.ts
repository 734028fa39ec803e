// Lint every manuscript of a booklet, as build and preview do: the trees readManuscripts parsed, the rule
// settings of booklet.yaml, and the body face's coverage from the cache (0.3 s to read afresh).
import type { VFileMessage } from 'vfile-message';
import type { ResolvedBooklet } from '../config/resolve.js';
import type { Manuscript } from './read.js';
import { lintText } from './lint-manuscript.js';
import { BODY_FACE } from './lint-files.js';
import { fontCoverage, readCachedCoverage } from '../proof/fonts.js';

export interface BookLint {
  messages: VFileMessage[];
  /** The coverage map when it was read afresh: the caller keeps it in the cache (writeCachedCoverage)
   *  once its own output is good. */
  fresh?: Set<number>;
}

/** Lint the manuscripts; `cacheDir` is `<out>/.cache`. Call before the HTML stage changes the trees. */
export async function lintBook(booklet: ResolvedBooklet, manuscripts: Manuscript[], cacheDir: string): Promise<BookLint> {
  const cached = await readCachedCoverage(BODY_FACE, cacheDir);
  const fresh = cached ? undefined : (await fontCoverage([BODY_FACE])).get(BODY_FACE);
  const coverage = cached ?? fresh;
  const messages = manuscripts.flatMap((m) => lintText(m.file.path, String(m.file.value), booklet.lint.rules, coverage, m.tree).messages);
  return fresh ? { messages, fresh } : { messages };
}
