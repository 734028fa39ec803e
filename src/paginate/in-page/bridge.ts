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

/** Progress, polled from Node while Paged.js works (for a timeout that names the last page). */
export interface PaginationProgress {
  pages: number;
  /** The first words of the last page laid out. */
  last: string;
}
