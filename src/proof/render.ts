// Every page of the PDF as a greyscale PNG (poppler's pdftoppm) at 100 dpi: a 10.5 pt character is
// 15 px tall, so a one-character change shows in the diff.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, firstLine } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';

const run = promisify(execFile);
export const RESOLUTION = 100;

/** Render `pdf` into `dir` as page-001.png, page-002.png, …; returns the file names in page order. */
export async function renderPages(pdf: string, dir: string): Promise<string[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  try {
    await run('pdftoppm', ['-r', String(RESOLUTION), '-gray', '-png', pdf, join(dir, 'page')]);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    fail(
      e.code === 'ENOENT' ? phrase('proof.tool-missing', { tool: 'pdftoppm' }) : phrase('proof.tool-failed', { tool: 'pdftoppm', detail: firstLine(e) }),
      { file: pdf },
      'poppler',
      phrase('proof.poppler-hint'),
    );
  }
  // pdftoppm pads the number to the page count's width; give every name three digits.
  const names = (await readdir(dir)).filter(isPageImage).sort((a, b) => pageNumber(a) - pageNumber(b));
  const out: string[] = [];
  for (const name of names) {
    const target = `page-${String(pageNumber(name)).padStart(3, '0')}.png`;
    if (target !== name) await rename(join(dir, name), join(dir, target));
    out.push(target);
  }
  return out;
}

export const pageNumber = (name: string) => Number(/(\d+)\.png$/.exec(name)?.[1] ?? 0);

/** A page image's name, as renderPages writes it. */
export const isPageImage = (name: string) => /^page-\d+\.png$/.test(name);

/** The page images in `dir`, by name; none when it does not exist. */
export async function pageImages(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).filter(isPageImage).sort();
}
