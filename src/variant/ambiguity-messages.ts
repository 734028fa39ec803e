// The characters a conversion chose by the character table alone, as warnings at their manuscript lines.
// A file with a few of them gets a warning at each place; a file with more gets one warning a character,
// at its first place, listing its lines: 了 (了/瞭) or 家 (家/傢) in every paragraph is one line of output
// per file, not hundreds (the sample booklet's first article has 56 places of 23 characters).
import { location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import { createMessage, type Place } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { Ambiguity } from './opencc.js';

/** Up to this many places in one file get a warning each. */
export const EACH_UP_TO = 10;
/** Lines a grouped warning lists before `…`. */
const LINES_LISTED = 12;

/** Warnings for `ambiguous`, found in `text` (the file `file`), for the variant `tag`. */
export function ambiguityMessages(ambiguous: readonly Ambiguity[], text: string, file: string, tag: string): VFileMessage[] {
  const at = location(text);
  return ambiguityWarnings(ambiguous, (offset) => {
    const point = at.toPoint(offset);
    return { file, line: point?.line ?? 1, column: point?.column ?? 1 };
  }, tag);
}

/** The same, with the place of each offset given by `placeOf` (a value of booklet.yaml). */
export function ambiguityWarnings(ambiguous: readonly Ambiguity[], placeOf: (offset: number) => Place, tag: string): VFileMessage[] {
  const byChar = new Map<string, Ambiguity[]>();
  for (const a of ambiguous) byChar.set(a.char, [...(byChar.get(a.char) ?? []), a]);
  const hint = phrase('variant.ambiguous.hint', { tag });
  const messages: VFileMessage[] = [];
  const each = ambiguous.length <= EACH_UP_TO;
  for (const [char, found] of byChar) {
    const first = found[0]!;
    const values = { char, n: first.candidates.length, forms: first.candidates.join('/'), chosen: first.chosen };
    if (each || found.length === 1) {
      found.forEach((a) => messages.push(warning(phrase('variant.ambiguous', { ...values, chosen: a.chosen }), placeOf(a.offset), hint)));
      continue;
    }
    const lines = [...new Set(found.map((a) => placeOf(a.offset).line ?? 1))];
    const listed = lines.slice(0, LINES_LISTED).join(', ') + (lines.length > LINES_LISTED ? ', …' : '');
    messages.push(warning(phrase('variant.ambiguous-many', { ...values, times: found.length, lines: listed, lineCount: lines.length }), placeOf(first.offset), hint));
  }
  messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  // How to fix them is said once, with the first.
  for (const m of messages.slice(1)) {
    delete m.note;
    if (m.phrases) delete m.phrases.hint;
  }
  return messages;
}

function warning(reason: ReturnType<typeof phrase>, place: Place, hint: ReturnType<typeof phrase>): VFileMessage {
  return createMessage(reason, place, 'variant-ambiguous', { fatal: false, hint });
}
