// The HTML edition: booklet.html, the typeset book as the other editions are made from it (Chromium lays
// it out from this file). Always made.
import { registerEdition } from './registry.js';

export const html = registerEdition({
  name: 'html',
  file: 'booklet.html',
  needs: {},
  write: async (context) => context.linked,
});
