// Where a heading, a subtitle or a contents entry may break its line: between words, never inside one
// (clreq: a heading broken inside a word, «绿色发|展», reads wrong). Chromium breaks Han text between any
// two characters; these lines are set with `word-break: keep-all` and a <wbr> at each break this module
// allows (cjk.css). Two segmenters must agree on a break: ICU's dictionary (Intl.Segmenter, words) and
// BudouX's model (phrases). Each errs alone (ICU: 习|近平; BudouX: 习近|平, 人|工); together they cut
// between words of one phrase at most. A lone Han character (with its punctuation) is no phrase and joins
// the one before it («“大会|战”» → «“大会战”»).
import { loadDefaultSimplifiedChineseParser, loadDefaultTraditionalChineseParser } from 'budoux';
import { NO_LINE_END, NO_LINE_START, isHan } from '../cjk.js';

export type Script = 'Hans' | 'Hant';

/** Marks a line may not start with, and marks it may not end with (cjk-print-rules A1, A2): the proof's
 *  lists, and the Latin ones of mixed text. */
const NO_START = new Set([...NO_LINE_START, ...'])}.,;:?!']);
const NO_END = new Set([...NO_LINE_END, ...'([{']);

const segmenters = new Map<Script, Intl.Segmenter>();
const parsers = new Map<Script, { parse(text: string): string[] }>();

/** The offsets in `text` (UTF-16) before which a line may break, in order. */
export function phraseBreaks(text: string, script: Script = 'Hans'): number[] {
  if (text.length < 2) return [];
  let segmenter = segmenters.get(script);
  if (!segmenter) segmenters.set(script, (segmenter = new Intl.Segmenter(`zh-${script}`, { granularity: 'word' })));
  let parser = parsers.get(script);
  if (!parser) parsers.set(script, (parser = script === 'Hant' ? loadDefaultTraditionalChineseParser() : loadDefaultSimplifiedChineseParser()));
  const words = new Set([...segmenter.segment(text)].map((s) => s.index));
  const phrases = new Set<number>();
  let at = 0;
  for (const phrase of parser.parse(text)) phrases.add((at += phrase.length));
  let cuts = [...words].filter((i) => i > 0 && i < text.length && phrases.has(i) && allowed(text, i)).sort((a, b) => a - b);
  // Join every lone character to the phrase before it (the first phrase's to the one after).
  for (let changed = true; changed; ) {
    changed = false;
    const bounds = [0, ...cuts, text.length];
    for (let k = 0; k + 1 < bounds.length && cuts.length > 0; k++) {
      const piece = text.slice(bounds[k], bounds[k + 1]);
      if ([...piece].filter(isHan).length !== 1 || /[A-Za-z0-9]/.test(piece)) continue;
      const drop = k > 0 ? bounds[k] : bounds[k + 1];
      cuts = cuts.filter((c) => c !== drop);
      changed = true;
      break;
    }
  }
  return cuts;
}

/** A break before `i` leaves no mark where the line-break rules forbid it, and no space at either side
 *  (a space is a break of its own). */
function allowed(text: string, i: number): boolean {
  const before = text[i - 1]!;
  const after = text[i]!;
  return !NO_START.has(after) && !NO_END.has(before) && !/\s/.test(before) && !/\s/.test(after);
}
