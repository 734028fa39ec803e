// A page's lines into blocks: runs of lines one under the other in one column, at one type size, with
// no more than a blank line between them. A block is the unit of reading order (reading-order.ts); the
// gaps inside it tell paragraph ends (line-ends.ts).
import { overlap, type PdfLine } from './page-text.js';

export interface Block {
  lines: PdfLine[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The usual white between two lines of a page, over their type size (the leading), measured between
 *  lines one under the other at one size; 0.5 when the page has too few such pairs to tell. */
export function usualGap(lines: readonly PdfLine[]): number {
  const gaps: number[] = [];
  const sorted = [...lines].sort((a, b) => a.y0 - b.y0);
  sorted.forEach((line, i) => {
    const next = sorted.slice(i + 1).find((o) => o.y0 >= line.y1 - 0.25 * line.size && overlap(o.x0, o.x1, line.x0, line.x1) > 0);
    if (next && Math.abs(next.size - line.size) <= 0.1 * line.size) {
      const gap = (next.y0 - line.y1) / line.size;
      if (gap > -0.25 && gap < 1.5) gaps.push(gap);
    }
  });
  if (gaps.length < 3) return 0.5;
  return gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
}

/** The blocks of a page's lines. A line continues the block whose last line stands right above it (at
 *  most the usual gap plus one line between them), at the same size, within the block's width (or the
 *  block is one line within the line's width: a short first line, a byline over its column). */
export function blocksOf(lines: readonly PdfLine[], leading = usualGap(lines)): Block[] {
  const blocks: Block[] = [];
  for (const line of [...lines].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const tol = 0.6 * line.size;
    let best: Block | undefined;
    let bestGap = Infinity;
    for (const block of blocks) {
      const last = block.lines.at(-1)!;
      const gap = line.y0 - last.y1;
      if (gap < -0.25 * Math.min(line.size, last.size) || gap > (leading + 1.25) * Math.max(line.size, last.size)) continue;
      if (Math.abs(line.size - last.size) > 0.12 * Math.max(line.size, last.size)) continue;
      const inside = line.x0 >= block.x0 - tol && line.x1 <= block.x1 + tol;
      const under = block.lines.length === 1 && last.x0 >= line.x0 - tol && last.x1 <= line.x1 + tol;
      if ((inside || under) && gap < bestGap) {
        best = block;
        bestGap = gap;
      }
    }
    if (best) {
      best.lines.push(line);
      best.x0 = Math.min(best.x0, line.x0);
      best.x1 = Math.max(best.x1, line.x1);
      best.y1 = Math.max(best.y1, line.y1);
    } else blocks.push({ lines: [line], x0: line.x0, x1: line.x1, y0: line.y0, y1: line.y1 });
  }
  return blocks;
}
