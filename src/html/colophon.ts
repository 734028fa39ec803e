// The colophon (版本记录, GB/T 12450-2001 as far as a booklet without a publisher can follow it): 书名,
// 编者, 开本 in the sheet-and-fraction form, 字数 counted here, 版次 and 印次 by month, an optional
// "内部学习资料" line for booklets without an ISBN, and the faces only when asked.
import { h } from 'hastscript';
import type { Element, ElementContent, Root } from 'hast';
import { bookTitle, type ResolvedBooklet, type ResolvedPage } from '../config/resolve.js';
import { chineseMonth } from '../config/book-date.js';
import { textOf } from './rehype-heading-ids.js';
import type { ArticleMeta } from '../manuscript/read.js';
import { bookScript } from '../config/language.js';
import { bookStrings } from './book-strings.js';

/** The sheet each standard trim is cut from, and how many pages of it make one sheet (开数). A5 is the A
 *  series' 1/32 of 880mm×1230mm (GB/T 788-1999, table 1); 大32开 (140×203) and 16开 (185×260) are cut from
 *  the 850mm×1168mm and 787mm×1092mm sheets still used for them (GB/T 788-1987's sizes), as are 32开
 *  (130×184) and 64开 (92×126), the same sheet folded once and twice more. */
const SHEETS: { width: number; height: number; sheet: string; fraction: number }[] = [
  { width: 148, height: 210, sheet: '880mm×1230mm', fraction: 32 },
  { width: 140, height: 203, sheet: '850mm×1168mm', fraction: 32 },
  { width: 185, height: 260, sheet: '787mm×1092mm', fraction: 16 },
  { width: 130, height: 184, sheet: '787mm×1092mm', fraction: 32 },
  { width: 92, height: 126, sheet: '787mm×1092mm', fraction: 64 },
];

/** `880mm×1230mm 1/32` for a standard trim, else the trim itself, `150mm×220mm`. */
export function formatSize(page: Pick<ResolvedPage, 'width' | 'height'>): string {
  const standard = SHEETS.find((s) => s.width === page.width && s.height === page.height);
  return standard ? `${standard.sheet} 1/${standard.fraction}` : `${page.width}mm×${page.height}mm`;
}

/** 字数 in thousands (千字), rounded up: every printed character of the articles but spaces. */
export function countCharacters(articles: { meta: ArticleMeta; body: Root }[]): number {
  const text = articles
    .map(({ meta, body }) => [meta.title, meta.subtitle ?? '', meta.author ?? '', ...body.children.map((c) => textOf(c as ElementContent))].join(''))
    .join('');
  return [...text.replace(/\s+/gu, '')].length;
}

/** The colophon section. */
export function colophon(booklet: ResolvedBooklet, articles: { meta: ArticleMeta; body: Root }[]): Element {
  const month = chineseMonth(booklet.date);
  const characters = countCharacters(articles);
  const s = bookStrings(bookScript(booklet.language));
  const rows: [string, string][] = [
    [s.fields.title, bookTitle(booklet)],
    [s.fields.compiler, booklet.compiler],
    [s.fields.size, formatSize(booklet.page)],
    [s.fields.characters, s.thousands(Math.max(1, Math.ceil(characters / 1000)))],
    [s.fields.edition, `${month}${booklet.edition}`],
    ...(booklet.impression === undefined ? [] : ([[s.fields.impression, `${month}${s.printing(booklet.impression)}`]] as [string, string][])),
    ...(booklet.colophon.fonts ? ([[s.fields.faces, `${[...new Set(booklet.faces.faces.map((f) => f.label))].join('、')}${booklet.faces.faces.every((f) => f.source.startsWith('@expo-google-fonts/')) ? '（SIL Open Font License）' : ''}`]] as [string, string][]) : []),
  ];
  return h('section.colophon#colophon', { ariaLabel: s.colophon }, [
    h('dl.colophon-list', rows.flatMap(([term, value]) => [h('dt', term), h('dd', value)])),
    booklet.internal ? h('p.colophon-internal', s.internal) : undefined,
  ].filter((x): x is Element => x !== undefined));
}
