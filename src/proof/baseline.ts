// The proof baseline: the folder of approved page images that `proof --approve` rewrites. It must be a
// folder of its own: one that is, or holds, the booklet, the output or a home folder, or that holds
// anything but page images, is refused; approving replaces and removes page images only.
import { copyFile, lstat, mkdir, readdir, realpath, rename, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { fail, type Place } from '../diagnostics.js';
import { isPageImage, pageImages } from './render.js';
import { phrase } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';

/** Refuse a baseline folder that could hold the user's files; `place` is where booklet.yaml names it. */
export async function checkBaseline(baseline: string, place: Place, folders: { dir: string; out: string }): Promise<void> {
  const refuse = (why: Phrase): never => fail(why, place, 'config', phrase('proof.baseline.hint'));
  // Real paths: a symlink to `..` is `..`.
  const real = await realpathOf(baseline);
  if (real === parse(real).root) refuse(phrase('proof.baseline.root'));
  const out = await realpathOf(folders.out);
  const guarded: [string, Phrase][] = [
    [await realpathOf(folders.dir), phrase('proof.folder.booklet')],
    [out, phrase('proof.folder.output')],
    [await realpathOf(homedir()), phrase('proof.folder.home')],
  ];
  for (const [path, folder] of guarded) {
    if (path === real) refuse(phrase('proof.baseline.is', { folder, path }));
    if (isInside(path, real)) refuse(phrase('proof.baseline.contains', { folder, path }));
  }
  // Every proof deletes and writes the report's folders again.
  const report = join(out, 'proof');
  if (real === report || isInside(real, report)) refuse(phrase('proof.baseline.in-report', { path: report }));

  const info = await lstat(real).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) refuse(phrase('proof.baseline.not-folder', { path: real }));
  // Dot-files (.gitkeep, .DS_Store) are left alone; anything else means the folder is someone else's.
  const others = (await readdir(real, { withFileTypes: true })).filter((e) => !(e.isFile() && (isPageImage(e.name) || e.name.startsWith('.'))));
  if (others.length > 0) {
    const names = others.slice(0, 5).map((e) => e.name + (e.isDirectory() ? '/' : ''));
    refuse(phrase('proof.baseline.others', { names: names.join(', '), n: others.length, path: real }));
  }
}

/** Make the current pages the baseline: each written under a temporary name and renamed into place, then
 *  the page images of pages the book no longer has removed. Nothing else in the folder is touched. */
export async function approvePages(pagesDir: string, baselineDir: string): Promise<number> {
  await mkdir(baselineDir, { recursive: true });
  const names = await pageImages(pagesDir);
  for (const name of names) {
    const tmp = join(baselineDir, `.${name}.${process.pid}.tmp`);
    await copyFile(join(pagesDir, name), tmp);
    await rename(tmp, join(baselineDir, name));
  }
  const current = new Set(names);
  for (const name of await pageImages(baselineDir)) if (!current.has(name)) await unlink(join(baselineDir, name));
  return names.length;
}

/** `child` is strictly below `parent`. */
function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The real path of `path`, whose last parts need not exist yet (a baseline before its first approval). */
async function realpathOf(path: string): Promise<string> {
  const missing: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    try {
      return join(await realpath(at), ...missing);
    } catch {
      if (dirname(at) === at) return resolve(path);
      missing.unshift(basename(at));
    }
  }
}
