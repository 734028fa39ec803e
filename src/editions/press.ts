// The press PDF for the printer: the print edition's sheets as PDF/X-4 in the printing condition's CMYK,
// black text in K only (src/press/press-edition.ts). Its images' colours are told at their lines first.
import { BookletError } from '../diagnostics.js';
import { registerEdition } from './registry.js';

const load = () => import('../press/press.js');

export const press = registerEdition({
  name: 'press',
  file: 'booklet-press.pdf',
  needs: { pagination: true, editions: ['print'] },
  prepare: load,
  async write({ booklet, html, images, meta, edition, stage, report, signal }) {
    const { makePressEdition, readPressProfile, imageColourMessages } = await load();
    const profile = await readPressProfile(booklet.press.profile, booklet.configFile);
    if ('fatal' in profile) throw new BookletError([profile]);
    (await imageColourMessages(images, html.images)).forEach(report);
    const print = (await edition('print')) as Uint8Array;
    // Its producer names the tool that converted the colours too.
    const pressMeta = { ...meta, producer: `${meta.producer.replace(/\)$/, '')}, Ghostscript)` };
    return stage('stage.press', () => makePressEdition(print, { profile, meta: pressMeta, signal }));
  },
});
