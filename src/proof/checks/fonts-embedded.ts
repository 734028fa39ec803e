// Every font embedded and none of Type 3 (cjk-print-rules G3): Chromium turns CFF CJK fonts into nameless
// Type 3 fonts, which printers refuse.
import type { Check } from './check.js';
import { phrase } from '../../ui/catalogue.js';

export const fontsEmbedded: Check = {
  id: 'fonts-embedded',
  severity: 'error',
  rule: 'G3 fonts embedded, no Type 3',
  printed: true,
  run: ({ pdfFonts }) =>
    pdfFonts
      .filter((f) => !f.embedded || f.type.startsWith('Type 3'))
      .map((f) => ({ message: phrase(f.embedded ? 'proof.fonts-embedded.type3' : 'proof.fonts-embedded.missing', { font: f.name }), excerpt: `${f.name} ${f.type}` })),
};
