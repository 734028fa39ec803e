// A page's runs into lines. Runs on one baseline make a row; a raised or lowered smaller run (a footnote
// call ①, an index) joins the row it stands in. A row is cut into lines at column gutters: a gap between
// two runs is a gutter when the rows above and below are empty there too (a river of white running down
// the page); a wide word space of a justified line is not, as the lines around it cover it.
import { joiner, tidySpaces, type Char } from './join-text.js';
import { emBox, overlap, type FacePiece, type PdfLine, type TextRun } from './page-text.js';

interface Row {
  baseline: number;
  size: number;
  runs: TextRun[];
}

/** The lines of page `page` drawn by `runs`, top to bottom and left to right (not yet in reading order). */
export function linesOf(runs: readonly TextRun[], page: number): PdfLine[] {
  const rows = rowsOf(runs.filter((r) => r.text.trim() !== ''));
  const lines: PdfLine[] = [];
  rows.forEach((_, k) => {
    for (const part of cutAtGutters(rows, k)) lines.push(lineOf(part, page));
  });
  return lines;
}

/** Runs into rows by baseline (within 0.4 of the smaller size), the rows top to bottom; then a row of
 *  smaller runs only, each inside the em box of a larger row beside it, joins that row. Runs of a row may
 *  overlap by half an em (CJK punctuation set half-width: 、。“ take half their em); more is another
 *  line drawn over this one. */
function rowsOf(runs: readonly TextRun[]): Row[] {
  const rows: Row[] = [];
  for (const run of [...runs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0)) {
    const row = rows.find((r) => Math.abs(r.baseline - run.baseline) <= 0.4 * Math.min(r.size, run.size) && !r.runs.some((o) => overlap(o.x0, o.x1, run.x0, run.x1) > 0.6 * Math.min(o.size, run.size)));
    if (row) {
      row.runs.push(run);
      row.size = Math.max(row.size, run.size);
    } else rows.push({ baseline: run.baseline, size: run.size, runs: [run] });
  }
  const kept = rows.filter((small) => {
    const host = rows.find((big) => big !== small && big.size >= small.size / 0.8 && small.runs.every((run) => fitsIn(run, big)));
    if (!host) return true;
    host.runs.push(...small.runs);
    return false;
  });
  for (const row of kept) row.runs.sort((a, b) => a.x0 - b.x0);
  return kept.sort((a, b) => a.baseline - b.baseline);
}

/** A small run stands inside `row`: its middle within the row's em box, next to one of its runs, over
 *  none of them. */
function fitsIn(run: TextRun, row: Row): boolean {
  const [top, bottom] = emBox(row.baseline, row.size);
  const [y0, y1] = emBox(run.baseline, run.size);
  const middle = (y0 + y1) / 2;
  if (middle < top || middle > bottom) return false;
  const near = row.runs.some((o) => overlap(o.x0, o.x1, run.x0, run.x1) > -0.5 * row.size);
  return near && !row.runs.some((o) => overlap(o.x0, o.x1, run.x0, run.x1) > 0.6 * run.size);
}

/** A row cut at its gutters: gaps wider than 0.6 em that most of the rows around it (two above, two
 *  below, those with text on both sides of the gap) leave white too; more than 3 em is a gutter whatever
 *  the rows around do; with none to tell, gaps over 1 em. */
function cutAtGutters(rows: readonly Row[], k: number): TextRun[][] {
  const row = rows[k]!;
  const around = [rows[k - 2], rows[k - 1], rows[k + 1], rows[k + 2]].filter((r): r is Row => r !== undefined && Math.abs(r.baseline - row.baseline) < 6 * Math.max(r.size, row.size));
  const parts: TextRun[][] = [[row.runs[0]!]];
  for (let i = 1; i < row.runs.length; i++) {
    const left = row.runs[i - 1]!;
    const right = row.runs[i]!;
    const gap = right.x0 - left.x1;
    const size = Math.max(left.size, right.size);
    const witnesses = around.filter((r) => r.runs.some((o) => o.x0 < left.x1) && r.runs.some((o) => o.x1 > right.x0));
    const white = witnesses.filter((r) => whiteWithin(r, left.x1, right.x0, 0.5 * size)).length;
    const gutter = gap > 3 * size || (gap > 0.6 * size && (witnesses.length === 0 ? gap > size : white >= witnesses.length / 2));
    if (gutter) parts.push([right]);
    else parts.at(-1)!.push(right);
  }
  return parts;
}

/** Whether `row` leaves a white stretch of at least `width` somewhere between x0 and x1. */
function whiteWithin(row: Row, x0: number, x1: number, width: number): boolean {
  let from = x0;
  for (const run of row.runs) {
    if (run.x1 <= from) continue;
    if (run.x0 >= x1) break;
    if (run.x0 - from >= width) return true;
    from = Math.max(from, run.x1);
  }
  return x1 - from >= width;
}

/** One line of runs (left to right): its text, box, size (of most of its characters) and faces. */
function lineOf(runs: readonly TextRun[], page: number): PdfLine {
  const chars: Char[] = [];
  const letters = new Map<number, number>();
  let text = '';
  let prev: TextRun | undefined;
  for (const run of runs) {
    const gap = prev ? joiner(text, run.text, run.x0 - prev.x1, Math.max(prev.size, run.size)) : '';
    if (gap) chars.push({ ch: gap, font: prev!.font });
    for (const ch of run.text) chars.push({ ch, font: run.font });
    text += gap + run.text;
    letters.set(run.size, (letters.get(run.size) ?? 0) + run.text.replace(/\s/g, '').length);
    prev = run;
  }
  const size = [...letters].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const baseline = Math.max(...runs.filter((r) => r.size === size).map((r) => r.baseline));
  const [y0, y1] = emBox(baseline, size);
  const tidy = tidySpaces(chars);
  const pieces: FacePiece[] = [];
  for (const c of tidy) {
    const last = pieces.at(-1);
    if (last && last.font === c.font) last.text += c.ch;
    else pieces.push({ text: c.ch, font: c.font });
  }
  return { text: tidy.map((c) => c.ch).join(''), page, x0: runs[0]!.x0, x1: Math.max(...runs.map((r) => r.x1)), y0, y1, size: Math.round(size * 10) / 10, pieces };
}
