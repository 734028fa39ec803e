// What `lint --fix` changes, as the user will find it: each fix at its line and column in the file as it
// was (what the editor shows before the fix), with a few characters either side, so that a changed mark
// in a line of Chinese text can be seen in its place.
import { location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import type { Change } from '../diagnostics.js';
import type { Fix } from './lint-manuscript.js';

/** Characters of context either side of a change, within its line. */
export const CONTEXT = 4;

/** Describe `fixes` of `text` (the file `file`), in the order of the file. */
export function describeChanges(file: string, text: string, fixes: readonly Fix[]): Change[] {
  const place = location(text);
  return [...fixes]
    .sort((a, b) => a.start - b.start)
    .map((fix) => {
      const point = place.toPoint(fix.start);
      const before = context(text.slice(0, fix.start), -1);
      const after = context(text.slice(fix.end), 1);
      return {
        file,
        line: point?.line ?? 1,
        column: point?.column ?? 1,
        ruleId: fix.ruleId,
        before: before + text.slice(fix.start, fix.end) + after,
        after: before + fix.text + after,
      };
    });
}

/** Up to CONTEXT characters (code points, never half a surrogate pair) of `text` on the side of the
 *  change (-1: its end, before the change; 1: its start, after it), not past a line end. */
function context(text: string, side: -1 | 1): string {
  const line = side < 0 ? text.slice(text.lastIndexOf('\n') + 1) : text.split('\n', 1)[0]!;
  const chars = [...line];
  return (side < 0 ? chars.slice(-CONTEXT) : chars.slice(0, CONTEXT)).join('');
}

/** Messages of the fixed text `next` placed in `text`, the file as it was (a dry run leaves it so). */
export function placeBeforeFixes(messages: VFileMessage[], text: string, next: string, fixes: readonly Fix[]): VFileMessage[] {
  const from = location(next);
  const to = location(text);
  const sorted = [...fixes].sort((a, b) => a.start - b.start);
  for (const message of messages) {
    const offset = message.line ? from.toOffset({ line: message.line, column: message.column ?? 1 }) : undefined;
    const point = offset === undefined ? undefined : to.toPoint(offsetBefore(offset, sorted));
    if (point) Object.assign(message, { line: point.line, column: point.column, place: { line: point.line, column: point.column } });
  }
  return messages;
}

/** Where `offset` in the text after `fixes` (sorted) was before them: back by what the fixes before it
 *  added; inside a fix's new text, at the fix's start. */
function offsetBefore(offset: number, fixes: readonly Fix[]): number {
  let added = 0;
  for (const fix of fixes) {
    const start = fix.start + added;
    if (offset < start) break;
    if (offset < start + fix.text.length) return fix.start;
    added += fix.text.length - (fix.end - fix.start);
  }
  return offset - added;
}
