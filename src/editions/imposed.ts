// The imposed PDF, for saddle stitching (骑马订): the screen PDF's pages two to a side on sheets, in the
// order that folds and staples into the booklet (src/impose/).
import { registerEdition } from './registry.js';

const load = () => import('../impose/impose-booklet.js');

export const imposed = registerEdition({
  name: 'imposed',
  file: 'booklet-imposed.pdf',
  needs: { pagination: true, editions: ['screen'] },
  prepare: load,
  async write({ booklet, meta, pagination, edition, stage, report }) {
    const { imposeBooklet } = await load();
    const screen = (await edition('screen')) as Uint8Array;
    return stage('stage.imposed', () => imposeBooklet(screen, booklet, pagination?.facts, meta, report));
  },
});
