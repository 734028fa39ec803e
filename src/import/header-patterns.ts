// How the parts of a Chinese newspaper or journal article are written, as text: a subtitle (——…), a
// byline (■ 高文, 作者：…, 文／…, 本报记者 …), the source note that closes it ((来源：…；作者系…),
// (作者单位：…)), and the numbering of its sections (一、 （一） 1. （1）, the order of GB/T 9704 and of
// most papers). Pure recognisers of one line each; which line may be which is split-articles.ts's call.
import { width } from './units.js';

/** A subtitle: a short line that opens with a dash (——…), kept as it is written. */
export function subtitleOf(text: string): string | undefined {
  return /^(——|—|--|－－)\s*\S/u.test(text) && width(text) <= 60 && !/[。！？]$/u.test(text) ? text : undefined;
}

/** The newspaper's byline marks (■ 高文). */
const MARK = /^[■□◆◇●○◎▲△★☆▪◼◻◾▶►]\s*(\S.*)$/u;
/** A label before the name that is not printed with it (作者：高文 is printed 高文). */
const LABEL = /^(作者|撰文|文)\s*[：:／/｜|]\s*(\S.*)$/u;
/** A role printed with the name (本报记者 高文). */
const ROLE = /^(本报记者|本报评论员|本报通讯员|新华社记者|人民日报记者|特约记者|记者|通讯员)(\s+|\s*[：:]\s*)\S/u;

/** A byline: the author's name (or names) as printed, and the label dropped before it (`作者`), if any. */
export function bylineOf(text: string): { author: string; removed: string } | undefined {
  if (width(text) > 30 || /[，。！？；]/u.test(text)) return undefined;
  const mark = MARK.exec(text);
  if (mark) return { author: mark[1]!.trim(), removed: '' };
  const label = LABEL.exec(text);
  if (label) return { author: label[2]!.trim(), removed: label[1]! };
  if (ROLE.test(text)) return { author: text, removed: '' };
  return undefined;
}

/** What a source note holds: itself as printed (without its brackets), where the article was first
 *  published, and the author's position or affiliation. */
export interface SourceNote {
  note: string;
  source?: string;
  affiliation?: string;
}

const NOTE_LABELS = /(来源|作者系|作者为|作者是|作者单位|原载|原文刊于|刊于|选自|摘自|转自)/u;

/** The source note that closes an article: `(来源：《人民日报》；作者系…)`, `（作者单位：…）`, or an
 *  unbracketed `来源：…` line. */
export function sourceNoteOf(text: string): SourceNote | undefined {
  const bracketed = /^[（(](.*)[)）]$/u.exec(text);
  const inner = (bracketed ? bracketed[1]! : text).trim();
  if (!bracketed && !/^(来源|稿件来源|文章来源|本文来源|作者单位)\s*[：:]/u.test(inner)) return undefined;
  if (!NOTE_LABELS.test(inner) || width(inner) > 120 || inner === '') return undefined;
  const note: SourceNote = { note: inner };
  for (const raw of inner.split(/[；;]/u)) {
    const part = raw.trim().replace(/[。.]$/u, '');
    const source = /^(?:稿件来源|文章来源|本文来源|来源)\s*[：:]\s*(\S.*)$/u.exec(part) ?? /^(?:原载|原文刊于|刊于|选自|摘自|转自|来源于)\s*[：:]?\s*(\S.*)$/u.exec(part);
    const affiliation = /^作者(?:系|为|是)\s*(\S.*)$/u.exec(part) ?? /^作者单位\s*(?:[：:]|为)?\s*(\S.*)$/u.exec(part);
    if (source && !note.source) note.source = source[1]!;
    else if (affiliation && !note.affiliation) note.affiliation = affiliation[1]!;
  }
  return note;
}

/** How a section heading is numbered, from the outermost: 第一部分 > 一、 > （一） > 1. > （1）. */
export type Numbering = 'part' | 'han' | 'paren-han' | 'arabic' | 'paren-arabic';

export const NUMBERINGS: readonly Numbering[] = ['part', 'han', 'paren-han', 'arabic', 'paren-arabic'];

const NUMERAL = '[一二三四五六七八九十]{1,3}';

/** The numbering a heading opens with, if any. */
export function numberingOf(text: string): Numbering | undefined {
  if (new RegExp(`^第${NUMERAL}(部分|章|节|篇)([\\s　、：:]|$)`, 'u').test(text)) return 'part';
  if (new RegExp(`^${NUMERAL}、`, 'u').test(text)) return 'han';
  if (new RegExp(`^[（(]${NUMERAL}[)）]`, 'u').test(text)) return 'paren-han';
  if (/^\d{1,2}[.、．](?!\d)/u.test(text)) return 'arabic';
  if (/^[（(]\d{1,2}[)）]/u.test(text)) return 'paren-arabic';
  return undefined;
}

/** A line that is a numbered heading by its look: numbered, short, not a sentence. */
export function isNumberedHeadingLine(text: string): boolean {
  return numberingOf(text) !== undefined && width(text) <= 40 && !/[。！？；：]$/u.test(text) && !/[。！？]/u.test(text);
}
