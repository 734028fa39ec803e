// Pages already laid out and printed, kept in `<out>/.cache/pages/` (safe to delete):
//   layouts: unit key → the unit's pages and anchors (what numbering needs), so an unchanged unit is not
//            laid out again to learn how long it is;
//   prints:  unit key + its page numbers (+ the contents' numbers for the unit with the contents) → where
//            its printed pages are: a PDF of the cache and the page indices in it, with the unit's facts.
// A new build writes the PDFs it printed and a new index; PDFs no longer named are removed. The index is
// read as untrusted (edited by hand, a CI cache restored from elsewhere): an entry not exactly as this
// version writes it, or naming a file that is not the cache's own, is a miss, never an error.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod'; // a namespace import, as in config/schema.ts
import { removeStaleTemporaries } from '../stale-temporaries.js';
import type { AnchorFacts, LinkFacts, PageFacts, PageStructure, TocFacts, UnitPageFacts } from './in-page/bridge.js';

/** What numbering needs of a unit. Anchor pages are 1-based within the unit. */
export interface UnitLayout {
  pages: UnitPageFacts[];
  anchors: AnchorFacts[];
}

/** A unit's printed pages. Page numbers in `facts`, `anchors` and `links` are 1-based within the unit. */
export interface UnitPrint {
  /** The PDF file (in the cache folder) and the indices (0-based) of the unit's pages in it. */
  pdf: string;
  indices: number[];
  facts: PageFacts[];
  anchors: AnchorFacts[];
  toc: TocFacts[];
  links: LinkFacts[];
  /** What each page holds as the tagged PDF's structure (one entry a page). */
  structure: PageStructure[];
  /** The first page as a PNG file in the cache folder (unit 0, when an EPUB wanted it). */
  cover?: string;
  /** The font subsets it was printed with (cached-prints.ts). */
  fonts?: PrintFonts;
}

/** The font subsets a part was printed with: their kind, and their files in the font cache folder. */
export interface PrintFonts {
  retainGids: boolean;
  /** PostScript name → file name. */
  files: Record<string, string>;
}

interface Index {
  version: 1;
  layouts: Record<string, UnitLayout>;
  prints: Record<string, UnitPrint>;
}

export interface PageCache {
  dir: string;
  layouts: Map<string, UnitLayout>;
  prints: Map<string, UnitPrint>;
  /** Keep a PDF (or PNG) in the cache; returns its file name. */
  keep(bytes: Uint8Array, extension: 'pdf' | 'png'): Promise<string>;
  /** Write the index of what this build used, and remove files it no longer names. */
  save(layouts: Map<string, UnitLayout>, prints: Map<string, UnitPrint>): Promise<void>;
}

/** The names of the files the cache writes (keep()): the only ones an index may name. */
const KEPT_FILE = { pdf: /^[0-9a-f]{24}\.pdf$/, png: /^[0-9a-f]{24}\.png$/ };
/** A font subset in the font cache (subset-fonts.ts: `<PostScript name>-<key>.ttf`). */
const SUBSET_FILE = /^[A-Za-z0-9_-]+-[0-9a-f]{20}\.ttf$/;
/** A file being written (`<name>.<pid>.tmp`), removed once its writer is gone. */
const TEMPORARY = /^.+\.(?<pid>\d+)\.tmp$/;

