// What ends each line of a page read in order: a larger gap, a first-line indent or a centred line after
// it (a paragraph's end: `blank`), the end of a column (the next line is not under it), or of the page.
import type { PdfLine } from './page-text.js';
import type { Block } from './blocks.js';
import type { SourceLine } from '../source.js';

export type LineEnd = NonNullable<SourceLine['end']>;

/** The page's lines in reading order, each with what ends it. `leading` is the page's usual gap. */
export function lineEnds(blocks: readonly Block[], leading: number): { line: PdfLine; end: LineEnd }[] {
  const out: { line: PdfLine; end: LineEnd }[] = [];
  blocks.forEach((block, b) => {
    const left = Math.min(...block.lines.map((l) => l.x0));
    const right = Math.max(...block.lines.map((l) => l.x1));
    const inset = (l: PdfLine) => l.x0 >= left + 1.5 * l.size;
    const even = (l: PdfLine) => Math.abs(l.x0 - left - (right - l.x1)) < 1.5 * l.size;
    const centred = (l: PdfLine) => block.lines.length > 1 && inset(l) && l.x1 <= right - 1.5 * l.size && even(l);
    // A block set centred throughout (a heading over two lines) is one paragraph, broken only by gaps.
    const allCentred = block.lines.every(even);
    block.lines.forEach((line, i) => {
      const next = block.lines[i + 1];
      let end: LineEnd;
      if (next) {
        const gap = next.y0 - line.y1;
        // A heading set centred over two lines is one paragraph.
        const turn = allCentred ? false : centred(line) ? !centred(next) : inset(next);
        end = gap > (leading + 0.5) * line.size || turn ? 'blank' : 'line';
      } else {
        const following = blocks[b + 1];
        if (!following) end = 'page';
        // What is read next begins below (the text under a heading, the columns under a byline): this
        // ends a paragraph; what begins higher up is the next column's head.
        else if (following.y0 >= line.y1 - 0.25 * line.size) end = 'blank';
        else end = 'column';
      }
      out.push({ line, end });
    });
  });
  return out;
}
