// What the printed PDF shows in the type area, read into the streams a reader reads apart (as
// expected-text.ts reads the document): the footnote area at the foot of each page, table cells and
// captions (each cell on its own, in the document's order: pdftotext reads a table's rows as lines, so a
// cell of two lines would come apart), and the running text, which is everything else in reading order.
// Where each part lies on the page comes from the laid-out pages (collectLayout, in CSS px from the top
// left of the type area).
import type { LayoutFacts, PageLayout } from '../paginate/in-page/bridge.js';
import { PT_PER_PX, type PageGeometry } from '../html/page-geometry.js';
import type { TextPage, TextWord } from './poppler.js';
import type { Stream } from './expected-text.js';
import { invisible } from './text.js';

/** A word made of emphasis dots (着重号: text-emphasis marks, which pdftotext reads as a line of their own,
 *  between two lines of a sentence). Chromium's marks for each text-emphasis-style, and the middle dots a
 *  custom style may take. */
const EMPHASIS_MARKS = /^[•◦●○◉◎▲△﹅﹆・·‧∙]+$/u;

interface Box {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** The PDF text of every stream, without what is not seen as characters. */
export function printedText(pages: readonly TextPage[], layout: LayoutFacts, geometry: PageGeometry): Record<Stream, string> {
  const body: string[] = [];
  const footnotes: string[] = [];
  const cells: string[] = [];
  const captions: string[] = [];
  for (const page of pages) {
    const laid = layout.pages.find((p) => p.index === page.number);
    const parts = laid ? apart(laid, geometry) : { footTop: Infinity, boxes: [] };
    const inBox = parts.boxes.map(() => [] as string[]);
    const words = page.lines
      .flatMap((line) => line.words)
      .filter((word) => !(word.yMax < geometry.top || word.yMin > page.height - geometry.bottom || EMPHASIS_MARKS.test(word.text)));
    for (const word of readingOrder(words)) {
      const [x, y] = centre(word);
      if (y > parts.footTop) {
        footnotes.push(word.text);
        continue;
      }
      const k = parts.boxes.findIndex((b) => x >= b.box.xMin && x <= b.box.xMax && y >= b.box.yMin && y <= b.box.yMax);
      if (k >= 0) inBox[k]!.push(word.text);
      else body.push(word.text);
    }
    parts.boxes.forEach((b, k) => (b.stream === 'cells' ? cells : captions).push(inBox[k]!.join('')));
  }
  return { body: invisible(body.join('')), footnotes: invisible(footnotes.join('')), cells: invisible(cells.join('')), captions: invisible(captions.join('')) };
}

const centre = (w: TextWord) => [(w.xMin + w.xMax) / 2, (w.yMin + w.yMax) / 2] as const;

/** A page's words in reading order: row by row, each left to right. pdftotext reads a raised, smaller
 *  word (a footnote call ①) as a line of its own, before or after the line it stands in; a word whose
 *  middle lies within a taller word's height is in that word's row. */
function readingOrder(words: readonly TextWord[]): TextWord[] {
  const rows: { yMin: number; yMax: number; words: TextWord[] }[] = [];
  const height = (w: TextWord) => w.yMax - w.yMin;
  for (const word of [...words].sort((a, b) => height(b) - height(a))) {
    const y = centre(word)[1];
    const row = rows.find((r) => y >= r.yMin && y <= r.yMax);
    if (row) row.words.push(word);
    else rows.push({ yMin: word.yMin, yMax: word.yMax, words: [word] });
  }
  return rows.sort((a, b) => a.yMin - b.yMin).flatMap((r) => r.words.sort((a, b) => a.xMin - b.xMin));
}

/** Where, in pt on the PDF page, the footnote area begins (the type area below the page's content box,
 *  which Paged.js shortens by the notes' height), and the boxes of the cells and captions, in order. */
function apart(page: PageLayout, geometry: PageGeometry): { footTop: number; boxes: { stream: Stream; box: Box }[] } {
  const left = page.side === 'left' ? geometry.outer : geometry.inner;
  const typeArea = geometry.height - geometry.top - geometry.bottom;
  const content = page.height * PT_PER_PX;
  // Less than half a line short is rounding, not a footnote area; the front matter and the colophon (no
  // manuscript behind their blocks) have pages of their own and no notes.
  const notes = content < typeArea - geometry.pitch / 2 && page.blocks.every((b) => b.source !== '');
  const footTop = notes ? geometry.top + content : Infinity;
  const boxes = page.blocks.flatMap((block) => {
    const stream: Stream | undefined = block.tag === 'td' || block.tag === 'th' ? 'cells' : block.tag === 'figcaption' || block.tag === 'caption' ? 'captions' : undefined;
    if (!stream || block.lines.length === 0) return [];
    const tops = block.lines.map((l) => l.top);
    const box: Box = {
      xMin: left + block.left * PT_PER_PX,
      xMax: left + block.right * PT_PER_PX,
      yMin: geometry.top + (Math.min(...tops) - block.fontSize * 0.25) * PT_PER_PX,
      yMax: geometry.top + (Math.max(...tops) + block.fontSize * 1.25) * PT_PER_PX,
    };
    return [{ stream, box }];
  });
  return { footTop, boxes };
}
