// Only the booklet's own faces draw text (cjk-print-rules B1, C3, G4): a system font means a fallback
// (a character the faces lack, a Japanese face, an emoji font).
import type { Check } from './check.js';
import { phrase } from '../../ui/catalogue.js';

export const fontAllowlist: Check = {
  id: 'font-allowlist',
  severity: 'error',
  rule: 'G4 no fallback fonts',
  printed: true,
  run: ({ usedFonts, allowedFonts, pdfFonts }) => [
    ...usedFonts
      .filter((f) => !f.custom || !allowedFonts.includes(f.postScriptName))
      .map((f) => ({ message: phrase(f.custom ? 'proof.font-allowlist.web' : 'proof.font-allowlist.system', { family: f.familyName, font: f.postScriptName }), excerpt: `${f.glyphs} glyphs` })),
    // Chromium does not report the faces of what it generates (emphasis marks, markers) per node: the
    // PDF's font list does. A face already named above is not named twice; nameless Type 3 fonts are
    // fonts-embedded's finding.
    ...pdfFonts
      .map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))
      .filter((name, i, all) => all.indexOf(name) === i && name !== '[none]' && !allowedFonts.includes(name) && !usedFonts.some((u) => u.postScriptName === name))
      .map((name) => ({ message: phrase('proof.font-allowlist.embedded', { font: name }), excerpt: name })),
  ],
};
