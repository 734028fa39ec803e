// Fallback faces, as xeCJK's \setCJKfallbackfamilyfont: the built-in Traditional faces (Google Fonts' Noto
// TC and HK, ~20,750 characters) lack characters of classical text that the SC faces (~30,900) have, 爲 and
// 嬀 among them. Chromium sets a character its face lacks in the next family of the role's list
// (per-character font fallback), so the SC face of the same design and weight follows the primary one
// there, cut to the document's characters the primary lacks. Only when the document has one: a book the
// TC faces cover builds as it did. Never punctuation, which compression needs in one face (cjk-print-rules
// §1.3): it stays in the primary face.
import type { CodePoints } from './font-coverage.js';
import { cssString } from './css-string.js';
import type { BookFaces, FontFace } from './fonts.js';

/** The CJK punctuation the typesetting rules act on (kept in every subset: subset-fonts.ts). */
export const CJK_PUNCTUATION = '、。，．：；？！“”‘’（）《》〈〉「」『』【】〔〕〖〗…—–～·％';

/** A face's character map, as the command reads it (font-coverage.ts, openCoverage). */
export type FaceCoverage = (face: FontFace) => Promise<CodePoints>;

/** Whether a character may be set in a fallback face: not ASCII, punctuation, a space or a control. */
export function mayFallBack(char: string): boolean {
  return char.codePointAt(0)! >= 0x80 && !/[\p{P}\p{Z}\p{C}]/u.test(char) && !CJK_PUNCTUATION.includes(char);
}

/** The characters of `text` that `primary` lacks and `fallback` has, once each, in code point order;
 *  never punctuation. */
export function fallbackChars(text: string, primary: CodePoints, fallback: CodePoints): string {
  const chars = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (!chars.has(char) && !primary.has(code) && fallback.has(code) && mayFallBack(char)) chars.add(char);
  }
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/** What a face and its fallback cover together: the fallback's characters but its punctuation. */
export function withFallback(primary: CodePoints, fallback: CodePoints | undefined): CodePoints {
  if (!fallback) return primary;
  return { has: (code) => primary.has(code) || (fallback.has(code) && mayFallBack(String.fromCodePoint(code))) };
}

/** The fallback of `face` among the book's, if it has one. */
export function fallbackOf(faces: BookFaces, face: FontFace): FontFace | undefined {
  return faces.fallbacks.find((f) => f.primary.family === face.family && f.primary.weight === face.weight)?.face;
}

/** `faces` with the fallbacks that `text` (the characters the document draws) needs, each cut to the
 *  characters its primary lacks; `faces` itself when it needs none. A fallback's map is read only when
 *  its primary lacks a character. */
export async function settleFallbacks(faces: BookFaces, text: string, coverage: FaceCoverage): Promise<BookFaces> {
  const distinct = [...new Set(text)].join('');
  const used: FontFace[] = [];
  for (const { face, primary } of faces.fallbacks) {
    const map = await coverage(primary);
    const lacking = fallbackChars(distinct, map, EVERY);
    const chars = lacking && fallbackChars(lacking, map, await coverage(face));
    if (chars) used.push({ ...face, chars });
  }
  return used.length > 0 ? withFallbacks(faces, used) : faces;
}

const EVERY: CodePoints = { has: () => true };

/** `faces` loading `used` (fallbacks, their `chars` set), each family after its primary's in the roles'
 *  lists: `"Noto Serif TC", "Noto Serif SC", serif`. */
export function withFallbacks(faces: BookFaces, used: FontFace[]): BookFaces {
  const added = used.filter((face, i) => used.findIndex((f) => f.family === face.family && f.weight === face.weight) === i);
  const pairs = new Map(faces.fallbacks.filter((f) => added.some((a) => a.family === f.face.family && a.weight === f.face.weight)).map((f) => [f.primary.family, f.face.family]));
  const list = (families: string) =>
    [...pairs].reduce((out, [primary, fallback]) => out.replace(`${cssString(primary)}, `, `${cssString(primary)}, ${cssString(fallback)}, `), families);
  return { ...faces, faces: [...faces.faces, ...added], body: list(faces.body), heading: list(faces.heading) };
}
