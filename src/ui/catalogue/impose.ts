// The imposed edition's words (src/impose/, src/editions/imposed.ts): booklet.yaml's `imposition:`, and
// what imposing did to the book (blank pages added, a booklet too thick to staple, marks with no room).
import { count, type Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;
type SheetValues = { sheet: string; trim: string; spread: string; near: string };
type Padding = { count: number; before: number; total: number; sheets: number; signatures: number };
type Room = { sheet: string; trim: string; beside: number; above: number; need: number };

/** `on 6 sheets` or `on 12 sheets in 3 signatures`. */
const sheetsEn = (v: Padding) => `${count(v.sheets, 'sheet')}${v.signatures > 1 ? ` in ${v.signatures} signatures` : ''}`;
const sheetsZh = (v: Padding) => `${v.sheets} 张纸${v.signatures > 1 ? `，分 ${v.signatures} 帖` : ''}`;

export const IMPOSE = {
  'stage.imposed': { en: () => 'Impose the pages on sheets', zh: () => '拼版' } as E<object>,
  'impose.sheet-small': {
    en: (v) => `The sheet, ${v.sheet}, cannot hold two ${v.trim} pages side by side (${v.spread} mm)`,
    zh: (v) => `纸张 ${v.sheet} 放不下并排的两个 ${v.trim} 页面（${v.spread} mm）`,
  } as E<SheetValues>,
  'impose.sheet-small.hint': {
    en: (v) => `Name a larger sheet (${v.near} holds them), give {width, height} of at least ${v.spread} mm, or leave sheet: out for the default.`,
    zh: (v) => `请换用更大的纸（${v.near} 放得下），或给出至少 ${v.spread} mm 的 {width, height}，或不写 sheet: 而用默认纸张。`,
  } as E<SheetValues>,
  'impose.padding': {
    en: (v) => `Imposed: ${count(v.count, 'blank page')} added before page ${v.before} to make ${v.total}, on ${sheetsEn(v)}`,
    zh: (v) => `拼版：在第 ${v.before} 页之前加了 ${v.count} 个空白页，凑成 ${v.total} 页，印 ${sheetsZh(v)}`,
  } as E<Padding>,
  'impose.padding-end': {
    en: (v) => `Imposed: ${count(v.count, 'blank page')} added after the last page to make ${v.total}, on ${sheetsEn(v)}`,
    zh: (v) => `拼版：在末页之后加了 ${v.count} 个空白页，凑成 ${v.total} 页，印 ${sheetsZh(v)}`,
  } as E<Padding>,
  'impose.padding.hint': {
    en: () => 'A saddle-stitched booklet has a multiple of 4 pages; the blanks go before the colophon, which stays the last page.',
    zh: () => '骑马订的页数须为 4 的倍数；空白页放在版权页之前，版权页仍在最后一页。',
  } as E<object>,
  'impose.too-thick': {
    en: (v) => `A ${v.total}-page booklet is ${v.sheets} sheets folded together: too thick to saddle-stitch well (64 pages, 16 sheets, at most)`,
    zh: (v) => `${v.total} 页的读本要 ${v.sheets} 张纸套在一起对折，骑马订太厚（至多 64 页、16 张纸）`,
  } as E<{ total: number; sheets: number }>,
  'impose.too-thick.hint': {
    en: () => 'Bind it in signatures: `imposition: {signatures: 16}` (or 32) imposes every 16 pages as a booklet of its own, to be folded, stacked in order and perfect-bound (glued or sewn at the spine).',
    zh: () => '请分帖装订：`imposition: {signatures: 16}`（或 32）把每 16 页拼成一帖，各帖分别对折，按顺序叠好后胶订或锁线订。',
  } as E<object>,
  'impose.no-room': {
    en: (v) => `marks: the ${v.sheet} sheet leaves no room around the ${v.trim} pages (${v.beside} mm beside them, ${v.above} mm above and below; marks need ${v.need} mm): none drawn`,
    zh: (v) => `marks：${v.sheet} 纸在 ${v.trim} 页面周围没有余地（左右各 ${v.beside} mm，上下各 ${v.above} mm；标记需要 ${v.need} mm），未画任何标记`,
  } as E<Room>,
  'impose.no-room.hint': {
    en: () => 'The pages fill the sheet: fold it edge to edge, and the fold falls between them. For crop marks, take a larger sheet (`imposition: {sheet: A3}`).',
    zh: () => '页面占满了纸：把纸边对齐对折，折线就在两页之间。若要裁切标记，请换用更大的纸（`imposition: {sheet: A3}`）。',
  } as E<Room>,
  'impose.no-room-above': {
    en: (v) => `marks: the ${v.sheet} sheet leaves ${v.above} mm above and below the ${v.trim} pages (marks need ${v.need} mm): the fold marks and the crop marks there are left out`,
    zh: (v) => `marks：${v.sheet} 纸在 ${v.trim} 页面上下只留 ${v.above} mm（标记需要 ${v.need} mm），折线标记和上下的裁切标记未画`,
  } as E<Room>,
  'impose.no-room-beside': {
    en: (v) => `marks: the ${v.sheet} sheet leaves ${v.beside} mm beside the ${v.trim} pages (marks need ${v.need} mm): the crop marks there are left out`,
    zh: (v) => `marks：${v.sheet} 纸在 ${v.trim} 页面左右只留 ${v.beside} mm（标记需要 ${v.need} mm），左右的裁切标记未画`,
  } as E<Room>,
  'impose.no-room-some.hint': {
    en: () => 'For every mark, take a larger sheet (`imposition: {sheet: A3}`).',
    zh: () => '若要画全标记，请换用更大的纸（`imposition: {sheet: A3}`）。',
  } as E<Room>,
  'impose.creep-gutter': {
    en: (v) => `creep: the innermost sheet's pages move ${v.shift} mm toward the fold, more than the ${v.inner} mm inner margin: text would run into the fold`,
    zh: (v) => `creep：最里面一张纸的页面向折线移动 ${v.shift} mm，超过了 ${v.inner} mm 的内边距，文字会进入折缝`,
  } as E<{ shift: number; inner: number }>,
  'impose.creep-gutter.hint': {
    en: () => 'Take a smaller creep (about the paper’s thickness: 0.1 mm for 80 g/m² paper), or bind in signatures (`signatures: 16`): fewer sheets are folded together.',
    zh: () => '请减小 creep（约为纸的厚度：80 g/m² 的纸约 0.1 mm），或分帖装订（`signatures: 16`），让每次套折的纸少一些。',
  } as E<object>,
} as const satisfies Record<string, Entry<never>>;
