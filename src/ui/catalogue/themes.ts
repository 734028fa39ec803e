// Themes and covers (`theme:`, `--theme`, `booklet themes`, `cover:`): their help and their messages.
import type { Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;
const text = (en: string, zh: string): E<object> => ({ en: () => en, zh: () => zh });

/** The Chinese of the schema's descriptions of `theme:`, `cover:` and `styles:` (fields.ts spreads them). */
export const THEME_FIELD_ZH: Readonly<Record<string, string>> = {
  'Extra stylesheets, after the built-in ones and the theme, relative to booklet.yaml. The EPUB gets them too, without their @page rules (paged media only).':
    '追加的样式表，排在内置样式表和主题之后，路径相对于 booklet.yaml。EPUB 也会用到它们，但去掉其中的 @page 规则（只用于分页媒体）。',
  'The look of the booklet: a built-in theme (classic, red, modern: `booklet themes` lists them) or a theme folder relative to booklet.yaml (theme.yaml, print.css, epub.css, cover.html). Default classic; `--theme` overrides it.':
    '读本的样式：内置主题（classic、red、modern，`booklet themes` 会列出）或相对于 booklet.yaml 的主题文件夹（theme.yaml、print.css、epub.css、cover.html）。默认 classic；`--theme` 优先。',
  "The cover's background colour (a CSS colour: #c8161d, rgb(200 22 29), darkred). Default: the theme's.": '封面的底色（CSS 颜色，如 #c8161d、rgb(200 22 29)、darkred）。默认用主题的。',
  'A picture on the cover (PNG, JPEG, GIF, WebP, SVG), relative to booklet.yaml. Default none.': '封面上的图片（PNG、JPEG、GIF、WebP、SVG），路径相对于 booklet.yaml。默认没有。',
  'An emblem or logo on the cover (an image file), relative to booklet.yaml. Default none.': '封面上的徽标或标志（图片文件），路径相对于 booklet.yaml。默认没有。',
  "Show the compiler's name (编者) on the cover. Default true.": '在封面上印编者。默认 true。',
  'Show the month of publication on the cover. Default true.': '在封面上印出版年月。默认 true。',
  'The cover: colour, picture, emblem, and what it prints (the theme places them: cover.html).': '封面：底色、图片、徽标，以及印哪些内容（由主题的 cover.html 安排位置）。',
};

export const THEMES = {
  // --help.
  'help.themes': text('List the built-in themes (theme: in booklet.yaml, or --theme)', '列出内置主题（booklet.yaml 的 theme:，或 --theme）'),
  'help.theme': text(
    'the theme: a built-in name (booklet themes lists them) or a theme folder; overrides booklet.yaml’s theme:',
    '主题：内置主题名（booklet themes 列出）或主题文件夹；优先于 booklet.yaml 的 theme:',
  ),
  'themes.list-title': text('Built-in themes (theme: NAME in booklet.yaml, or --theme NAME):', '内置主题（在 booklet.yaml 中写 theme: 名称，或用 --theme 名称）：'),
  'themes.default': text('(default)', '（默认）'),

  // Messages.
  'themes.unknown': {
    en: (v) => `No theme \`${v.name}\`${v.near ? `: did you mean \`${v.near}\`?` : ''} The built-in themes are ${v.names}`,
    zh: (v) => `没有主题 \`${v.name}\`${v.near ? `；是不是 \`${v.near}\`？` : '。'}内置主题有 ${v.names.split(', ').join('、')}`,
  } as E<{ name: string; near: string; names: string }>,
  'themes.unknown.hint': text(
    'Name a built-in theme, or a theme folder (with theme.yaml, print.css, epub.css and cover.html) relative to booklet.yaml.',
    '请写内置主题名，或相对于 booklet.yaml 的主题文件夹（含 theme.yaml、print.css、epub.css 和 cover.html）。',
  ),
  'themes.file-missing': {
    en: (v) => `The theme folder ${v.dir} has no ${v.file}`,
    zh: (v) => `主题文件夹 ${v.dir} 中没有 ${v.file}`,
  } as E<{ dir: string; file: string }>,
  'themes.file-missing.hint': text(
    'A theme folder holds theme.yaml (its name and description), print.css, epub.css and cover.html (the cover template).',
    '主题文件夹应有 theme.yaml（名称和说明）、print.css、epub.css 和 cover.html（封面模板）。',
  ),
  'themes.outside': {
    en: (v) => `The theme folder \`${v.name}\` is outside the booklet folder`,
    zh: (v) => `主题文件夹 \`${v.name}\` 不在读本的文件夹里`,
  } as E<{ name: string }>,
  'themes.placeholder-unknown': {
    en: (v) => `Unknown placeholder {{${v.name}}} in the cover template; it takes ${v.names}`,
    zh: (v) => `封面模板中有未知的占位符 {{${v.name}}}；可用的是 ${v.names.split(', ').join('、')}`,
  } as E<{ name: string; names: string }>,
  'themes.placeholder-unknown.hint': text('Placeholders are written {{title}}; a misspelt one would print as it is.', '占位符写作 {{title}}；拼错的占位符会原样印出。'),
  'themes.cover-image-missing': {
    en: (v) => `Cover image \`${v.name}\` not found`,
    zh: (v) => `找不到封面图片 \`${v.name}\``,
  } as E<{ name: string }>,
  'themes.cover-image-missing.hint': text('Cover images are relative to booklet.yaml, inside the booklet folder.', '封面图片的路径相对于 booklet.yaml，须在读本的文件夹里。'),
  'themes.cover-image-outside': {
    en: (v) => `Cover image \`${v.name}\` is outside the booklet folder`,
    zh: (v) => `封面图片 \`${v.name}\` 不在读本的文件夹里`,
  } as E<{ name: string }>,
  'themes.colour': text('Not a CSS colour (#c8161d, rgb(200 22 29), darkred, …)', '不是 CSS 颜色（如 #c8161d、rgb(200 22 29)、darkred）'),
} satisfies Record<string, Entry<never>>;