/** Open the cache in `dir` (an unreadable or old index is an empty cache). */
export async function openPageCache(dir: string): Promise<PageCache> {
  // Left by builds that died while writing (a full disk, kill -9): they would keep the disk full.
  await removeStaleTemporaries(dir, TEMPORARY);
  // Missing, damaged (edited by hand, a disk error) or of another version: an empty cache.
  const index = await readFile(join(dir, 'index.json'), 'utf8')
    .then((text) => JSON.parse(text) as Index | null)
    .catch(() => undefined);
  const valid = index?.version === 1 && isRecord(index.layouts) && isRecord(index.prints);
  return {
    dir,
    layouts: new Map(valid ? Object.entries(index.layouts).filter(([, l]) => isLayout(l)) : []),
    prints: new Map(valid ? Object.entries(index.prints).filter(([, p]) => isPrint(p)) : []),
    async keep(bytes, extension) {
      const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}.${extension}`;
      await mkdir(dir, { recursive: true });
      await writeThenRename(join(dir, name), bytes);
      return name;
    },
    async save(layouts, prints) {
      const next: Index = { version: 1, layouts: Object.fromEntries(layouts), prints: Object.fromEntries(prints) };
      await mkdir(dir, { recursive: true });
      await writeThenRename(join(dir, 'index.json'), JSON.stringify(next));
      const named = new Set([...prints.values()].flatMap((p) => [p.pdf, ...(p.cover ? [p.cover] : [])]));
      for (const file of await readdir(dir)) {
        if (/\.(pdf|png)$/.test(file) && !named.has(file)) await rm(join(dir, file), { force: true });
      }
    },
  };
}

/** Write `file` whole or not at all; a failed write (a full disk) removes its temporary. */
async function writeThenRename(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => {});
    throw error;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The shape of an entry as this version writes it (a hand-edited one is left out, not read). Page numbers
// are 1-based within the unit, page indices 0-based in its PDF (checked against it on reading:
// cached-prints.ts). Checked only: the entry itself is kept as read.
const int = z.number().int();
const anchor = z.object({ id: z.string(), tag: z.string(), text: z.string(), page: int, top: z.number() });
const unitPage = z.object({ unit: int, blank: z.boolean(), reset: int.nullable(), increment: int });
const pageStart = z.object({ source: z.string(), line: int, tag: z.string(), offset: z.number() });
const fact = z.object({
  index: int,
  side: z.enum(['left', 'right']),
  blank: z.boolean(),
  name: z.string(),
  counter: int,
  folio: z.string(),
  lines: z.array(z.string()),
  opens: z.string(),
  lastBlock: z.string(),
  start: pageStart.optional(),
});
const toc = z.object({ href: z.string(), text: z.string(), shown: z.number().optional() });
const link = z.object({ page: int, target: z.string(), x: z.number(), y: z.number(), width: z.number(), height: z.number() });
const structureNode = z.object({
  key: z.string(),
  parent: z.string(),
  type: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/),
  depth: int.nonnegative(),
  boxes: z.array(z.number()).refine((b) => b.length % 4 === 0),
  alt: z.string().optional(),
  lang: z.string().optional(),
  call: z.string().optional(),
  target: z.string().optional(),
  scope: z.enum(['Column', 'Row']).optional(),
});
const structure = z.object({ nodes: z.array(structureNode) });
const fonts = z.object({ retainGids: z.boolean(), files: z.record(z.string(), z.string().regex(SUBSET_FILE)) });
/** Anchors and links on the unit's `pages` pages. */
const onPages = (items: { page: number }[], pages: number) => items.every((i) => i.page >= 1 && i.page <= pages);
const layoutShape = z
  .object({ pages: z.array(unitPage), anchors: z.array(anchor) })
  .refine((l) => onPages(l.anchors, l.pages.length));
const printShape = z
  .object({
    pdf: z.string().regex(KEPT_FILE.pdf),
    indices: z.array(int.nonnegative()),
    facts: z.array(fact),
    anchors: z.array(anchor),
    toc: z.array(toc),
    links: z.array(link),
    structure: z.array(structure),
    cover: z.string().regex(KEPT_FILE.png).optional(),
    fonts: fonts.optional(),
  })
  // One fact a page.
  .refine((p) => p.facts.length === p.indices.length && p.structure.length === p.indices.length && onPages(p.anchors, p.indices.length) && onPages(p.links, p.indices.length));

function isLayout(value: unknown): value is UnitLayout {
  return layoutShape.safeParse(value).success;
}

function isPrint(value: unknown): value is UnitPrint {
  return printShape.safeParse(value).success;
}

/** Numbering needs this of a layout: its pages' counting, and which page each id is on. */
function counting(layout: UnitLayout): string {
  return JSON.stringify([layout.pages.map((p) => [p.blank, p.reset, p.increment]), layout.anchors.map((a) => [a.id, a.page])]);
}

/** Two layouts of a unit number the book alike (a cached one that differs from the unit laid out again
 *  was wrong). */
export function sameCounting(a: UnitLayout, b: UnitLayout): boolean {
  return counting(a) === counting(b);
}

/** A cached print is of this layout, numbered `numbers`: a page for each of the layout's, with its number
 *  and blankness (else it is of another layout, or damaged: a miss). */
export function printFits(print: UnitPrint, layout: UnitLayout, numbers: number[]): boolean {
  return (
    print.indices.length === layout.pages.length &&
    numbers.length === layout.pages.length &&
    print.facts.every((f, k) => f.counter === numbers[k] && f.blank === layout.pages[k]!.blank)
  );
}

/** The key of a unit's printed pages: its layout, its page numbers, and the contents' numbers if it has
 *  the contents. */
export function printKey(layoutKey: string, numbers: number[], targets: Record<string, number> | undefined): string {
  return createHash('sha256')
    .update(layoutKey)
    .update(JSON.stringify(numbers))
    .update(targets ? JSON.stringify(targets) : '')
    .digest('hex')
    .slice(0, 32);
}
