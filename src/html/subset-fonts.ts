// Subset each face to the characters the booklet uses (hb-subset through subset-font, every OpenType
// layout feature kept: `halt`/`chws` drive punctuation compression). One face per weight stays one face,
// never unicode-range pieces, and the punctuation that compression needs is always kept in it
// (cjk-print-rules §1.3). A 15 MB face becomes ~0.4 MB, which Chromium loads and embeds far faster.
// Results are cached by content hash in `.cache/fonts/` beside the outputs.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { FONT_FACES, fontPath, type FontFace } from './fonts.js';
import { FONT_DIR } from './render-html.js';

/** Always kept: ASCII, digits for folios, and the CJK punctuation the typesetting rules act on. */
const ALWAYS = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}、。，．：；？！“”‘’（）《》〈〉「」『』【】〔〕〖〗…—–～·％`;

/** Subset every face to `text` (all characters of the document, CSS included); returns the assets. */
export async function subsetFonts(text: string, cacheDir: string, faces: readonly FontFace[] = FONT_FACES): Promise<{ from: string; to: string }[]> {
  const chars = [...new Set(text + ALWAYS)].sort().join('');
  const dir = join(cacheDir, 'fonts');
  await mkdir(dir, { recursive: true });
  const assets = [];
  for (const face of faces) {
    const source = fontPath(face);
    const info = await stat(source);
    const key = createHash('sha256').update(`${face.name}\0${info.size}\0${info.mtimeMs}\0${chars}`).digest('hex').slice(0, 20);
    const cached = join(dir, `${face.postScriptName}-${key}.ttf`);
    if (!(await stat(cached).catch(() => undefined))) {
      const subset = await subsetFont(await readFile(source), chars, { targetFormat: 'truetype' });
      const tmp = `${cached}.${process.pid}.tmp`;
      await writeFile(tmp, subset);
      await rename(tmp, cached);
    }
    assets.push({ from: cached, to: `${FONT_DIR}${face.name}` });
  }
  return assets;
}
