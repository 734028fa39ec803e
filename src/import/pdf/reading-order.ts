// The reading order of a page's blocks, after Breuel's rules for text lines ("High performance document
// layout analysis", 2003), which put columns before one another and elements that span columns before
// what lies under them:
//   1. of two blocks one above the other (their widths overlap), the upper is read first;
//   2. of two blocks side by side, the left is read first, unless a third block that overlaps both in
//      width lies between them in height (a title across the columns: the order then follows from 1).
// One rule is added for the head of an article, where a centred subtitle or byline stands over the
// columns but over none of them whole: a block over the gutter of two columns below it is read before a
// block to its left and below it when it stands under a block (the title) that stands over the left one
// too, unless the left block's column runs up beside it (it then continues a column being read). The
// byline of the article to the right, under its own title, is not read before the article on the left.
import { overlap } from './page-text.js';
import type { Block } from './blocks.js';

/** Overlaps under this (pt) are none: columns touch at their edges. */
const TOUCH = 2;

const xOverlap = (a: Block, b: Block) => overlap(a.x0, a.x1, b.x0, b.x1) > TOUCH;
const above = (a: Block, b: Block) => a.y1 <= b.y0 + TOUCH;

/** Past this many blocks on a page (a table's cells, a form) the rules' cost (the cube of the count)
 *  is too high: the blocks are read row by row. */
const MAX_BLOCKS = 400;

/** `blocks` in reading order. */
export function readingOrder(blocks: readonly Block[]): Block[] {
  const n = blocks.length;
  if (n < 2) return [...blocks];
  if (n > MAX_BLOCKS) return [...blocks].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const spanning = blocks.map((b) => spansColumns(b, blocks));
  const parents = blocks.map((b) => parentOf(b, blocks));
  /** Whether a block that `k` stands under (its parent, the parent's parent…) overlaps `block` in width. */
  const underOver = (k: number, block: Block) => {
    for (let p = parents[k]!, steps = 0; p >= 0 && steps < n; p = parents[p]!, steps++) if (xOverlap(blocks[p]!, block)) return true;
    return false;
  };
  const after: Set<number>[] = blocks.map(() => new Set());
  const before = new Array<number>(n).fill(0);
  const edge = (from: number, to: number) => {
    if (!after[from]!.has(to)) {
      after[from]!.add(to);
      before[to]!++;
    }
  };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = blocks[i]!;
      const b = blocks[j]!;
      if (xOverlap(a, b)) {
        if (a.y0 + a.y1 <= b.y0 + b.y1) edge(i, j);
        else edge(j, i);
        continue;
      }
      const [l, r] = a.x0 <= b.x0 ? [i, j] : [j, i];
      const left = blocks[l]!;
      const right = blocks[r]!;
      if (spanning[r] && above(right, left) && underOver(r, left) && !blocks.some((c) => c !== left && xOverlap(c, left) && above(c, left) && overlap(c.y0, c.y1, right.y0, right.y1) > 0)) {
        edge(r, l);
        continue;
      }
      const split = blocks.some((c, k) => k !== i && k !== j && xOverlap(c, a) && xOverlap(c, b) && ((above(a, c) && above(c, b)) || (above(b, c) && above(c, a))));
      if (!split) edge(l, r);
    }
  }
  // Kahn's sort; of the blocks ready, the topmost (then leftmost) first; a cycle (a layout the rules do
  // not order) is broken at the topmost block left.
  const order: number[] = [];
  const done = new Array<boolean>(n).fill(false);
  const first = (candidates: number[]) => candidates.sort((p, q) => blocks[p]!.y0 - blocks[q]!.y0 || blocks[p]!.x0 - blocks[q]!.x0)[0]!;
  while (order.length < n) {
    const left = [...Array(n).keys()].filter((k) => !done[k]);
    const ready = left.filter((k) => before[k] === 0);
    const next = first(ready.length > 0 ? ready : left);
    done[next] = true;
    order.push(next);
    for (const k of after[next]!) before[k]!--;
  }
  return order.map((k) => blocks[k]!);
}

/** Whether `block` stands over two columns: over the gutter between two blocks below it, side by side,
 *  and over one of them at least (a narrow byline centred over the gutter counts). */
function spansColumns(block: Block, blocks: readonly Block[]): boolean {
  const under = blocks.filter((c) => c !== block && above(block, c));
  return under.some((p) =>
    under.some((q) => p.x1 <= q.x0 + TOUCH && !xOverlap(p, q) && (xOverlap(block, p) || xOverlap(block, q)) && block.x0 < q.x0 - TOUCH && block.x1 > p.x1 + TOUCH),
  );
}

/** The block that `block` stands under: the nearest above it that overlaps it in width; -1 for none. */
function parentOf(block: Block, blocks: readonly Block[]): number {
  let best = -1;
  blocks.forEach((c, k) => {
    if (c !== block && xOverlap(c, block) && above(c, block) && (best < 0 || c.y1 > blocks[best]!.y1)) best = k;
  });
  return best;
}
