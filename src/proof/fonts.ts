// The characters each of the booklet's faces covers, from their character maps (HarfBuzz), for the tofu
// check: Chromium credits a missing glyph to the primary font, so only the cmap tells.
import { readFile } from 'node:fs/promises';
import { Blob, Face } from 'harfbuzzjs';
import { FONT_FACES, fontPath } from '../html/fonts.js';

/** PostScript name → the code points the full face covers (all faces, or those named). */
export async function fontCoverage(only?: string[]): Promise<Map<string, Set<number>>> {
  const coverage = new Map<string, Set<number>>();
  for (const face of FONT_FACES.filter((f) => !only || only.includes(f.postScriptName))) {
    const hb = new Face(new Blob(await readFile(fontPath(face))), 0);
    coverage.set(face.postScriptName, new Set(hb.collectUnicodes()));
  }
  return coverage;
}
