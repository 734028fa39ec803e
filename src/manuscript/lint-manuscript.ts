// Lint one manuscript: run every enabled rule, collect vfile messages (file:line:col, rule id) and the
// safe fixes; apply fixes only when the result still parses the same way.
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Root } from 'mdast';
import { parseManuscript } from './parse.js';
import type { CodePoints } from '../html/font-coverage.js';
import { RULES } from './lint/index.js';
import { blocksOf, pointAt, type Edit, type Severity } from './lint/rule.js';
import { say } from '../ui/catalogue.js';
import type { BookScript } from '../config/language.js';

export type RuleSettings = Record<string, 'off' | Severity>;

/** An edit that fixes a problem, with the rule that made it. */
export interface Fix extends Edit {
  ruleId: string;
}

export interface LintResult {
  messages: VFileMessage[];
  /** Non-overlapping edits of the fixable problems. */
  edits: Fix[];
}

/** Lint `text` (the file at `path`); `parsed` is its tree if the caller has parsed it already (default:
 *  parsed here); `script` is the book's (default Hans). */
export function lintText(path: string, text: string, settings: RuleSettings = {}, coverage?: CodePoints, parsed?: Root, script: BookScript = 'Hans'): LintResult {
  const file = new VFile({ path, value: text });
  const tree = parsed ?? parseManuscript(file);
  const blocks = blocksOf(file, tree);
  const edits: Fix[] = [];
  for (const rule of RULES) {
    const setting = settings[rule.id];
    if (setting === 'off') continue;
    const severity = setting ?? rule.severity;
    rule.check({
      file,
      tree,
      blocks,
      coverage,
      script,
      report(reason, offset, fix) {
        // The English is the text of record (`reason`, JSON); the phrase is worded when printed.
        const message = file.message(say('en', reason), { place: pointAt(file, offset), ruleId: rule.id, source: 'booklet-lint' });
        if (typeof reason !== 'string') message.phrases = { reason };
        message.fatal = severity === 'error';
        if (fix) edits.push(...fix.map((edit) => ({ ...edit, ruleId: rule.id })));
      },
    });
  }
  const sorted = file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { messages: sorted, edits: nonOverlapping(edits) };
}

function nonOverlapping(edits: Fix[]): Fix[] {
  const out: Fix[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (!last || edit.start >= last.end) out.push(edit);
  }
  return out;
}

/** Apply edits; `undefined` when the result would not parse to the same structure (then nothing is written). */
export function applyEdits(text: string, edits: Edit[]): string | undefined {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  const shape = (s: string) => {
    const tree = parseManuscript(new VFile({ value: s }));
    return tree.children.filter((n) => n.type !== 'paragraph').map((n) => n.type).join(',');
  };
  // Joining paragraphs changes their count, nothing else may change: headings, lists, front matter stay.
  return shape(result) === shape(text) ? result : undefined;
}
