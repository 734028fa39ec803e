// The safe repairs of an imported text: lint's own fixes (`booklet lint --fix`: half-width punctuation,
// ellipses, dashes, repeated marks, full-width letters and digits, spaces between Han characters), each
// returned with its place so that the article's `editorial` list names it. Paragraph joins are not lint's
// here: join-lines.ts made them from the source's line ends, and what it left is for a human.
import { applyEdits, lintText, type Fix } from '../manuscript/lint-manuscript.js';

/** Lint fixes import does not make. */
const NOT_APPLIED = new Set(['broken-paragraph']);

const NONE: ReadonlySet<string> = new Set();

/** Fixes not made in the front matter's values: a space in a title or between a byline's names is the
 *  newspaper's own (奋进新征程 建功新时代; 本报记者 张三 李四). */
export const NOT_IN_FRONT_MATTER: ReadonlySet<string> = new Set(['space-between-han']);

/** Rules whose fixes mend punctuation (the `punctuation` action); the others' are `fix`. */
export const PUNCTUATION_RULES: ReadonlySet<string> = new Set(['halfwidth-punctuation', 'ellipsis', 'dash', 'repeated-punctuation', 'straight-quotes']);

/** One repair made: the rule, and the text before and after it. */
export interface Repair {
  ruleId: string;
  /** Offset in the text as it was. */
  start: number;
  found: string;
  fixed: string;
}

/** `text` (Markdown) with lint's safe fixes made, and the repairs; none when they would change the
 *  text's structure (then lint reports what is left). */
export function repairText(text: string, except: ReadonlySet<string> = NONE): { text: string; repairs: Repair[] } {
  const edits: Fix[] = lintText('import.md', text).edits.filter((edit) => !NOT_APPLIED.has(edit.ruleId) && !except.has(edit.ruleId));
  if (edits.length === 0) return { text, repairs: [] };
  const fixed = applyEdits(text, edits);
  if (fixed === undefined) return { text, repairs: [] };
  const repairs = edits.map((edit) => ({ ruleId: edit.ruleId, start: edit.start, found: text.slice(edit.start, edit.end), fixed: edit.text }));
  return { text: fixed, repairs };
}
