// U+FEFF (zero-width no-break space) inside the text: left where files were joined from pieces that each
// began with a byte-order mark. Invisible, but it reaches the PDF's text (copy, search) and the EPUB.
// Reading a manuscript removes it too (read.ts); this rule finds it everywhere, inline code and front
// matter included, and --fix removes it from the file.
import type { Rule } from './rule.js';
import { phrase } from '../../ui/catalogue.js';

export const STRAY_BOM = '\uFEFF';

export const strayBom: Rule = {
  id: 'stray-bom',
  severity: 'warning',
  description: 'A zero-width no-break space (U+FEFF) inside the text',
  check(input) {
    const text = String(input.file.value);
    for (let at = text.indexOf(STRAY_BOM); at >= 0; at = text.indexOf(STRAY_BOM, at + 1)) {
      input.report(phrase('lint.stray-bom'), at, [{ start: at, end: at + 1, text: '' }]);
    }
  },
};
