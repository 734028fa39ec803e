// The booklet's date as Chinese editors write it (2026-12-01, 2026/12/1, 2026年12月1日, or a month alone:
// 2026年12月, 2026-12), read once into year, month and day; every edition then writes it in its own form.
import type { MessageKey } from '../ui/catalogue.js';

/** A calendar date, or a month when `day` is absent (a booklet is often dated by its month only). */
export interface BookDate {
  year: number;
  month: number;
  day?: number;
}

/** The forms `date` takes, as a message lists them (the catalogue puts `or` before the last). */
export const DATE_FORMS = '2026-12-01, 2026-12-1, 2026/12/01, 2026年12月1日, 2026年12月, 2026-12';

/** Why a text is no date: a message of the catalogue about `date` (config.date-form names DATE_FORMS). */
export type DateProblem = Extract<MessageKey, 'config.date-form' | 'config.date-range' | 'config.date-month' | 'config.date-day'>;

const NUMERIC = /^(\d{4})([-/])(\d{1,2})(?:\2(\d{1,2}))?$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/;

/** Read a date as written; why not, when it is not one. */
export function parseBookDate(text: string): BookDate | { error: DateProblem } {
  const trimmed = text.trim();
  const numeric = NUMERIC.exec(trimmed);
  const chinese = CHINESE.exec(trimmed);
  const [y, m, d] = numeric ? [numeric[1], numeric[3], numeric[4]] : chinese ? chinese.slice(1) : [];
  if (y === undefined || m === undefined) return { error: 'config.date-form' };
  const [year, month, day] = [Number(y), Number(m), d === undefined ? undefined : Number(d)];
  // Year 0 is 1 BC, which PDF and EPUB dates (and the colophon's 年) cannot say; four digits end at 9999.
  if (year < 1) return { error: 'config.date-range' };
  if (month < 1 || month > 12) return { error: 'config.date-month' };
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) return { error: 'config.date-day' };
  return day === undefined ? { year, month } : { year, month, day };
}

/** A YAML timestamp (a `%YAML 1.1` file, or `!!timestamp`) as the date it names, in UTC. */
export function timestampText(value: Date): string {
  if (Number.isNaN(value.getTime())) return String(value);
  return `${String(value.getUTCFullYear()).padStart(4, '0')}-${value.getUTCMonth() + 1}-${value.getUTCDate()}`;
}

function daysInMonth(year: number, month: number): number {
  const base = new Date(0);
  base.setUTCFullYear(year, month, 0);
  return base.getUTCDate();
}

/** W3CDTF (EPUB dc:date, HTML dcterms.date): `2026-12-01`, or `2026-12` for a month. */
export function isoDate(date: BookDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = `${String(date.year).padStart(4, '0')}-${pad(date.month)}`;
  return date.day === undefined ? month : `${month}-${pad(date.day)}`;
}

/** The first moment of the date (a month's first day), for formats that must have a day (PDF dates). */
export function firstMoment(date: BookDate): Date {
  const moment = new Date(0);
  moment.setUTCFullYear(date.year, date.month - 1, date.day ?? 1);
  return moment;
}

/** `2026年12月`. */
export function chineseMonth(date: BookDate): string {
  return `${date.year}年${date.month}月`;
}

/** `2026年12月1日`, or `2026年12月` for a month. */
export function chineseDate(date: BookDate): string {
  return date.day === undefined ? chineseMonth(date) : `${chineseMonth(date)}${date.day}日`;
}
