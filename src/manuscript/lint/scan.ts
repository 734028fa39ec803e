// Shared by the punctuation rules: run a pattern over every block's raw text and report each match.
import type { Block, Edit, LintInput } from './rule.js';
import type { Phrase } from '../../ui/phrase.js';

/** Report every match of `pattern` in every block; `fix` turns a match into its replacement. */
export function scanBlocks(
  input: LintInput,
  pattern: RegExp,
  reason: (match: RegExpExecArray, block: Block) => string | Phrase | undefined,
  fix?: (match: RegExpExecArray) => string,
): void {
  for (const block of input.blocks) {
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (let m = re.exec(block.raw); m; m = re.exec(block.raw)) {
      const why = reason(m, block);
      if (!why) continue;
      const start = block.start + m.index;
      const edits: Edit[] | undefined = fix ? [{ start, end: start + m[0].length, text: fix(m) }] : undefined;
      input.report(why, start, edits);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}
