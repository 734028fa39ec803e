// The numbers footnotes count with in every edition: ① … ⑳ (U+2460–2473), ㉑ … ㉟ (U+3251–325F),
// ㊱ … ㊿ (U+32B1–32BF), then plain digits: Unicode has no circled number past 50. The print editions'
// copy runs inside Chromium, serialised with no imports (src/paginate/in-page/handlers.ts), so it cannot
// use this module; test/html/circled.test.ts holds the two to the same numbers.

/** The largest number with a circled form. */
export const LAST_CIRCLED = 50;

/** `n` as a circled number (① for 1), or in digits past ㊿. */
export function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= LAST_CIRCLED) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

/** Every circled number, ① … ㊿: characters no text of the document spells out, which the font subsets
 *  must keep (subset-fonts.ts). */
export const CIRCLED_NUMBERS = Array.from({ length: LAST_CIRCLED }, (_, i) => circled(i + 1)).join('');
