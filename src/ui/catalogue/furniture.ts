// The book's furniture in booklet.yaml (issue 22 §4): the type area the margins and the page size leave.
import type { Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;
type Area = { chars: number; lines: number; minChars: number; minLines: number; page: string; size: number };

export const FURNITURE = {
  'furniture.margins-too-wide': {
    en: (v) => `These margins leave a type area of ${v.chars} characters × ${v.lines} lines on ${v.page}: at least ${v.minChars} × ${v.minLines} is needed`,
    zh: (v) => `这些页边距在 ${v.page} 上只留下 ${v.chars} 字 × ${v.lines} 行的版心：至少需要 ${v.minChars} 字 × ${v.minLines} 行`,
  } as E<Area>,
  'furniture.margins-too-wide.hint': {
    en: (v) => `Make the margins narrower, take a larger page.size, or a smaller page.bodySize (now ${v.size} pt).`,
    zh: (v) => `请减小页边距，或选用更大的 page.size，或减小 page.bodySize（现为 ${v.size} pt）。`,
  } as E<Area>,
  'furniture.page-too-small': {
    en: (v) => `A ${v.page} page at ${v.size} pt leaves a type area of ${v.chars} characters × ${v.lines} lines: at least ${v.minChars} × ${v.minLines} is needed`,
    zh: (v) => `${v.page} 的页面用 ${v.size} pt 正文只留下 ${v.chars} 字 × ${v.lines} 行的版心：至少需要 ${v.minChars} 字 × ${v.minLines} 行`,
  } as E<Area>,
  'furniture.page-too-small.hint': {
    en: () => 'Take a smaller page.bodySize (10.5 pt is the usual body size, 9 pt the small one) or a larger page.size.',
    zh: () => '请减小 page.bodySize（10.5 pt 为五号，9 pt 为小五），或选用更大的 page.size。',
  } as E<Area>,
} as const;
