// Layout facts written by hand, shaped like collectLayout()'s and measurePages()'s, for the proof checks'
// tests: faults that Chromium, Paged.js and the booklet's styles already prevent cannot be produced from
// a manuscript.
import type { BlockLayout, LayoutFacts, PageFacts, PaginationFacts } from '../../src/paginate/in-page/bridge.js';
import type { ProofContext } from '../../src/proof/checks/check.js';
import type { TextPage } from '../../src/proof/poppler.js';
import { pageGeometry } from '../../src/html/page-geometry.js';

export const FS = 14; // 10.5pt in CSS px

/** A block whose lines are given as text; characters 1 em wide unless `widths` says otherwise. */
export function block(lines: string[], extra: Partial<BlockLayout> = {}, widths?: (ch: string) => number): BlockLayout {
  return {
    tag: 'p', source: 'a.md', line: 7, fontSize: FS, left: 0, right: 28 * FS, splitFrom: false, splitTo: false, article: 'a',
    lines: lines.map((text, i) => {
      const w = [...text].map((ch) => (widths ? widths(ch) : FS));
      const x = w.map((_, k) => w.slice(0, k).reduce((a, b) => a + b, 0));
      return { text, x, w, top: i * 24.5 };
    }),
    ...extra,
  };
}

export function pageFacts(index: number, extra: Partial<PageFacts> = {}): PageFacts {
  return { index, side: index % 2 ? 'right' : 'left', blank: false, name: 'body', counter: index, folio: String(index), lines: [], opens: '', lastBlock: 'p', ...extra };
}

export function context(pages: BlockLayout[][], extra: Partial<ProofContext> = {}): ProofContext {
  const layout: LayoutFacts = {
    pages: pages.map((blocks, i) => ({ index: i + 1, side: i % 2 ? 'left' : 'right', blank: blocks.length === 0, overflow: false, width: 28 * FS, height: 25 * 24.5, blocks })),
  };
  const pagination: PaginationFacts = { pages: pages.map((_, i) => pageFacts(i + 1)), anchors: [], toc: [], width: 560, height: 794 };
  return {
    booklet: { title: '读本', runningHeads: { verso: 'title', recto: 'article' }, folio: { position: 'outer', form: 'plain' } } as ProofContext['booklet'],
    manuscripts: [],
    document: { type: 'root', children: [] },
    geometry: pageGeometry({ name: 'A5', width: 148, height: 210, bodySize: 10.5, lineHeight: 1.75 }),
    layout,
    pagination,
    pdfPages: [],
    pdfFonts: [],
    usedFonts: [],
    allowedFonts: ['NotoSerifSC-Regular'],
    coverage: new Map([['NotoSerifSC-Regular', new Set([...'正文一二三四五六七八九十甲乙丙丁'].map((c) => c.codePointAt(0)!))]]),
    ...extra,
  };
}

/** A PDF page with a head line, a body line and a foot line. */
export function pdfPage(number: number, head: string, body: string, foot: string): TextPage {
  const line = (text: string, y: number) => ({ text, xMin: 60, xMax: 300, yMin: y, yMax: y + 10, words: [{ text, xMin: 60, xMax: 300, yMin: y, yMax: y + 10 }] });
  return { number, width: 419.5, height: 595.3, lines: [head && line(head, 30), body && line(body, 200), foot && line(foot, 560)].filter(Boolean) as TextPage['lines'] };
}
