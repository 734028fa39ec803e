// The booklet's faces: full TrueType (glyf) faces, one file per weight, for two roles — the body text
// and the headings. By default Noto Serif and Noto Sans from npm, in the script and region of the book's
// language (SC for Simplified; TC for Taiwan, whose standard centres 。，、；：！？ in the box; HK for Hong
// Kong's character forms); booklet.yaml may name other TrueType files (config/faces.ts). Chromium embeds
// TrueType outlines as CID TrueType; CFF CJK fonts become Type 3, unusable for print (cjk-print-rules §1.1).
// One whole face per weight, never unicode-range subsets: punctuation compression needs 、。，．：；“‘”’
// in one face (cjk-print-rules §1.3). The built-in Traditional faces (~20,750 characters) fall back to the
// SC face of their design and weight (~30,900) for the characters they lack, as xeCJK's
// \setCJKfallbackfamilyfont does: 爲 and 嬀 of classical text (fallback-faces.ts).
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cssString } from './css-string.js';
import { bookLanguage } from '../config/language.js';

export type FaceWeight = 400 | 500 | 700;
export type FaceRole = 'body' | 'heading';
/** The built-in designs a role can take. */
export type FaceDesign = 'serif' | 'sans';
/** The built-in faces' script and region: Simplified, Traditional (Taiwan), Traditional (Hong Kong). */
export type FaceScript = 'SC' | 'TC' | 'HK';

export interface FontFace {
  /** The CSS family the @font-face rule declares. */
  family: string;
  /** The face's family as its file names it, for people (the colophon). */
  label: string;
  weight: FaceWeight;
  /** The absolute path of the file. */
  path: string;
  /** Our file name in the output folder. */
  name: string;
  /** The PostScript name Chromium reports for it (used by font checks and the PDF's font merging). */
  postScriptName: string;
  /** Where it comes from, for the colophon: the npm package, or the file as booklet.yaml names it. */
  source: string;
  /** A built-in face's design and script (the user's faces have none). */
  design?: FaceDesign;
  script?: FaceScript;
  /** A fallback face in use: the only characters it is cut to, the document's that its primary face lacks
   *  (fallback-faces.ts). Absent: the face is cut to all the document's characters. */
  chars?: string;
}

/** A face Chromium sets the characters in that `primary` lacks (per-character font fallback). */
export interface FallbackFace {
  face: FontFace;
  primary: FontFace;
}

/** The faces of one booklet. */
export interface BookFaces {
  /** One face per family and weight; two may share a file (a role's bold used by the other). */
  faces: FontFace[];
  /** The CSS font-family lists of the roles: `var(--body-face)` and `var(--heading-face)` in styles/. */
  body: string;
  heading: string;
  /** The face the body text is set in: what it and its fallback lack prints as tofu (the lint's
   *  font-coverage). */
  text: FontFace;
  /** The faces the roles' faces may fall back to, one per face that has one: for the built-in Traditional
   *  faces, the SC face of the same design and weight; none for SC and the user's faces. In `faces` and
   *  the family lists only once the document needs them (withFallbacks, fallback-faces.ts). */
  fallbacks: FallbackFace[];
}

/** The weights a role uses: body text and its bold; headings (medium) and their bold. */
export const ROLE_WEIGHTS: Record<FaceRole, { regular: FaceWeight; bold: FaceWeight }> = {
  body: { regular: 400, bold: 700 },
  heading: { regular: 500, bold: 700 },
};

const WEIGHT_NAMES: Record<FaceWeight, string> = { 400: 'Regular', 500: 'Medium', 700: 'Bold' };

/** A built-in Noto face: `@expo-google-fonts/noto-serif-tc`'s `500Medium/NotoSerifTC_500Medium.ttf`. */
export function notoFace(design: FaceDesign, script: FaceScript, weight: FaceWeight): FontFace {
  const Design = design === 'serif' ? 'Serif' : 'Sans';
  const pkg = `@expo-google-fonts/noto-${design}-${script.toLowerCase()}`;
  const weightName = WEIGHT_NAMES[weight];
  const postScriptName = `Noto${Design}${script}-${weightName}`;
  const file = `${weight}${weightName}/Noto${Design}${script}_${weight}${weightName}.ttf`;
  const require = createRequire(import.meta.url);
  return { family: `Noto ${Design} ${script}`, label: `Noto ${Design} ${script}`, weight, path: join(dirname(require.resolve(`${pkg}/package.json`)), file), name: `${postScriptName}.ttf`, postScriptName, source: pkg, design, script };
}

/** The built-in faces' script for a language tag: HK for Hong Kong (zh-Hant-HK, zh-HK), TC for the other
 *  Traditional tags (zh-Hant, zh-Hant-TW, zh-TW), SC for Simplified. */
