// The typed bridge between Node and the code that runs inside Chromium: what the page reports back.

/** One laid-out page. */
export interface PageFacts {
  /** Physical page number, 1-based. */
  index: number;
  side: 'left' | 'right';
  blank: boolean;
  /** The named page (front, body) or '' for none. */
  name: string;
  /** The page counter as Paged.js counts it (counter resets included). */
  counter: number;
  /** The folio printed on it ('' when none). */
  folio: string;
  /** The manuscript lines of the block elements that start on this page (`file:line`). */
  lines: string[];
  /** The part of the book that starts on this page: article, notes-page, colophon, toc, … or ''. */
  opens: string;
  /** The tag of the last block laid out on the page ('' on a blank page). */
  lastBlock: string;
  /** Where the page's text starts in the document, for page-break markers in the EPUB. */
  start?: PageStart;
}

/** The first manuscript block on a page, and how many of its characters were on earlier pages. */
export interface PageStart {
  /** The manuscript (the article's data-source). */
  source: string;
  line: number;
  tag: string;
  /** Characters of the block's text (footnotes not counted) set on earlier pages. */
  offset: number;
}

/** Where an element with an id ended up. */
export interface AnchorFacts {
  id: string;
  /** h1 for articles, h2… for sections, or the element name. */
  tag: string;
  text: string;
  /** Physical page number, 1-based. */
  page: number;
  /** Distance from the top of the page, in CSS px (1 px = 0.75 pt). */
  top: number;
}

/** A table-of-contents entry and the page number it shows. */
export interface TocFacts {
  href: string;
  text: string;
  shown: number | undefined;
}

export interface PaginationFacts {
  pages: PageFacts[];
  anchors: AnchorFacts[];
  toc: TocFacts[];
  /** Page size in CSS px as laid out. */
  width: number;
  height: number;
}

/** A page as laid out, before the book is numbered: its unit, and how it counts. */
export interface UnitPageFacts {
  /** The unit (src/paginate/units.ts) the page belongs to. */
  unit: number;
  blank: boolean;
  /** `counter-reset: page N` on it, or null. */
  reset: number | null;
  /** How much it adds to the page counter. */
  increment: number;
}

/** An internal link as drawn: page (1-based) and box from the page's top left, CSS px. */
export interface LinkFacts {
  page: number;
  /** The id it points at. */
  target: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Progress, polled from Node while Paged.js works (for a timeout that names the last page). */
export interface PaginationProgress {
  pages: number;
  /** The first words of the last page laid out. */
  last: string;
}

/** A page break the build moved (handlers.ts keepLines, keepItems, keepLastLines), or could not. */
export interface Adjustment {
  /** What it keeps: no widow, no orphan, no list item alone, no page of a single line. */
  rule: 'widow' | 'orphan' | 'list' | 'single-line' | 'heading';
  /** Lines of the paragraph went over, the whole paragraph (with its headings), list items, a heading
   *  with the lines after it, or nothing. */
  moved: 'lines' | 'paragraph' | 'items' | 'heading' | 'none';
  /** How many lines went over (lines), the paragraph's lines on the page (paragraph), the lines after
   *  the heading (heading). */
  lines: number;
  /** Why nothing could move (moved: none). */
  why?: string;
  /** The block's manuscript and line. */
  source: string;
  line?: number;
}

/** What moving page breaks took in one page of Chromium: breaks moved, and time in the hook, ms. */
export interface AdjustmentCost {
  moved: number;
  ms: number;
}

/** One visual line of a block: its text and the x position and width (CSS px) of each character. */
export interface LineLayout {
  text: string;
  x: number[];
  w: number[];
  /** From the top of the type area. */
  top: number;
}

/** A text block (paragraph, list item, heading, cell, footnote) as laid out on one page. */
export interface BlockLayout {
  tag: string;
  /** The manuscript (data-source of the article) and the line (data-line) it came from. */
  source: string;
  line: number | undefined;
  fontSize: number;
  /** Content box, from the left of the type area. */
  left: number;
  right: number;
  /** Continued from the previous page / continued on the next page (Paged.js split it). */
  splitFrom: boolean;
  splitTo: boolean;
  /** The article id, or '' outside articles. */
  article: string;
  /** Set as a heading (a heading, title, subtitle or contents entry): its lines break between phrases
   *  (rehype-phrase-breaks.ts). Absent in facts recorded before it was collected. */
  phrased?: boolean;
  /** In a list the page splits: the innermost such list (Paged.js's data-ref), and whether the block and
   *  its item are whole (split only as part of the list). Absent elsewhere. */
  list?: { ref: string; whole: boolean };
  lines: LineLayout[];
}

export interface PageLayout {
  index: number;
  side: 'left' | 'right';
  blank: boolean;
  /** Content taller than the type area. */
  overflow: boolean;
  /** The type area, CSS px. */
  width: number;
  height: number;
  blocks: BlockLayout[];
  /** Every image drawn on the page (none in facts recorded before images were collected). */
  images?: ImageLayout[];
  /** The page breaks the build moved to end this page, or could not (absent when none). */
  adjustments?: Adjustment[];
}

/** An image's box as drawn, CSS px from the top left of the type area. */
export interface ImageLayout {
  /** The image's file, as the HTML links it. */
  src: string;
  source: string;
  line: number | undefined;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LayoutFacts {
  pages: PageLayout[];
}

/** An element of the book that becomes a structure element of the tagged PDF, as drawn on one page
 *  (in-page/structure.ts). An element split over pages (Paged.js's copies share a data-ref) has the
 *  same key on each. */
export interface StructureNode {
  /** Unique within the unit's document: Paged.js's data-ref, or made up for an element without one. */
  key: string;
  /** The key of the nearest enclosing node, or '' (the unit's top). */
  parent: string;
  /** The PDF structure type (H1, P, L, LI, Lbl, LBody, Table, TD, Figure, Note, Reference, TOC, TOCI,
   *  Link, Sect, …), or Artifact for what is drawn but is not content (the contents' leaders). */
  type: string;
  /** How many nodes enclose it: what the page draws goes to the deepest node whose box holds it. */
  depth: number;
  /** Its boxes on the page, CSS px from the page's top left: x, y, width, height, four numbers a box. */
  boxes: number[];
  /** Figure: the image's alternative text. */
  alt?: string;
  /** Its own language, where it differs from the book's (BCP 47). */
  lang?: string;
  /** Note: the key of its call (a Reference). */
  call?: string;
  /** Link: the id (internal) or URL it points at. */
  target?: string;
  /** TH: what it heads. */
  scope?: 'Column' | 'Row';
}

/** The structure nodes on one page, in the document's order. */
export interface PageStructure {
  nodes: StructureNode[];
}
