// Every font embedded and none of Type 3 (cjk-print-rules G3): Chromium turns CFF CJK fonts into nameless
// Type 3 fonts, which printers refuse.
import type { Check } from './check.js';

export const fontsEmbedded: Check = {
  id: 'fonts-embedded',
  severity: 'error',
  rule: 'G3 fonts embedded, no Type 3',
  printed: true,
  run: ({ pdfFonts }) =>
    pdfFonts
      .filter((f) => !f.embedded || f.type.startsWith('Type 3'))
      .map((f) => ({ message: f.embedded ? `Type 3 font in the PDF (${f.name})` : `Font not embedded: ${f.name}`, excerpt: `${f.name} ${f.type}` })),
};
