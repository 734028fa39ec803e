// The characters each of the booklet's faces covers, from their character maps (HarfBuzz), for the tofu
// check: Chromium credits a missing glyph to the primary font, so only the cmap tells.
// A build lints with the body face's map on every run, and a Traditional one reads its faces' and their
// fallbacks' (fallback-faces.ts): a successful build keeps them in `<out>/.cache/coverage/` as ranges
// (reading a 15 MB face with HarfBuzz took 0.2–0.4 s).
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FontFace } from './fonts.js';

/** The code points the full face covers. */
export async function fontCoverage(face: FontFace): Promise<Set<number>> {
  // HarfBuzz compiles its WebAssembly when first imported: only when a map is read.
  const { Blob, Face } = await import('harfbuzzjs');
  return new Set(new Face(new Blob(await readFile(face.path)), 0).collectUnicodes());
}

/** Code points, as a face's map answers them. */
export interface CodePoints {
  has(code: number): boolean;
}

/** The faces' maps for one command: each read once, from `<cacheDir>/coverage/` when kept there, else
 *  from the face; `keep()` keeps those read afresh, once the command's output is good. */
export interface FaceMaps {
  of(face: FontFace): Promise<CodePoints>;
  keep(): Promise<void>;
}

/** The maps of one command, kept in `cacheDir` (`<out>/.cache`). */
export function openCoverage(cacheDir: string): FaceMaps {
  const maps = new Map<string, Promise<CodePoints>>();
  const fresh = new Map<string, { face: FontFace; coverage: Set<number> }>();
  const read = async (face: FontFace): Promise<CodePoints> => {
    const cached = await readCachedCoverage(face, cacheDir);
    if (cached) return cached;
    const coverage = await fontCoverage(face);
    fresh.set(face.path, { face, coverage });
    return coverage;
  };
  return {
    of(face) {
      if (!maps.has(face.path)) maps.set(face.path, read(face));
      return maps.get(face.path)!;
    },
    async keep() {
      for (const { face, coverage } of fresh.values()) await writeCachedCoverage(face, cacheDir, coverage);
      fresh.clear();
    },
  };
}

/** A face's map as kept in `<cacheDir>/coverage/`, or undefined. Looked up in its ~1,200 ranges, not
 *  spread into a set of ~30,000 code points (which took ~20 ms of every build). */
export async function readCachedCoverage(face: FontFace, cacheDir: string): Promise<CodePoints | undefined> {
  // A missing or damaged file (edited by hand, a disk error) is no map: the face is read again.
  const ranges = await readFile(await coverageFile(face, cacheDir), 'utf8')
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => undefined);
  // Sorted, disjoint [from, to] pairs, as writeCachedCoverage writes them: the lookup searches them.
  const valid =
    Array.isArray(ranges) &&
    ranges.every((r, i) => Array.isArray(r) && Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[0] <= r[1] && (i === 0 || r[0] > (ranges[i - 1] as number[])[1]!));
  if (!valid) return undefined;
  return rangeSet(ranges as [number, number][]);
}

/** Membership in sorted, disjoint [from, to] ranges, by binary search. */
function rangeSet(ranges: [number, number][]): CodePoints {
  return {
    has(code) {
      let lo = 0;
      let hi = ranges.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [from, to] = ranges[mid]!;
        if (code < from) hi = mid - 1;
        else if (code > to) lo = mid + 1;
        else return true;
      }
      return false;
    },
  };
}

/** Keep a face's map in `<cacheDir>/coverage/`, as ranges. The cache only saves time: a folder that
 *  cannot be written is not an error. */
export async function writeCachedCoverage(face: FontFace, cacheDir: string, coverage: Set<number>): Promise<void> {
  const ranges: [number, number][] = [];
  for (const cp of [...coverage].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  const file = await coverageFile(face, cacheDir);
  const tmp = `${file}.${process.pid}.tmp`;
  await mkdir(dirname(file), { recursive: true })
    .then(() => writeFile(tmp, JSON.stringify(ranges)))
    .then(() => rename(tmp, file))
    .catch(() => rm(tmp, { force: true }));
}

/** The cache file of a face: named by the font file's size and time, so a new font is read anew. */
async function coverageFile(face: FontFace, cacheDir: string): Promise<string> {
  const info = await stat(face.path);
  return join(cacheDir, 'coverage', `${face.postScriptName}-${info.size}-${Math.round(info.mtimeMs)}.json`);
}
