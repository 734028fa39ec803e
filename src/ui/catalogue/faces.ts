// The words of booklet.yaml's `faces:` (config/faces.ts): a face file that is missing or cannot be used.
import type { Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

/** Why a font file cannot be cut and embedded, by what it is. */
const CONTAINER: Record<'en' | 'zh', Record<string, string>> = {
  en: { woff: 'a WOFF web font', woff2: 'a WOFF2 web font', collection: 'a font collection (.ttc)', outlines: 'a face without TrueType outlines (bitmap or SVG glyphs)' },
  zh: { woff: 'WOFF 网页字体', woff2: 'WOFF2 网页字体', collection: '字体集（.ttc）', outlines: '没有 TrueType 轮廓的字体（点阵或 SVG 字形）' },
};

export const FACES = {
  'config.ttf-file': {
    en: (v) => `${v.key ? `\`${v.key}\`` : 'A face'} must be serif, sans, or a font file (a TrueType .ttf)`,
    zh: (v) => `${v.key ? `\`${v.key}\` ` : '字体'}应为 serif、sans 或字体文件（TrueType .ttf）`,
  } as E<{ key: string }>,
  'faces.missing': {
    en: (v) => `Face file not found: ${v.name} (looked for ${v.path})`,
    zh: (v) => `找不到字体文件：${v.name}（查找位置：${v.path}）`,
  } as E<{ name: string; path: string }>,
  'faces.missing.hint': {
    en: () => 'Give the path relative to booklet.yaml, or `npm:<package>/<file>.ttf` for a face installed with npm beside it.',
    zh: () => '请写相对 booklet.yaml 的路径；用 npm 装在书稿文件夹里的字体写作 `npm:<包名>/<文件>.ttf`。',
  } as E<object>,
  'faces.missing-package.hint': {
    en: (v) => `Install the package in the booklet folder (\`npm install ${v.name}\`), and check the file's path inside it.`,
    zh: (v) => `请在书稿文件夹中安装该包（\`npm install ${v.name}\`），并核对包内文件的路径。`,
  } as E<{ name: string }>,
  'faces.cff': {
    en: (v) => `${v.name} has CFF (PostScript) outlines: Chromium would embed it in the PDF as a nameless Type 3 font`,
    zh: (v) => `${v.name} 是 CFF（PostScript）轮廓：Chromium 会把它以无名的 Type 3 字体嵌入 PDF`,
  } as E<{ name: string }>,
  'faces.type1': {
    en: (v) => `${v.name} is a Type 1 (PostScript) font, which Chromium cannot load`,
    zh: (v) => `${v.name} 是 Type 1（PostScript）字体，Chromium 无法加载`,
  } as E<{ name: string }>,
  'faces.not-font': {
    en: (v) => `${v.name} is not a TrueType font (its bytes are not a font Chromium can load)`,
    zh: (v) => `${v.name} 不是 TrueType 字体（其内容不是 Chromium 能加载的字体）`,
  } as E<{ name: string }>,
  'faces.truetype.hint': {
    en: () =>
      'A Type 3 font has no name, its text extracts poorly and printers refuse it. Use a TrueType-outline (glyf) .ttf of the face, such as the @expo-google-fonts packages of Google Fonts (Noto Serif SC/TC, LXGW WenKai TC), or convert it (fontTools: `otf2ttf`).',
    zh: () =>
      'Type 3 字体没有名字，文字难以提取，印厂也不收。请使用该字体的 TrueType 轮廓（glyf）.ttf 版本，例如 Google Fonts 的 @expo-google-fonts 各包（Noto Serif SC/TC、LXGW WenKai TC），或自行转换（fontTools 的 `otf2ttf`）。',
  } as E<object>,
  'faces.container': {
    en: (v) => `${v.name} is ${CONTAINER.en[v.container] ?? v.container}: the booklet needs a single TrueType face (.ttf) to cut to the characters it uses`,
    zh: (v) => `${v.name} 是${CONTAINER.zh[v.container] ?? v.container}：读本需要单个 TrueType 字体文件（.ttf），以便按所用字符裁剪`,
  } as E<{ name: string; container: string }>,
  'faces.container.hint': {
    en: () => 'Use the .ttf of the face (a collection: extract the face with fontTools `ttx` or `fonttools ttLib`; WOFF/WOFF2: decompress it with fontTools).',
    zh: () => '请使用该字体的 .ttf（字体集可用 fontTools 取出其中一款；WOFF/WOFF2 可用 fontTools 解压）。',
  } as E<object>,
};
