// Only the booklet's own faces draw text (cjk-print-rules B1, C3, G4): a system font means a fallback
// (a character the faces lack, a Japanese face, an emoji font).
import type { Check } from './check.js';

export const fontAllowlist: Check = {
  id: 'font-allowlist',
  severity: 'error',
  rule: 'G4 no fallback fonts',
  printed: true,
  run: ({ usedFonts, allowedFonts }) =>
    usedFonts
      .filter((f) => !f.custom || !allowedFonts.includes(f.postScriptName))
      .map((f) => ({ message: `Text drawn with ${f.custom ? 'an unexpected web font' : 'a system font'}: ${f.familyName} (${f.postScriptName})`, excerpt: `${f.glyphs} glyphs` })),
};
