// The build's words about the book: its images, the manuscripts' HTML and structure, user stylesheets
// (output.ts has Chromium, Paged.js and writing the outputs).
import type { Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

/** What sanitizing took out of an SVG image (sanitize-svg.ts), by id; a tag (`<script>`) is itself. */
const SVG_REMOVED: Record<string, { en: string; zh: string }> = {
  'event-handlers': { en: 'event handlers', zh: '事件处理属性' },
  'style-loads': { en: 'a <style> that loads other files', zh: '加载其他文件的 <style>' },
  links: { en: 'links to other files', zh: '指向其他文件的链接' },
  'styles-load': { en: 'styles that load other files', zh: '加载其他文件的样式' },
  urls: { en: 'url() of other files', zh: '引用其他文件的 url()' },
};
const svgRemoved = (list: string, ui: 'en' | 'zh') =>
  list
    .split('\n')
    .map((id) => SVG_REMOVED[id]?.[ui] ?? id)
    .join(ui === 'en' ? ', ' : '、');

/** Why an SVG image is refused (sanitize-svg.ts). */
const SVG_REFUSED: Record<string, { en: string; zh: string }> = {
  entities: {
    en: 'SVG image declares entities (a DOCTYPE with an internal subset), which could read other files or expand without end',
    zh: 'SVG 图片声明了实体（带内部子集的 DOCTYPE），可能读取其他文件或无限展开',
  },
  'no-svg': { en: 'SVG image has no <svg> element', zh: 'SVG 图片中没有 <svg> 元素' },
};
const svgRefused = (why: string, ui: 'en' | 'zh') => SVG_REFUSED[why]?.[ui] ?? (ui === 'en' ? `SVG image refused (${why})` : `SVG 图片不予采用（${why}）`);

const SVG_HINT = {
  en: 'Save it again as plain SVG without a DOCTYPE (Inkscape: Plain SVG), or convert it to PNG.',
  zh: '请另存为不带 DOCTYPE 的普通 SVG（Inkscape：“普通 SVG”），或转换为 PNG。',
};
const SVG_DRAW_HINT = {
  en: 'An SVG image may only draw: scripts, event handlers, foreignObject and links or styles that load other files never reach the booklet.',
  zh: 'SVG 图片只能用来绘图：脚本、事件处理属性、foreignObject 以及加载其他文件的链接或样式都不会进入读本。',
};

/** Why a manuscript's id is taken from its element (rehype-user-ids.ts). */
const ID_TAKEN: Record<string, { en: (v: Record<string, string | number>) => string; zh: (v: Record<string, string | number>) => string }> = {
  'page-markers': {
    en: (v) => `ids beginning \`${v.owner}\` are the booklet’s, for the EPUB’s page-break markers`,
    zh: (v) => `以 \`${v.owner}\` 开头的 id 归读本所用，作 EPUB 的分页标记`,
  },
  part: { en: () => 'the booklet uses it for its own part', zh: () => '读本自己的部分用了它' },
  article: { en: (v) => `the booklet uses it for article \`${v.owner}\``, zh: (v) => `读本用它作文章 \`${v.owner}\` 的 id` },
  prefix: { en: (v) => `ids beginning \`${v.owner}-\` are the booklet’s, for article \`${v.owner}\``, zh: (v) => `以 \`${v.owner}-\` 开头的 id 归读本所用，属于文章 \`${v.owner}\`` },
  footnotes: { en: () => 'the booklet uses it for its footnotes', zh: () => '读本的脚注用了它' },
  'used-line': { en: (v) => `it is already used at line ${v.owner}`, zh: (v) => `第 ${v.owner} 行已经用过它` },
  'used-in': { en: (v) => `it is already used in ${v.owner}`, zh: (v) => `${v.owner} 中已经用过它` },
};

/** Why an @import is left out (user-stylesheets.ts). */
const IMPORT_LOOP: Record<string, { en: (limit: number) => string; zh: (limit: number) => string }> = {
  itself: { en: () => 'itself', zh: () => '自身' },
  cycle: { en: () => 'a stylesheet that imports it', zh: () => '一个导入它的样式表' },
  deep: { en: (n) => `more than ${n} deep`, zh: (n) => `超过 ${n} 层的样式表` },
};

export const BUILD = {
  // Images (read-images.ts, image-size.ts, rehype-images.ts, rehype-figures.ts).
  'image.not-found': { en: (v) => `Image not found: ${v.path}`, zh: (v) => `找不到图片：${v.path}` } as E<{ path: string }>,
  'image.not-found.hint': { en: () => 'Check the path; it is relative to the manuscript.', zh: () => '请检查路径；它相对于稿件所在的文件夹。' } as E<object>,
  'image.link-outside': {
    en: (v) => `Image is a link that leads outside the booklet folder: ${v.path}`,
    zh: (v) => `图片是一个指向读本文件夹之外的链接：${v.path}`,
  } as E<{ path: string }>,
  'image.link-outside.hint': {
    en: () => 'Copy the image into the manuscripts folder (or below it) rather than linking to it.',
    zh: () => '请把图片复制到稿件文件夹（或其子文件夹）中，而不要链接过去。',
  } as E<object>,
  'image.unknown-type': {
    en: (v) => `Not an image Chromium can show (PNG, JPEG, GIF, WebP or SVG): ${v.path}`,
    zh: (v) => `不是 Chromium 能显示的图片（PNG、JPEG、GIF、WebP 或 SVG）：${v.path}`,
  } as E<{ path: string }>,
  'image.unknown-type.hint': { en: () => 'Convert it to PNG or JPEG.', zh: () => '请转换为 PNG 或 JPEG。' } as E<object>,
  'image.svg-refused': {
    en: (v) => `${svgRefused(v.why, 'en')}: ${v.path}`,
    zh: (v) => `${svgRefused(v.why, 'zh')}：${v.path}`,
  } as E<{ why: string; path: string }>,
  'image.svg-refused.hint': { en: () => SVG_HINT.en, zh: () => SVG_HINT.zh } as E<object>,
  'image.svg-removed': {
    en: (v) => `Removed from the SVG image ${v.path}: ${svgRemoved(v.removed, 'en')}`,
    zh: (v) => `已从 SVG 图片 ${v.path} 中删去：${svgRemoved(v.removed, 'zh')}`,
  } as E<{ path: string; removed: string }>,
  'image.svg-removed.hint': { en: () => SVG_DRAW_HINT.en, zh: () => SVG_DRAW_HINT.zh } as E<object>,
  'image.scaled': {
    en: (v) => `Image scaled from ${v.from} to ${v.to} (the type area at 300 dpi): ${v.path}`,
    zh: (v) => `图片已从 ${v.from} 缩小到 ${v.to}（按 300 dpi 填满版心）：${v.path}`,
  } as E<{ from: string; to: string; path: string }>,
  'image.scaled.hint': {
    en: () => 'The booklet uses the smaller copy; the file is left as it is. Scaling it yourself saves this step on every build.',
    zh: () => '读本使用缩小后的副本，原文件保持不变。自己先缩小，每次生成都可省去这一步。',
  } as E<object>,
  'image.megabytes': {
    en: (v) => `Image is ${v.size} MB${v.failed ? ` (it could not be scaled: ${v.failed})` : ''}: ${v.path}`,
    zh: (v) => `图片有 ${v.size} MB${v.failed ? `（无法缩小：${v.failed}）` : ''}：${v.path}`,
  } as E<{ size: number; failed: string; path: string }>,
  'image.megabytes.hint': { en: () => 'Scale it to the size it is printed at (300 dpi).', zh: () => '请按印刷尺寸（300 dpi）缩小。' } as E<object>,
  'image.pixels': {
    en: (v) => `Image is ${v.width} × ${v.height} pixels (${v.megapixels} megapixels, ${v.decoded} decoded): ${v.path}`,
    zh: (v) => `图片为 ${v.width} × ${v.height} 像素（${v.megapixels} 百万像素，解码后 ${v.decoded}）：${v.path}`,
  } as E<{ width: string; height: string; megapixels: number; decoded: string; path: string }>,
  'image.pixels.hint': {
    en: (v) => `Scale it down to the size it is printed at: 300 dpi is about 1,750 × 2,480 pixels for a whole A5 page${v.limit ? `; above ${v.limit} megapixels an image is refused` : ''}.`,
    zh: (v) => `请按印刷尺寸缩小：300 dpi 下整页 A5 约为 1,750 × 2,480 像素${v.limit ? `；超过 ${v.limit} 百万像素的图片不予采用` : ''}。`,
  } as E<{ limit: number }>,
  'image.remote': { en: (v) => `Remote image not included: ${v.src}`, zh: (v) => `未收入远程图片：${v.src}` } as E<{ src: string }>,
  'image.remote.hint': {
    en: () => 'Download it into the manuscripts folder and link it relatively; its alt text stands in its place.',
    zh: () => '请把它下载到稿件文件夹，并用相对路径引用；现在以它的替代文字代替。',
  } as E<object>,
  'image.bad-escape': { en: (v) => `Image path has a malformed %-escape: ${v.src}`, zh: (v) => `图片路径中的 % 转义写错了：${v.src}` } as E<{ src: string }>,
  'url.bad-escape.hint': {
    en: () => 'A % in a path starts an escape of two hex digits (%20 is a space); write the file name as it is, or %25 for a %.',
    zh: () => '路径中的 % 表示后跟两位十六进制数的转义（%20 是空格）；请照原样写文件名，% 本身写作 %25。',
  } as E<object>,
  'image.leaves-folder': { en: (v) => `Image path leaves the booklet folder: ${v.src}`, zh: (v) => `图片路径超出了读本文件夹：${v.src}` } as E<{ src: string }>,
  'image.leaves-folder.hint': {
    en: () => 'Put the image in the manuscripts folder (or below it) and link it from there.',
    zh: () => '请把图片放进稿件文件夹（或其子文件夹），再从那里引用。',
  } as E<object>,
  'figure.long-caption': {
    en: (v) => `The caption takes ${v.n} lines, more than a third of a page (${v.limit}): it may run on to the next page`,
    zh: (v) => `图注占 ${v.n} 行，超过一页的三分之一（${v.limit} 行）：可能转到下一页`,
  } as E<{ n: number; limit: number }>,
  'figure.long-caption.hint': {
    en: () => 'Keep the caption short (the title of the figure) and put the explanation in the paragraph after it.',
    zh: () => '图注宜短（只写图的标题），说明文字请放在图后的段落里。',
  } as E<object>,

  // The manuscript's structure and HTML (remark-*.ts, rehype-*.ts).
  'table.too-wide': {
    en: (v) => `Table has ${v.n} columns; at most ${v.limit} fit across the page, so the rest would be cut off`,
    zh: (v) => `表格有 ${v.n} 列；一页宽度最多容纳 ${v.limit} 列，其余的会被截掉`,
  } as E<{ n: number; limit: number }>,
  'table.too-wide.hint': {
    en: () => 'Split it into narrower tables, or turn it so that its rows become columns.',
    zh: () => '请拆成几个较窄的表格，或把表格转置，让行变成列。',
  } as E<object>,
  'html.control': {
    en: (v) => `Removed the control character ${v.name} from the manuscript's HTML`,
    zh: (v) => `已从稿件的 HTML 中删去控制字符 ${v.name}`,
  } as E<{ name: string }>,
  'html.control.hint': {
    en: () => 'A control character cannot be printed or put in an EPUB; delete the character reference that makes it.',
    zh: () => '控制字符既不能印刷，也不能放进 EPUB；请删去生成它的字符引用。',
  } as E<object>,
  'html.element': { en: (v) => `Removed <${v.tag}> from the manuscript's HTML`, zh: (v) => `已从稿件的 HTML 中删去 <${v.tag}>` } as E<{ tag: string }>,
  'html.handler': {
    en: (v) => `Removed the event handler ${v.name} from <${v.tag}>`,
    zh: (v) => `已从 <${v.tag}> 中删去事件处理属性 ${v.name}`,
  } as E<{ name: string; tag: string }>,
  'html.url': { en: (v) => `Removed the ${v.scheme}: URL from <${v.tag}>`, zh: (v) => `已从 <${v.tag}> 中删去 ${v.scheme}: 网址` } as E<{ scheme: string; tag: string }>,
  'html.unsafe.hint': {
    en: () => 'Raw HTML in a manuscript is sanitized: scripts, frames, forms, event handlers and javascript:/file: links never reach the booklet.',
    zh: () => '稿件中的 HTML 会被清理：脚本、框架、表单、事件处理属性和 javascript:/file: 链接都不会进入读本。',
  } as E<object>,
  'html.id': {
    en: (v) => `Removed the id \`${v.id}\` from <${v.tag}>: ${ID_TAKEN[v.why]?.en(v) ?? v.why}`,
    zh: (v) => `已从 <${v.tag}> 中删去 id \`${v.id}\`：${ID_TAKEN[v.why]?.zh(v) ?? v.why}`,
  } as E<{ id: string; tag: string; why: string; owner: string }>,
  'html.id.hint': {
    en: () => 'Give the element an id of your own (not an article id, nor one starting with an article id and a hyphen), used once.',
    zh: () => '请给该元素另起一个只用一次的 id（不能是文章的 id，也不能以文章 id 加连字符开头）。',
  } as E<object>,
  'heading.too-deep': {
    en: (v) => `Heading level ${v.depth} is deeper than the book styles (${v.under ? 'under `#`: ' : ''}${v.styled}); it prints like level ${v.n}`,
    zh: (v) => `${v.depth} 级标题比读本样式所定的层级更深（${v.under ? '在 `#` 之下：' : ''}${v.styled}）；按 ${v.n} 级标题排印`,
  } as E<{ depth: number; under: string; styled: string; n: number }>,
  'heading.skipped': {
    en: (v) => `Heading level ${v.depth} follows ${v.after ? `level ${v.after}` : 'the title'}: a level is skipped`,
    zh: (v) => `${v.depth} 级标题紧跟在${v.after ? ` ${v.after} 级标题` : '题目'}之后：跳过了一级`,
  } as E<{ depth: number; after: string }>,
  'footnote.twice': {
    en: (v) => `Footnote [^${v.label}] is defined twice; this text is not printed`,
    zh: (v) => `脚注 [^${v.label}] 定义了两次；这一处的文字不会印出`,
  } as E<{ label: string }>,
  'footnote.undefined': {
    en: (v) => `Footnote [^${v.label}] is called but never defined; it prints as text`,
    zh: (v) => `脚注 [^${v.label}] 被引用却没有定义；它会作为正文文字印出`,
  } as E<{ label: string }>,
  'footnote.uncalled': {
    en: (v) => `Footnote [^${v.label}] is never called; its text is not printed`,
    zh: (v) => `脚注 [^${v.label}] 从未被引用；其文字不会印出`,
  } as E<{ label: string }>,
  'directive.unknown-box': { en: (v) => `Unknown study box \`:::${v.name}\``, zh: (v) => `未知的学习栏 \`:::${v.name}\`` } as E<{ name: string }>,
  'directive.unknown-box.hint': { en: (v) => `Use one of: ${v.names}.`, zh: (v) => `请使用其中之一：${v.names}。` } as E<{ names: string }>,
  'directive.unknown': {
    en: (v) => `Unknown directive \`::${v.name}\`, kept as text`,
    zh: (v) => `未知的指令 \`::${v.name}\`，按原文保留`,
  } as E<{ name: string }>,

  // User stylesheets (user-stylesheets.ts).
  'css.style-end': {
    en: () => "Stylesheet contains `</style`, which would end the booklet's <style> element",
    zh: () => '样式表中含有 `</style`，它会提前结束读本的 <style> 元素',
  } as E<object>,
  'css.style-end.hint': {
    en: () => 'Remove it: a stylesheet holds CSS only (write `\\3c /style` inside a CSS string if you mean the text).',
    zh: () => '请删去它：样式表中只能写 CSS（若要表示这段文字，在 CSS 字符串里写作 `\\3c /style`）。',
  } as E<object>,
  'css.late-import': {
    en: (v) => `Stylesheet's @import comes after other rules, where CSS ignores it, left out: ${v.url}`,
    zh: (v) => `样式表的 @import 写在其他规则之后，CSS 会忽略它，已略去：${v.url}`,
  } as E<{ url: string }>,
  'css.late-import.hint': {
    en: () => 'Move it to the top of the stylesheet, before every rule but @charset and @layer statements.',
    zh: () => '请把它移到样式表开头，除 @charset 和 @layer 声明外放在所有规则之前。',
  } as E<object>,
  'css.import-loop': {
    en: (v) => `Stylesheet imports ${IMPORT_LOOP[v.why]?.en(v.limit) ?? v.why}, left out: ${v.url}`,
    zh: (v) => `样式表导入了${IMPORT_LOOP[v.why]?.zh(v.limit) ?? v.why}，已略去：${v.url}`,
  } as E<{ why: string; limit: number; url: string }>,
  'css.import-loop.hint': {
    en: () => 'Import each stylesheet once, from one place (or list them in booklet.yaml in order).',
    zh: () => '每个样式表只从一处导入一次（或在 booklet.yaml 中按顺序列出）。',
  } as E<object>,
  'css.outside': {
    en: (v) => `Stylesheet loads a file outside the booklet, left out: ${v.url}`,
    zh: (v) => `样式表加载了读本之外的文件，已略去：${v.url}`,
  } as E<{ url: string }>,
  'css.outside.hint': {
    en: () => 'A booklet uses only files in its own folder: copy the file there and give its path relative to the stylesheet.',
    zh: () => '读本只使用自己文件夹中的文件：请把文件复制进来，并写出相对于样式表的路径。',
  } as E<object>,
  'css.bad-escape': {
    en: (v) => `Stylesheet URL has a malformed %-escape, left out: ${v.url}`,
    zh: (v) => `样式表网址中的 % 转义写错了，已略去：${v.url}`,
  } as E<{ url: string }>,
  'css.not-found': {
    en: (v) => `Stylesheet file not found, left out: ${v.url} (looked for ${v.path})`,
    zh: (v) => `找不到样式表引用的文件，已略去：${v.url}（查找的是 ${v.path}）`,
  } as E<{ url: string; path: string }>,
  'css.not-found.hint': {
    en: () => "A stylesheet's url() and @import are relative to the stylesheet's own folder.",
    zh: () => '样式表中的 url() 和 @import 相对于样式表自己所在的文件夹。',
  } as E<object>,
  'css.own-face': {
    en: (v) => `Font is one of the booklet's own faces (${v.name}), left out: ${v.url}`,
    zh: (v) => `该字体是读本自带的字体之一（${v.name}），已略去：${v.url}`,
  } as E<{ name: string; url: string }>,
  'css.own-face.hint': {
    en: (v) => `The booklet sets this face already: use it by its family, \`font-family: "${v.family}"; font-weight: ${v.weight}\`.`,
    zh: (v) => `读本已经设置了这款字体：请按字族名使用，\`font-family: "${v.family}"; font-weight: ${v.weight}\`。`,
  } as E<{ family: string; weight: string }>,
  'css.cff': {
    en: (v) => `Font has CFF (PostScript) outlines, which Chromium embeds in the PDF as a Type 3 font: ${v.url}`,
    zh: (v) => `该字体是 CFF（PostScript）轮廓，Chromium 会把它以 Type 3 字体嵌入 PDF：${v.url}`,
  } as E<{ url: string }>,
  'css.cff.hint': {
    en: () =>
      'A Type 3 font has no name, its text extracts poorly, and printers refuse it (fonts-embedded in the proof). Use a TrueType-outline (glyf) version of the face: a .ttf such as Google Fonts’ Noto Serif SC, not an OpenType-CFF .otf or .ttc.',
    zh: () =>
      'Type 3 字体没有名字，文字难以提取，印厂也不收（校对中的 fonts-embedded）。请改用该字体的 TrueType 轮廓（glyf）版本：例如 Google Fonts 的 Noto Serif SC 的 .ttf，而不是 OpenType-CFF 的 .otf 或 .ttc。',
  } as E<object>,
  'css.not-asset': {
    en: (v) => `Stylesheet loads a file that is neither an image nor a font, left out: ${v.url}`,
    zh: (v) => `样式表加载的文件既不是图片也不是字体，已略去：${v.url}`,
  } as E<{ url: string }>,
  'css.not-asset.hint': {
    en: () => 'A stylesheet may load images (PNG, JPEG, GIF, WebP, SVG) and fonts (TrueType .ttf, WOFF, WOFF2); another stylesheet goes in with @import.',
    zh: () => '样式表可以加载图片（PNG、JPEG、GIF、WebP、SVG）和字体（TrueType .ttf、WOFF、WOFF2）；其他样式表用 @import 引入。',
  } as E<object>,
  'css.svg-refused': {
    en: (v) => `${svgRefused(v.why, 'en')}, left out: ${v.url}`,
    zh: (v) => `${svgRefused(v.why, 'zh')}，已略去：${v.url}`,
  } as E<{ why: string; url: string }>,
} satisfies Record<string, Entry<never>>;
