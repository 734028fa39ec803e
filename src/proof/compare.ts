// Visual regression: the pages against the approved baseline (pixelmatch), with a diff image for every
// changed page; pages added or removed are changes too.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { fail } from '../diagnostics.js';
import { pageImages, pageNumber } from './render.js';
import { phrase } from '../ui/catalogue.js';

export interface PageChange {
  page: number;
  kind: 'changed' | 'added' | 'removed';
  /** Pixels that differ (changed pages). */
  pixels?: number;
  /** Diff image, relative to the report folder. */
  diff?: string;
}

/** Compare the rendered pages with the baseline; diff images go to `diffDir`. */
export async function comparePages(pagesDir: string, baselineDir: string, diffDir: string): Promise<PageChange[]> {
  const current = await pageImages(pagesDir);
  const baseline = await pageImages(baselineDir);
  await rm(diffDir, { recursive: true, force: true });
  await mkdir(diffDir, { recursive: true });
  const changes: PageChange[] = [];
  for (const name of new Set([...current, ...baseline])) {
    const page = pageNumber(name);
    if (!baseline.includes(name)) changes.push({ page, kind: 'added' });
    else if (!current.includes(name)) changes.push({ page, kind: 'removed' });
    else {
      const a = readBaselinePng(join(baselineDir, name), await readFile(join(baselineDir, name)));
      const b = PNG.sync.read(await readFile(join(pagesDir, name)));
      if (a.width !== b.width || a.height !== b.height) {
        changes.push({ page, kind: 'changed', pixels: Math.max(a.width * a.height, b.width * b.height) });
        continue;
      }
      const diff = new PNG({ width: a.width, height: a.height });
      const pixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
      if (pixels > 0) {
        await writeFile(join(diffDir, name), PNG.sync.write(diff));
        changes.push({ page, kind: 'changed', pixels, diff: name });
      }
    }
  }
  return changes.sort((x, y) => x.page - y.page);
}

/** A baseline page image; a damaged one (cut short, overwritten) is the user's to approve again. */
function readBaselinePng(file: string, data: Buffer): PNG {
  try {
    return PNG.sync.read(data);
  } catch (error) {
    fail(phrase('proof.baseline.damaged', { detail: (error as Error).message }), { file }, 'proof-baseline', phrase('proof.baseline.approve-again'));
  }
}
