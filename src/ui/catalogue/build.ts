// The build's own words: images, the manuscript's HTML and structure, user stylesheets, Chromium and
// Paged.js, writing the outputs, the EPUB's links, the watch.
import { count, type Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

/** What a failed write means, by the system's error code (write-errors.ts), and how to fix it. */
const WRITE_HINTS: Record<string, { en: string; zh: string }> = {
  ENOSPC: {
    en: 'The disk is full (or your quota is used up): free some space, or build with --out on another disk.',
    zh: '磁盘已满（或配额已用完）：请腾出空间，或用 --out 输出到另一块磁盘。',
  },
  EROFS: {
    en: 'The folder is on a read-only file system: build with --out on a writable disk, or mount it read-write.',
    zh: '该文件夹位于只读文件系统上：请用 --out 输出到可写的磁盘，或以读写方式挂载。',
  },
  EACCES: {
    en: 'You may not write there (permissions, or a file marked immutable or locked): fix its permissions or owner, or build with --out in a folder of yours.',
    zh: '没有写入权限（权限不足，或文件被设为不可改或已锁定）：请修改其权限或所有者，或用 --out 输出到自己的文件夹。',
  },
  EISDIR: {
    en: 'A folder stands where the file should be written: move or remove that folder, or build with --out elsewhere.',
    zh: '要写入文件的位置上有一个同名文件夹：请移走或删除它，或用 --out 输出到别处。',
  },
  ENOTDIR: {
    en: 'A file stands where a folder should be (a part of the path is a file): move or remove that file, or build with --out elsewhere.',
    zh: '应为文件夹的位置上有一个文件（路径中的某一段是文件）：请移走或删除它，或用 --out 输出到别处。',
  },
  EBUSY: {
    en: 'The file is in use (open in another program, or a mount point): close that program or pick another --out.',
    zh: '文件正被占用（在别的程序中打开，或是挂载点）：请关闭该程序，或换一个 --out。',
  },
  ENAMETOOLONG: {
    en: 'The path is too long or loops through symbolic links: build with a shorter --out.',
    zh: '路径太长，或符号链接构成了循环：请用更短的 --out。',
  },
  EMFILE: {
    en: 'Too many files are open: close some programs (or raise `ulimit -n`) and build again.',
    zh: '打开的文件太多：请关闭一些程序（或调高 `ulimit -n`）后重新生成。',
  },
  EIO: {
    en: 'The disk reported an input/output error: check the disk (and its connection) and build again.',
    zh: '磁盘报告了输入/输出错误：请检查磁盘（及其连接）后重新生成。',
  },
  other: { en: 'Check that the folder is writable and the disk has space.', zh: '请检查文件夹是否可写、磁盘是否还有空间。' },
};
const SAME_HINT: Record<string, string> = { EDQUOT: 'ENOSPC', EPERM: 'EACCES', EEXIST: 'ENOTDIR', ETXTBSY: 'EBUSY', ELOOP: 'ENAMETOOLONG', ENFILE: 'EMFILE' };
const writeHint = (code: string, ui: 'en' | 'zh') => (WRITE_HINTS[SAME_HINT[code] ?? code] ?? WRITE_HINTS['other']!)[ui];

/** What the outputs are after a failed write: `kept` (nothing replaced), `mixed`, or `left` (not touched). */
const KEPT: Record<string, { en: string; zh: string }> = {
  kept: { en: 'No output was replaced: the previous ones are as they were.', zh: '没有替换任何输出：原有文件保持原样。' },
  mixed: {
    en: 'Some outputs may be from this build and some from the one before: build again once it is fixed.',
    zh: '部分输出可能来自这次生成，部分来自上一次：修复后请重新生成。',
  },
  left: { en: 'The previous outputs were left as they were.', zh: '原有输出保持原样。' },
};

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

  // Chromium and Paged.js (browser.ts, pagedjs.ts, paginate-book.ts, first-page.ts).
  'chromium.quit': {
    en: (v) => `Chromium quit while it paginated the book: ${v.detail}`,
    zh: (v) => `Chromium 在分页时退出了：${v.detail}`,
  } as E<{ detail: string }>,
  'chromium.quit.hint': {
    en: () => 'Build again; if it quits again, see whether the machine ran out of memory (`dmesg`), and report it.',
    zh: () => '请重新生成；若再次退出，请查看机器是否内存不足（`dmesg`），并报告此问题。',
  } as E<object>,
  'chromium.none': {
    en: (v) => `Chromium not found: looked for ${v.paths}, and for ${v.names} on PATH`,
    zh: (v) => `找不到 Chromium：查找过 ${v.paths}，也在 PATH 中查找过 ${v.names}`,
  } as E<{ paths: string; names: string }>,
  'chromium.missing': { en: (v) => `Chromium not found at ${v.path}`, zh: (v) => `${v.path} 处没有 Chromium` } as E<{ path: string }>,
  'chromium.install.hint': {
    en: () => 'Install it with `apt-get install chromium-headless-shell` (Debian, Ubuntu; or run `make` in the project), or name a Chromium or Chrome binary with --chromium or BOOKLET_CHROMIUM.',
    zh: () => '请用 `apt-get install chromium-headless-shell` 安装（Debian、Ubuntu；或在项目中运行 `make`），或用 --chromium 或 BOOKLET_CHROMIUM 指定 Chromium 或 Chrome 的可执行文件。',
  } as E<object>,
  'chromium.not-executable': {
    en: (v) => `Chromium at ${v.path} is not executable`,
    zh: (v) => `${v.path} 处的 Chromium 不可执行`,
  } as E<{ path: string }>,
  'chromium.not-executable.hint': {
    en: (v) => `Make it executable (\`chmod +x ${v.path}\`), or name another binary with --chromium or BOOKLET_CHROMIUM.`,
    zh: (v) => `请赋予它执行权限（\`chmod +x ${v.path}\`），或用 --chromium 或 BOOKLET_CHROMIUM 指定另一个可执行文件。`,
  } as E<{ path: string }>,
  'chromium.start-failed': {
    en: (v) => `Chromium failed to start: ${v.detail}`,
    zh: (v) => `Chromium 启动失败：${v.detail}`,
  } as E<{ detail: string }>,
  'browser.not-url': { en: (v) => `Not a browser URL: ${v.url}`, zh: (v) => `不是浏览器的网址：${v.url}` } as E<{ url: string }>,
  'browser.url.hint': {
    en: () => 'Give the ws:// endpoint Chromium prints, or http://HOST:PORT of its --remote-debugging-port.',
    zh: () => '请给出 Chromium 打印的 ws:// 端点，或其 --remote-debugging-port 的 http://HOST:PORT。',
  } as E<object>,
  'browser.unanswered': {
    en: (v) => `The browser at ${v.url} did not answer within ${v.seconds} s`,
    zh: (v) => `${v.url} 处的浏览器在 ${v.seconds} 秒内没有应答`,
  } as E<{ url: string; seconds: number }>,
  'browser.unanswered.hint': {
    en: () => 'Check that it is a Chromium with --remote-debugging-port (not another server on that port), and that it is not hung.',
    zh: () => '请确认它是开了 --remote-debugging-port 的 Chromium（而不是占用该端口的其他服务），并且没有卡住。',
  } as E<object>,
  'browser.unreachable': {
    en: (v) => `Cannot reach the browser at ${v.url}: ${v.detail}`,
    zh: (v) => `无法连接 ${v.url} 处的浏览器：${v.detail}`,
  } as E<{ url: string; detail: string }>,
  'paginate.nothing': { en: () => 'Nothing was laid out', zh: () => '没有排出任何内容' } as E<object>,
  'paginate.cancelled': { en: () => 'Pagination was cancelled', zh: () => '分页已取消' } as E<object>,
  'page.console': { en: (v) => `Console error in the page: ${v.detail}`, zh: (v) => `页面控制台报错：${v.detail}` } as E<{ detail: string }>,
  'page.script': { en: (v) => `Script error in the page: ${v.detail}`, zh: (v) => `页面脚本出错：${v.detail}` } as E<{ detail: string }>,
  'page.load-failed': { en: (v) => `Failed to load ${v.url} (${v.detail})`, zh: (v) => `加载 ${v.url} 失败（${v.detail}）` } as E<{ url: string; detail: string }>,
  'page.blocked': {
    en: (v) => `Blocked a request outside the booklet's files: ${v.url}`,
    zh: (v) => `已拦截对读本文件之外的请求：${v.url}`,
  } as E<{ url: string }>,
  'page.blocked.hint': {
    en: () => 'Booklets may use only files in their own folder; copy the file there and link it relatively.',
    zh: () => '读本只能使用自己文件夹中的文件；请把文件复制进来，并用相对路径引用。',
  } as E<object>,
  'html.broken-body': {
    en: (v) => `The typeset HTML is broken: its body holds ${v.n} elements where the build typeset ${v.count}`,
    zh: (v) => `排好的 HTML 已损坏：body 中只有 ${v.n} 个元素，而生成时排了 ${v.count} 个`,
  } as E<{ n: number; count: number }>,
  'html.broken-body.hint': {
    en: () => 'Something written into the document head ended it early: look for `</style>` or `</script>` in the title and the other values of booklet.yaml, and in the stylesheets.',
    zh: () => '写进文档头部的某段内容让它提前结束了：请在 booklet.yaml 的标题等值以及样式表中查找 `</style>` 或 `</script>`。',
  } as E<object>,
  'print.script-failed': {
    en: (v) => `The page's script failed while printing ${count(v.pages, 'page')}: ${v.detail}`,
    zh: (v) => `打印 ${v.pages} 页时页面脚本出错：${v.detail}`,
  } as E<{ pages: number; detail: string }>,
  'print.script-failed.hint': {
    en: () => 'This is a bug in booklet; please report it with the booklet.',
    zh: () => '这是 booklet 的缺陷；请连同这本读本一起报告。',
  } as E<object>,
  'print.crashed': {
    en: (v) => `Chromium's page crashed while printing ${count(v.pages, 'page')}: ${v.detail}`,
    zh: (v) => `打印 ${v.pages} 页时 Chromium 的页面崩溃了：${v.detail}`,
  } as E<{ pages: number; detail: string }>,
  'print.crashed.hint': { en: () => 'Build again; if it fails again, report it.', zh: () => '请重新生成；若再次失败，请报告此问题。' } as E<object>,
  'paginate.stalled': {
    en: (v) => `Paged.js stalled: no new page for ${v.seconds} s after page ${v.page}${v.starts ? ` (which starts “${v.starts}”)` : ''}`,
    zh: (v) => `Paged.js 停滞了：排完第 ${v.page} 页${v.starts ? `（以“${v.starts}”开头）` : ''}后 ${v.seconds} 秒没有新页`,
  } as E<{ seconds: number; page: number; starts: string }>,
  'paginate.stalled.hint': {
    en: () => 'Look for content that cannot fit on a page (a huge image or table, a very long unbreakable line) after that page.',
    zh: () => '请在该页之后查找一页容纳不下的内容（很大的图片或表格、很长且不能断开的一行）。',
  } as E<object>,
  'paginate.failed': {
    en: (v) => `Paged.js failed while it laid out page ${v.page}: ${v.detail}`,
    zh: (v) => `Paged.js 在排第 ${v.page} 页时出错：${v.detail}`,
  } as E<{ page: number; detail: string }>,
  'paginate.failed.hint': {
    en: () =>
      "Look in the stylesheets for a URL that cannot be resolved against the booklet's folder (`url(//host:port/…)`, a remote `@import`): booklets may use only files in their own folder. If there is none, report it.",
    zh: () =>
      '请在样式表中查找无法按读本文件夹解析的网址（`url(//host:port/…)`、远程的 `@import`）：读本只能使用自己文件夹中的文件。若没有这样的网址，请报告此问题。',
  } as E<object>,
  'paginate.crashed': {
    en: (v) => `Chromium's page crashed while Paged.js laid out page ${v.page}${v.starts ? ` (after the page that starts “${v.starts}”)` : ''}: ${v.detail}`,
    zh: (v) => `Paged.js 排第 ${v.page} 页${v.starts ? `（在以“${v.starts}”开头的那页之后）` : ''}时 Chromium 的页面崩溃了：${v.detail}`,
  } as E<{ page: number; starts: string; detail: string }>,
  'paginate.crashed.hint': {
    en: () => 'Build again; if it crashes at the same page, look at what that page holds (a huge image or table) and report it.',
    zh: () => '请重新生成；若仍在同一页崩溃，请查看该页的内容（很大的图片或表格），并报告此问题。',
  } as E<object>,
  'jobs.capped': {
    en: (v) =>
      `--jobs ${v.n} is more than this machine runs at once: laying out with ${v.limit} (${count(v.count, 'core')}, ${v.free} GB free, ~250 MB each)`,
    zh: (v) => `--jobs ${v.n} 超出了本机能同时运行的数量：改用 ${v.limit} 个并行排版（${v.count} 个核心，空闲 ${v.free} GB，每个约 250 MB）`,
  } as E<{ n: number; limit: number; count: number; free: string }>,
  'jobs.capped.hint': { en: (v) => `Give --jobs ${v.limit} or fewer.`, zh: (v) => `请把 --jobs 设为 ${v.limit} 或更少。` } as E<{ limit: number }>,

  // Writing the outputs (output.ts, subset-fonts.ts, write-errors.ts).
  'write.hint': { en: (v) => writeHint(v.code, 'en'), zh: (v) => writeHint(v.code, 'zh') } as E<{ code: string }>,
  'write.hint-kept': {
    en: (v) => `${writeHint(v.code, 'en')} ${KEPT[v.kept]?.en ?? ''}`.trim(),
    zh: (v) => `${writeHint(v.code, 'zh')}${KEPT[v.kept]?.zh ?? ''}`,
  } as E<{ code: string; kept: string }>,
  'write.cannot-replace': { en: (v) => `Cannot replace ${v.path} (${v.code})`, zh: (v) => `无法替换 ${v.path}（${v.code}）` } as E<{ path: string; code: string }>,
  'write.cannot-write': { en: (v) => `Cannot write ${v.path} (${v.code})`, zh: (v) => `无法写入 ${v.path}（${v.code}）` } as E<{ path: string; code: string }>,
  'write.font-cache-folder': {
    en: (v) => `Cannot create the font cache ${v.path} (${v.code})`,
    zh: (v) => `无法创建字体缓存 ${v.path}（${v.code}）`,
  } as E<{ path: string; code: string }>,
  'write.font-cache': { en: (v) => `Cannot write the font cache ${v.path} (${v.code})`, zh: (v) => `无法写入字体缓存 ${v.path}（${v.code}）` } as E<{ path: string; code: string }>,

  // The EPUB (epub/links.ts).
  'epub.dead-link': {
    en: (v) => `Link to ${v.href}, which no part of the booklet has`,
    zh: (v) => `链接指向 ${v.href}，但读本中没有这一处`,
  } as E<{ href: string }>,
  'epub.dead-link.hint': {
    en: () => 'Link to a heading’s id (see the contents) or to an id set in the manuscript; its text stays, unlinked, in the EPUB.',
    zh: () => '请链接到标题的 id（见目录）或稿件中设定的 id；在 EPUB 中这段文字保留，但不带链接。',
  } as E<object>,

  // The watch (build-watch.ts).
  'watch.built': {
    en: (v) => `Built ${v.files} in ${v.seconds} s${v.parts ? `; ${v.laidOut} of ${count(v.parts, 'part')} laid out` : ''}. Watching for changes; Ctrl-C stops.`,
    zh: (v) => `${v.seconds} 秒内生成 ${v.files}${v.parts ? `；${v.parts} 个部分中新排 ${v.laidOut} 个` : ''}。正在监视改动；按 Ctrl-C 停止。`,
  } as E<{ files: string; seconds: string; laidOut: number; parts: number }>,
  'watch.failed': {
    en: (v) => `Nothing was written (${v.seconds} s); the previous editions stay. Watching for a fix.`,
    zh: (v) => `未写出任何文件（${v.seconds} 秒）；之前的版本保持不变。正在等待修正。`,
  } as E<{ seconds: string }>,
} satisfies Record<string, Entry<never>>;
