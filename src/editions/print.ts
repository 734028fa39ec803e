// The printed PDF: the screen PDF's pages on sheets with bleed and crop marks (print-edition.ts).
import { registerEdition } from './registry.js';

const load = () => import('../paginate/print-edition.js');

export const print = registerEdition({
  name: 'print',
  file: 'booklet-print.pdf',
  needs: { pagination: true, editions: ['screen'] },
  prepare: load,
  async write({ booklet, meta, edition, stage }) {
    const { makePrintEdition } = await load();
    const screen = (await edition('screen')) as Uint8Array;
    return stage('stage.print', () => makePrintEdition(screen, { width: booklet.page.width, height: booklet.page.height }, meta));
  },
});