export function faceScript(language: string): FaceScript {
  const { script, region } = bookLanguage(language);
  if (script === 'Hans') return 'SC';
  return region === 'HK' ? 'HK' : 'TC';
}

/** The two built-in designs' fallbacks, after the family. */
const GENERIC: Record<FaceDesign, string> = { serif: 'serif', sans: 'sans-serif' };

/** One role's faces: a built-in design, or given faces (config/faces.ts) with their generic fallback. */
export interface RoleFaces {
  regular: FontFace;
  /** Absent: Chromium makes the bold from the regular face. */
  bold?: FontFace | undefined;
  generic: string;
}

/** A role set in a built-in design, in the script of `language`. */
export function builtInRole(role: FaceRole, design: FaceDesign, language: string): RoleFaces {
  const script = faceScript(language);
  const weights = ROLE_WEIGHTS[role];
  return { regular: notoFace(design, script, weights.regular), bold: notoFace(design, script, weights.bold), generic: GENERIC[design] };
}

/** The fallback of a built-in Traditional face: the SC face of its design and weight, which has ~11,900
 *  characters the TC and HK faces of Google Fonts lack (爲, 嬀: 7 of those of 古文觀止 vols. 1–4); none
 *  for an SC face or the user's. */
export function fallbackFace(face: FontFace): FontFace | undefined {
  return face.design && face.script !== 'SC' ? notoFace(face.design, 'SC', face.weight) : undefined;
}

/** The book's faces from its two roles. */
export function bookFaces(body: RoleFaces, heading: RoleFaces): BookFaces {
  const faces: FontFace[] = [];
  for (const face of [body.regular, body.bold, heading.regular, heading.bold]) {
    if (face && !faces.some((f) => f.family === face.family && f.weight === face.weight)) faces.push(face);
  }
  const list = (role: RoleFaces) => `${cssString(role.regular.family)}, ${role.generic}`;
  return { faces, body: list(body), heading: list(heading), text: body.regular, fallbacks: fallbacksOf(faces) };
}

function fallbacksOf(faces: FontFace[]): FallbackFace[] {
  return faces.flatMap((primary) => {
    const face = fallbackFace(primary);
    return face ? [{ face, primary }] : [];
  });
}

/** The same faces for a book in another language (a variant, `--variant zh-Hant`): the built-in ones in
 *  that language's script (with their fallbacks), the user's as they are. */
export function facesInLanguage(faces: BookFaces, language: string): BookFaces {
  const script = faceScript(language);
  const swap = (face: FontFace): FontFace => (face.design ? { ...notoFace(face.design, script, face.weight), family: face.family.replace(/ (SC|TC|HK)$/, ` ${script}`) } : face);
  const moved = faces.faces.map(swap);
  const rename = (list: string) => list.replace(/"Noto (Serif|Sans) (SC|TC|HK)"/g, `"Noto $1 ${script}"`);
  return { faces: moved, body: rename(faces.body), heading: rename(faces.heading), text: swap(faces.text), fallbacks: fallbacksOf(moved) };
}

/** The default faces: Noto Serif for the body, Noto Sans for headings, in the script of `language`. */
export function defaultFaces(language = 'zh-Hans'): BookFaces {
  return bookFaces(builtInRole('body', 'serif', language), builtInRole('heading', 'sans', language));
}

/** The default faces of a Simplified booklet, in cascade order of their @font-face rules. */
export const FONT_FACES: readonly FontFace[] = defaultFaces().faces;

/** The faces' files, once each (two faces may share one). */
export function faceFiles(faces: BookFaces): FontFace[] {
  return faces.faces.filter((face, i) => faces.faces.findIndex((f) => f.name === face.name) === i);
}

/** `@font-face` rules loading each face from `baseUrl` (relative to the HTML document), and the two
 *  families the stylesheets set text in: `var(--body-face)` and `var(--heading-face)`. */
export function fontFaceCss(baseUrl: string, faces: BookFaces): string {
  const rules = faces.faces.map(
    (font) =>
      `@font-face { font-family: ${cssString(font.family)}; font-style: normal; font-weight: ${font.weight}; ` +
      `font-display: block; src: url(${cssString(`${baseUrl}${font.name}`)}) format("truetype"); }`,
  );
  return [...rules, `:root { --body-face: ${faces.body}; --heading-face: ${faces.heading}; }`].join('\n');
}

/** What identifies the faces' files (name, size, time): part of the page cache's keys. */
export async function faceIdentity(faces: BookFaces): Promise<string> {
  const files = await Promise.all(faceFiles(faces).map(async (font) => ({ font, info: await stat(font.path) })));
  return files.map(({ font, info }) => `${font.name}:${info.size}:${Math.round(info.mtimeMs)}`).join('\0');
}
