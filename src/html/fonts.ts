// The booklet's fonts: full TrueType (glyf) Noto SC faces from npm, one file per weight. Chromium embeds
// TrueType outlines as CID TrueType; CFF CJK fonts become Type 3, unusable for print (cjk-print-rules §1.1).
// One whole face per weight, never unicode-range subsets: punctuation compression needs 、。，．：；“‘”’
// in one face (cjk-print-rules §1.3).
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cssString } from './css-string.js';

export interface FontFace {
  family: 'Noto Serif SC' | 'Noto Sans SC';
  weight: 400 | 500 | 700;
  /** The npm package that ships the file. */
  package: string;
  /** The file inside the package. */
  file: string;
  /** Our file name in the output folder. */
  name: string;
  /** The PostScript name Chromium reports for it (used by font checks). */
  postScriptName: string;
}

/** Every face the booklet loads: serif body (400, bold 700), sans headings (500) and emphasis (700). */
export const FONT_FACES: readonly FontFace[] = [
  face('Noto Serif SC', 400, '@expo-google-fonts/noto-serif-sc', '400Regular/NotoSerifSC_400Regular.ttf', 'NotoSerifSC-Regular'),
  face('Noto Serif SC', 700, '@expo-google-fonts/noto-serif-sc', '700Bold/NotoSerifSC_700Bold.ttf', 'NotoSerifSC-Bold'),
  face('Noto Sans SC', 500, '@expo-google-fonts/noto-sans-sc', '500Medium/NotoSansSC_500Medium.ttf', 'NotoSansSC-Medium'),
  face('Noto Sans SC', 700, '@expo-google-fonts/noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf', 'NotoSansSC-Bold'),
];

function face(family: FontFace['family'], weight: FontFace['weight'], pkg: string, file: string, psName: string): FontFace {
  return { family, weight, package: pkg, file, name: `${psName}.ttf`, postScriptName: psName };
}

/** The absolute path of a face's file in node_modules. */
export function fontPath(font: FontFace): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`${font.package}/package.json`)), font.file);
}

/** `@font-face` rules loading each face from `baseUrl` (relative to the HTML document), and the two
 *  families the stylesheets set text in: `var(--body-face)` and `var(--heading-face)`. */
export function fontFaceCss(baseUrl: string): string {
  const rules = FONT_FACES.map(
    (font) =>
      `@font-face { font-family: ${cssString(font.family)}; font-style: normal; font-weight: ${font.weight}; ` +
      `font-display: block; src: url(${cssString(`${baseUrl}${font.name}`)}) format("truetype"); }`,
  );
  return [...rules, `:root { --body-face: "Noto Serif SC", serif; --heading-face: "Noto Sans SC", sans-serif; }`].join('\n');
}

/** What identifies the faces' files (name, size, time): part of the page cache's keys. */
export async function faceIdentity(): Promise<string> {
  const files = await Promise.all(FONT_FACES.map(async (font) => ({ font, info: await stat(fontPath(font)) })));
  return files.map(({ font, info }) => `${font.name}:${info.size}:${Math.round(info.mtimeMs)}`).join('\0');
}
