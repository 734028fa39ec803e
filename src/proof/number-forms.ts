// How a generated number may be printed: list items, footnote calls and footnote numbers are counters the
// stylesheets format (1. ① ⑴ 一、 a) …), not text of the document. The expected text marks where one is
// read; these patterns say what may stand there in the PDF.

/** Marks in an expected text: Unicode noncharacters, for a program's own use, never a text's. */
const ANY = '\uFDD0';
const OPEN = '\uFDD1';
const CLOSE = '\uFDD2';

/** Where a footnote call or a note's number is read (any number: they may restart per page). */
export const ANY_NUMBER = ANY;

/** Where a list item's number `n` is read. */
export const listNumber = (n: number) => `${OPEN}${n}${CLOSE}`;

/** The marks out of a text (to show it, or to look for it in the manuscript). */
export const withoutNumbers = (text: string) => text.replace(new RegExp(`${OPEN}\\d+${CLOSE}|${ANY}`, 'g'), '');

const CHINESE = '〇一二三四五六七八九';
const chinese = (n: number) => (n < 10 ? CHINESE[n]! : `${n >= 20 ? CHINESE[Math.floor(n / 10)] : ''}十${n % 10 ? CHINESE[n % 10] : ''}`);
const cjkDecimal = (n: number) => [...String(n)].map((d) => CHINESE[Number(d)]).join('');
const roman = (n: number) =>
  [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']].reduce(
    (acc, [value, letters]) => {
      while (acc.n >= (value as number)) acc = { n: acc.n - (value as number), s: acc.s + (letters as string) };
      return acc;
    },
    { n, s: '' },
  ).s;
const fullwidth = (s: string) => s.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The forms of `n` a list style prints. */
function forms(n: number): string[] {
  const out = [String(n), fullwidth(String(n))];
  if (n >= 1 && n <= 20) out.push(String.fromCodePoint(0x2460 + n - 1), String.fromCodePoint(0x2474 + n - 1), String.fromCodePoint(0x2488 + n - 1));
  if (n >= 21 && n <= 35) out.push(String.fromCodePoint(0x3251 + n - 21));
  if (n >= 36 && n <= 50) out.push(String.fromCodePoint(0x32b1 + n - 36));
  if (n >= 1 && n <= 10) out.push(String.fromCodePoint(0x2776 + n - 1), String.fromCodePoint(0x2780 + n - 1));
  if (n >= 0 && n < 100) out.push(chinese(n), cjkDecimal(n));
  if (n >= 1 && n <= 26) out.push(String.fromCharCode(96 + n), String.fromCharCode(64 + n));
  if (n >= 1 && n < 40) out.push(roman(n), roman(n).toUpperCase());
  // Longest first: "12" before "1".
  return [...new Set(out)].sort((a, b) => b.length - a.length);
}

/** Any number a footnote style prints: digits, circled, parenthesized, or a symbol (* † ‡ §). */
const ANY_FORM = '(?:[0-9０-９]{1,3}|[\u2460-\u249b\u3251-\u325f\u32b1-\u32bf\u2776-\u2793*†‡§])';
/** Brackets and punctuation a counter style sets around the number. */
const before = '[(（〔\\[]?';
const after = '[.．、:：)）〕\\]]?';

/** The text as a pattern: literal, but each number mark matching what may be printed for it. */
export function textPattern(text: string): string {
  return text
    .split(new RegExp(`(${OPEN}\\d+${CLOSE}|${ANY})`))
    .map((part, i) => {
      if (i % 2 === 0) return escape(part);
      if (part === ANY) return `${before}${ANY_FORM}${after}`;
      return `${before}(?:${forms(Number(part.slice(1, -1))).map(escape).join('|')})${after}`;
    })
    .join('');
}
