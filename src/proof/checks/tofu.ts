// Every character of the manuscripts is in the booklet's faces (cjk-print-rules G4): Chromium credits a
// missing glyph to the primary font and PDF text shows a blank, so only the fonts' own character maps
// tell (here, the full faces the subsets are cut from, a face's fallback counted with it).
import type { Check, RawFinding } from './check.js';
import { phrase } from '../../ui/catalogue.js';

export const tofu: Check = {
  id: 'tofu',
  severity: 'error',
  rule: 'G4 no character without a glyph',
  printed: true,
  run: ({ manuscripts, coverage }) => {
    const faces = [...coverage.values()];
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    for (const m of manuscripts) {
      const lines = String(m.file.value).split('\n');
      const unprinted = editorialLines(lines);
      lines.forEach((text, i) => {
        if (unprinted.has(i)) return;
        for (const ch of text) {
          const code = ch.codePointAt(0)!;
          if (code < 0x20 || /\s/.test(ch) || seen.has(ch) || faces.some((face) => face.has(code))) continue;
          seen.add(ch);
          out.push({ message: phrase('proof.tofu', { code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, char: ch }), excerpt: text.slice(0, 20), file: m.file.path, line: i + 1 });
        }
      });
    }
    return out;
  },
};

/** The lines of the front matter's `editorial:` list: the record of the cleaning, never printed (and
 *  kept as written in a variant, whose faces may lack its Simplified characters). */
function editorialLines(lines: string[]): Set<number> {
  const skipped = new Set<number>();
  if (lines[0]?.trim() !== '---') return skipped;
  let inside = false;
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    const line = lines[i]!;
    if (/^\S/.test(line)) inside = /^editorial\s*:/.test(line);
    if (inside) skipped.add(i);
  }
  return skipped;
}
