// Lint every manuscript of a booklet, as build and preview do: the trees readManuscripts parsed, the rule
// settings of booklet.yaml, and the body face's coverage with its fallback's, from the cache (0.3 s to
// read afresh).
import type { VFileMessage } from 'vfile-message';
import type { ResolvedBooklet } from '../config/resolve.js';
import type { Manuscript } from './read.js';
import { lintText } from './lint-manuscript.js';
import type { FaceMaps } from '../html/font-coverage.js';
import { bookScript } from '../config/language.js';
import { fallbackOf, withFallback } from '../html/fallback-faces.js';

export interface BookLint {
  messages: VFileMessage[];
}

/** Each manuscript's findings by file, rule settings, script and text, kept by a command that runs on
 *  (keep-session.ts): a save changes one manuscript, and linting all 40 of the stress book took 60 ms.
 *  The font coverage is not in the key: the command reads it once. Only the latest lint's stay. */
export type KeptFindings = Map<string, VFileMessage[]>;

/** Lint the manuscripts, with the faces' maps of the command (`maps`, which keeps them). Call before the
 *  HTML stage changes the trees. `kept`: the findings the command keeps; default none: all linted. */
export async function lintBook(booklet: ResolvedBooklet, manuscripts: Manuscript[], maps: FaceMaps, kept?: KeptFindings): Promise<BookLint> {
  const { text } = booklet.faces;
  const fallback = fallbackOf(booklet.faces, text);
  const coverage = withFallback(await maps.of(text), fallback && (await maps.of(fallback)));
  const settings = JSON.stringify(booklet.lint.rules);
  const script = bookScript(booklet.language);
  const seen = new Set<string>();
  const messages = manuscripts.flatMap((m) => {
    const value = String(m.file.value);
    const key = `${m.file.path}\0${settings}\0${script}\0${value}`;
    seen.add(key);
    const known = kept?.get(key);
    if (known) return known;
    const found = lintText(m.file.path, value, booklet.lint.rules, coverage, m.tree, script).messages;
    kept?.set(key, found);
    return found;
  });
  // Only this build's manuscripts stay.
  if (kept) for (const key of kept.keys()) if (!seen.has(key)) kept.delete(key);
  return { messages };
}
