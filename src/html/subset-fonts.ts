// Subset each face to the characters the booklet uses (HarfBuzz's hb-subset, subset-face.ts: every
// OpenType layout feature kept, as `halt`/`chws` drive punctuation compression; glyphs numbered afresh, or
// at the face's ids in a command that runs on). One face per weight stays one face,
// never unicode-range pieces, and the punctuation that compression needs is always kept in it
// (cjk-print-rules §1.3). A 15 MB face becomes ~0.4 MB, which Chromium loads and embeds far faster. A
// fallback face (fallback-faces.ts) is cut to its own few characters only, none of them punctuation.
// Results are cached by content hash in `.cache/fonts/` beside the outputs.
import { createHash } from 'node:crypto';
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { faceFiles, type BookFaces, type FontFace } from './fonts.js';
import { CIRCLED_NUMBERS } from './circled.js';
import { CJK_PUNCTUATION } from './fallback-faces.js';
import { FONT_DIR } from './render-html.js';
import { makeFolder, writeHint } from '../write-errors.js';
import { removeStaleTemporaries } from '../stale-temporaries.js';
import { fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { Subsetter } from './subset-face.js';

/** A subset face: the cached file, its content-named place beside the HTML, and its plain file name. */
export interface FontAsset {
  face: FontFace;
  /** The cached subset file. */
  from: string;
  /** `fonts/<Name>.<hash>.ttf`, relative to the HTML: a new subset never overwrites one an older
   *  booklet.html still uses, so a failed build leaves the previous edition whole. */
  to: string;
}

/** The name of a subset file beside the HTML (`to`: `<PostScript name>.<key>.ttf`): the only files of
 *  `<out>/fonts/` a build may remove, which may also hold the user's own fonts. */
export const FONT_FILE = /^[A-Za-z0-9_-]+\.[0-9a-f]{20}\.ttf$/;

/** Always kept: ASCII, digits for folios, and the CJK punctuation the typesetting rules act on. */
const ALWAYS = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}${CJK_PUNCTUATION}`;

/** Characters Chromium draws that no text or CSS string of the document spells out: the marks of the
 *  `text-emphasis` keywords (dot, circle, double-circle, triangle, sesame; filled and open), the symbols of
 *  `list-style-type` disc/circle/square, and the circled numbers ①–㊿ that footnotes count with (the print
 *  editions' stylesheet rules, the EPUB's calls and notes: circled.ts). A face
 *  lacking one of them makes Chromium fall back to a system face (issue 18: DejaVu drew the emphasis dots). */
const GENERATED = `•◦●○◉◎▲△﹅﹆▪■□${CIRCLED_NUMBERS}`;

/** Subset every face to `text` (all characters of the document, CSS included), a fallback face to its
 *  `chars`; returns the assets. `retainGids`: keep the faces' glyph ids; `subsetter`: the one to subset
 *  with (subset-face.ts: a command that runs on keeps its faces loaded in it); default: one of this call's
 *  own, made at the first subset not in the cache. */
export async function subsetFonts(text: string, cacheDir: string, options: { retainGids: boolean; subsetter?: Subsetter | undefined }, faces: BookFaces): Promise<FontAsset[]> {
  const all = [...new Set(text + ALWAYS + GENERATED)].sort().join('');
  const dir = join(cacheDir, 'fonts');
  await makeFolder(dir).catch((error: NodeJS.ErrnoException) =>
    fail(phrase('write.font-cache-folder', { path: dir, code: error.code ?? 'error' }), { file: dir }, 'output', writeHint(error.code)),
  );
  // Subsets and deflated copies (merge-fonts.ts) being written by builds that died: `<file>.<pid>.tmp`.
  await removeStaleTemporaries(dir, /^.+\.(?<pid>\d+)\.tmp$/);
  const assets: FontAsset[] = [];
  let subsetter = options.subsetter;
  for (const face of faceFiles(faces)) {
    const source = face.path;
    const chars = face.chars ?? all;
    const info = await stat(source);
    // `gids` and `compact`: the two kinds of subset (subset-face.ts); the earliest files had no mark.
    const kind = options.retainGids ? 'gids' : 'compact';
    const key = createHash('sha256').update(`${face.name}\0${info.size}\0${info.mtimeMs}\0${kind}\0${chars}`).digest('hex').slice(0, 20);
    const cached = join(dir, `${face.postScriptName}-${key}.ttf`);
    if (!(await stat(cached).catch(() => undefined))) {
      // HarfBuzz's subsetter loads only when a subset is not in the cache.
      subsetter ??= (await import('./subset-face.js')).openSubsetter();
      const subset = await subsetter.subset(source, chars, options);
      const tmp = `${cached}.${process.pid}.tmp`;
      try {
        await writeFile(tmp, subset);
        await rename(tmp, cached);
      } catch (error) {
        await rm(tmp, { force: true });
        const code = (error as NodeJS.ErrnoException).code;
        fail(phrase('write.font-cache', { path: cached, code: code ?? 'error' }), { file: cached }, 'output', writeHint(code));
      }
    }
    assets.push({ face, from: cached, to: `${FONT_DIR}${face.postScriptName}.${key}.ttf` });
  }
  await pruneFontCache(dir, assets.map((a) => a.from));
  return assets;
}

/** Subsets kept besides the current ones (with their deflated copies, merge-fonts.ts): an edit that brings in
 *  a character makes a new set, so `build --watch` would fill the disk. */
const KEEP_FILES = 32;

/** Remove the least recently made subsets beyond KEEP_FILES; the current ones always stay. Best effort. */
async function pruneFontCache(dir: string, current: string[]): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const keep = new Set(current.flatMap((file) => [basename(file), `${basename(file)}.deflate`]));
  const others = await Promise.all(
    names.filter((n) => !keep.has(n) && /\.ttf(\.deflate)?$/.test(n)).map(async (n) => ({ n, at: (await stat(join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  others.sort((a, b) => b.at - a.at);
  await Promise.all(others.slice(KEEP_FILES).map(({ n }) => rm(join(dir, n), { force: true }).catch(() => {})));
}

/** The document with its font URLs pointing at the subset files. */
export function linkFonts(html: string, assets: FontAsset[]): string {
  return assets.reduce((doc, asset) => doc.replaceAll(`url("${FONT_DIR}${asset.face.name}")`, `url("${asset.to}")`), html);
}
