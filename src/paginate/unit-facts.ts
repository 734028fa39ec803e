// One unit's share of what a page of Chromium laid out or printed (several units share a page): its
// pages, anchors, facts and links, with page numbers made relative to the unit, as the page cache keeps
// them (page-cache.ts) and the book is joined from them (paginate-book.ts).
import { pagesOfUnit } from './numbering.js';
import type { FinishedUnits, LaidOutUnits } from './pagedjs.js';
import type { UnitLayout, UnitPrint } from './page-cache.js';
import type { LayoutFacts } from './in-page/bridge.js';

/** A unit's pages and anchors from the page that laid it out (anchor pages made unit-relative). */
export function unitLayout(worker: LaidOutUnits, unit: number): UnitLayout {
  const indices = pagesOfUnit(worker.pages, unit);
  const first = indices[0] ?? 0;
  return {
    pages: indices.map((i) => worker.pages[i]!),
    anchors: worker.anchors.filter((a) => indices.includes(a.page - 1)).map((a) => ({ ...a, page: a.page - first })),
  };
}

/** A unit's printed pages, facts and links (unit-relative pages). */
export function unitPrint(finished: FinishedUnits, indices: number[], pdf: string): UnitPrint {
  const first = indices[0] ?? 0;
  const inUnit = (page: number) => indices.includes(page - 1);
  return {
    pdf,
    indices,
    facts: indices.map((i) => finished.facts.pages[i]!),
    anchors: finished.facts.anchors.filter((a) => inUnit(a.page)).map((a) => ({ ...a, page: a.page - first })),
    toc: indices.some((i) => finished.facts.pages[i]!.opens === 'toc') ? finished.facts.toc : [],
    links: finished.links.filter((l) => inUnit(l.page)).map((l) => ({ ...l, page: l.page - first })),
    structure: indices.map((i) => finished.structure[i]!),
  };
}

/** The layout facts of the pages `indices` only. */
export function sliceLayout(layout: LayoutFacts, indices: number[]): LayoutFacts {
  return { pages: indices.map((i) => layout.pages[i]!) };
}
