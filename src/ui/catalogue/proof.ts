// The proof's words: each check's findings, what the build tried at a page break, the baseline and the
// tools it needs, and the proof command's own lines (the first run, the changes, the summary).
import { count, type Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

export const PROOF = {
  // Line breaking (cjk-print-rules A).
  'proof.line-start': { en: (v) => `Line starts with “${v.char}”`, zh: (v) => `行首为“${v.char}”` } as E<{ char: string }>,
  'proof.line-end': { en: (v) => `Line ends with “${v.char}”`, zh: (v) => `行尾为“${v.char}”` } as E<{ char: string }>,
  'proof.split-mark': { en: (v) => `“${v.mark}” is split across two lines`, zh: (v) => `“${v.mark}”被拆在了两行` } as E<{ mark: string }>,
  'proof.heading-break': { en: (v) => `The line breaks inside a word: «${v.excerpt}»`, zh: (v) => `在词语中间折行：«${v.excerpt}»` } as E<{ excerpt: string }>,

  // Punctuation and the type area (B, E).
  'proof.narrow-quote': {
    en: (v) => `“${v.char}” is ${v.em} em wide, not full width`,
    zh: (v) => `“${v.char}”只有 ${v.em} em 宽，不是全角`,
  } as E<{ char: string; em: string }>,
  'proof.punctuation-compression': {
    en: (v) => `“${v.pair}” takes ${v.em} em, not 1.5`,
    zh: (v) => `“${v.pair}”占 ${v.em} em，应为 1.5 em`,
  } as E<{ pair: string; em: string }>,
  'proof.punctuation-compression.justified': {
    en: (v) => `“${v.pair}” takes ${v.em} em, not 1.5 (${v.justified} with the line's justification)`,
    zh: (v) => `“${v.pair}”占 ${v.em} em，应为 1.5 em（计入本行两端对齐的拉伸为 ${v.justified} em）`,
  } as E<{ pair: string; em: string; justified: string }>,
  'proof.overflow': { en: (v) => `Line runs ${v.n} px outside the type area`, zh: (v) => `这一行超出版心 ${v.n} px` } as E<{ n: number }>,
  'proof.page-overflow': {
    en: () => 'Content is taller than the type area and is cut off',
    zh: () => '内容比版心高，超出的部分被截掉了',
  } as E<object>,
  'proof.image-box': { en: (v) => `Image is cut off: ${v.where} of the type area`, zh: (v) => `图片被截掉了：${v.where}` } as E<{ where: string }>,
  /** One edge an image runs past, then the others (`rest`, '' for none). */
  'proof.image-box.edge': {
    en: (v) => `${v.n} px past the ${v.edge}${v.rest ? `, ${v.rest}` : ''}`,
    zh: (v) => `超出版心${v.edge} ${v.n} px${v.rest ? `，${v.rest}` : ''}`,
  } as E<{ n: number; edge: string; rest: string }>,
  'proof.edge.left': { en: () => 'left', zh: () => '左边' } as E<object>,
  'proof.edge.right': { en: () => 'right', zh: () => '右边' } as E<object>,
  'proof.edge.top': { en: () => 'top', zh: () => '上端' } as E<object>,
  'proof.edge.foot': { en: () => 'foot', zh: () => '下端' } as E<object>,

  // Headings, widows and orphans, pages (D, F).
  'proof.heading-at-foot': { en: () => 'A heading ends the page (背题)', zh: () => '标题落在页末（背题）' } as E<object>,
  'proof.heading-at-foot.lines': {
    en: (v) => `A heading keeps only ${count(v.n, 'line')} of its text on the page (背题: two at least)`,
    zh: (v) => `标题之后本页只有 ${v.n} 行正文（背题：至少要两行）`,
  } as E<{ n: number }>,
  'proof.widow': {
    en: () => 'Widow: the last line of a paragraph alone at the top of the page',
    zh: () => '孤行：段落的末行单独落在页首',
  } as E<object>,
  'proof.orphan': {
    en: () => 'Orphan: the first line of a paragraph alone at the foot of the page',
    zh: () => '孤行：段落的首行单独落在页末',
  } as E<object>,
  'proof.orphan-character': {
    en: (v) => `The paragraph ends with a line of one character (孤字): “${v.text}”`,
    zh: (v) => `段落末行只有一个字（孤字）：“${v.text}”`,
  } as E<{ text: string }>,
  'proof.single-line-page': { en: () => 'The page holds a single line of text', zh: () => '这一页只有一行文字（单行不成面）' } as E<object>,
  'proof.verso-start': { en: () => 'An article opens on a verso (even page)', zh: () => '文章从左页（偶数页）开始' } as E<object>,

  // Running heads, folios and the contents (F4, F5).
  'proof.running-heads.blank': { en: () => 'A blank page carries a running head or folio', zh: () => '空白页上有书眉或页码' } as E<object>,
  'proof.running-heads.folio': { en: (v) => `Folio should be ${v.folio}`, zh: (v) => `页码应为 ${v.folio}` } as E<{ folio: string }>,
  'proof.running-heads.unnumbered': { en: () => 'An unnumbered page shows a folio', zh: () => '不编页码的页上印了页码' } as E<object>,
  'proof.running-heads.head': { en: (v) => `Running head should be “${v.head}”`, zh: (v) => `书眉应为“${v.head}”` } as E<{ head: string }>,
  'proof.running-heads.opener': {
    en: () => 'A page that opens a part carries a running head',
    zh: () => '一个部分的首页上有书眉',
  } as E<object>,
  'proof.toc-pages.count': {
    en: (v) => `The contents show ${count(v.n, 'page number')} for ${count(v.count, 'entry', 'entries')}`,
    zh: (v) => `目录有 ${v.count} 个条目，却印了 ${v.n} 个页码`,
  } as E<{ n: number; count: number }>,
  'proof.toc-pages.page': {
    en: (v) => `Contents say p. ${v.shown}, but it is on p. ${v.folio}`,
    zh: (v) => `目录上写的是第 ${v.shown} 页，实际在第 ${v.folio} 页`,
  } as E<{ shown: string; folio: string }>,

  // Fonts (G).
  'proof.fonts-embedded.type3': { en: (v) => `Type 3 font in the PDF (${v.font})`, zh: (v) => `PDF 中有 Type 3 字体（${v.font}）` } as E<{ font: string }>,
  'proof.fonts-embedded.missing': { en: (v) => `Font not embedded: ${v.font}`, zh: (v) => `字体未嵌入：${v.font}` } as E<{ font: string }>,
  'proof.font-allowlist.system': {
    en: (v) => `Text drawn with a system font: ${v.family} (${v.font})`,
    zh: (v) => `有文字是用系统字体排的：${v.family}（${v.font}）`,
  } as E<{ family: string; font: string }>,
  'proof.font-allowlist.web': {
    en: (v) => `Text drawn with an unexpected web font: ${v.family} (${v.font})`,
    zh: (v) => `有文字是用意料之外的网页字体排的：${v.family}（${v.font}）`,
  } as E<{ family: string; font: string }>,
  'proof.font-allowlist.embedded': {
    en: (v) => `The PDF embeds a face that is not the booklet’s: ${v.font}`,
    zh: (v) => `PDF 嵌入了不属于读本的字体：${v.font}`,
  } as E<{ font: string }>,
  'proof.tofu': {
    en: (v) => `No glyph for ${v.code} “${v.char}” in the booklet’s fonts`,
    zh: (v) => `读本的字体中没有 ${v.code}“${v.char}”的字形`,
  } as E<{ code: string; char: string }>,

  // Text lost between the manuscript and the PDF, by stream.
  'proof.text-lost.body': { en: () => 'Sentence missing from the PDF', zh: () => 'PDF 中缺了这句话' } as E<object>,
  'proof.text-lost.footnotes': { en: () => 'Footnote missing from the foot of the pages', zh: () => '页脚处缺了这条脚注' } as E<object>,
  'proof.text-lost.captions': { en: () => 'Caption missing from the PDF', zh: () => 'PDF 中缺了这条图表说明' } as E<object>,
  'proof.text-lost.cells': { en: () => 'Table cell missing from the PDF', zh: () => 'PDF 中缺了这个表格单元格' } as E<object>,

  // A finding the build tried to resolve at the page break, and why it could not (in-page/handlers.ts).
  'proof.tried': {
    en: (v) => `${v.finding} (the build tried to move the page break and could not: ${v.why})`,
    zh: (v) => `${v.finding}；排版时曾试图移动分页，未能成功：${v.why}`,
  } as E<{ finding: string; why: string }>,
  'proof.why.nothing': { en: () => 'nothing could move', zh: () => '没有可以移动的内容' } as E<object>,
  'proof.why.runs-on': {
    en: () => 'the paragraph runs on from the page before, and too few of its lines are here to split it otherwise',
    zh: () => '段落是从上一页接排过来的，本页上的行数太少，无法换一种拆法',
  } as E<object>,
  'proof.why.first': { en: () => 'the paragraph is the first thing on the page', zh: () => '段落位于本页开头' } as E<object>,
  'proof.why.no-lines': {
    en: () => 'what comes before it (a table, a figure, code) gives no lines',
    zh: () => '它前面的内容（表格、图、代码）没有可以移走的行',
  } as E<object>,
  'proof.why.footnote': {
    en: () => 'the paragraph before it calls a footnote, which would move with it',
    zh: () => '它前面的段落引用了脚注，脚注会跟着一起移走',
  } as E<object>,
  'proof.why.before-first': {
    en: () => 'the paragraph before it is the first thing on the page, or runs on from the page before',
    zh: () => '它前面的段落位于本页开头，或是从上一页接排过来的',
  } as E<object>,
  'proof.why.heading-first': { en: () => 'the heading is the first thing on the page', zh: () => '标题位于本页开头' } as E<object>,

  // The baseline (baseline.ts, compare.ts).
  'proof.baseline.root': { en: () => '`proof.baseline` is the filesystem root', zh: () => '`proof.baseline` 是文件系统的根目录' } as E<object>,
  'proof.baseline.is': { en: (v) => `\`proof.baseline\` is ${v.folder} (${v.path})`, zh: (v) => `\`proof.baseline\` 就是${v.folder}（${v.path}）` } as E<{ folder: string; path: string }>,
  'proof.baseline.contains': {
    en: (v) => `\`proof.baseline\` contains ${v.folder} (${v.path})`,
    zh: (v) => `\`proof.baseline\` 包含了${v.folder}（${v.path}）`,
  } as E<{ folder: string; path: string }>,
  'proof.folder.booklet': { en: () => 'the booklet folder', zh: () => '读本文件夹' } as E<object>,
  'proof.folder.output': { en: () => 'the output folder', zh: () => '输出文件夹' } as E<object>,
  'proof.folder.home': { en: () => 'your home folder', zh: () => '你的主目录' } as E<object>,
  'proof.baseline.in-report': {
    en: (v) => `\`proof.baseline\` is inside the report folder ${v.path}, which every proof rewrites`,
    zh: (v) => `\`proof.baseline\` 位于报告文件夹 ${v.path} 之内，而每次校对都会重写这个文件夹`,
  } as E<{ path: string }>,
  'proof.baseline.not-folder': { en: (v) => `\`proof.baseline\` is not a folder: ${v.path}`, zh: (v) => `\`proof.baseline\` 不是文件夹：${v.path}` } as E<{ path: string }>,
  'proof.baseline.others': {
    en: (v) => `\`proof.baseline\` holds files that are not page images: ${v.names}${v.n > 5 ? `, … (${v.n})` : ''} in ${v.path}`,
    zh: (v) => `\`proof.baseline\` 中有不是页面图片的文件：${v.names}${v.n > 5 ? ` 等 ${v.n} 个` : ''}，位于 ${v.path}`,
  } as E<{ names: string; n: number; path: string }>,
  'proof.baseline.hint': {
    en: () =>
      'Name a folder of its own for the approved page images, relative to booklet.yaml (default `proof-baseline`): `booklet proof --approve` fills it with page-NNN.png files and replaces them.',
    zh: () => '请为批准的页面图片另指定一个专用文件夹，路径相对于 booklet.yaml（默认 `proof-baseline`）：`booklet proof --approve` 会在其中写入并替换 page-NNN.png 文件。',
  } as E<object>,
  'proof.baseline.damaged': {
    en: (v) => `Baseline page image is not a PNG, or is damaged (${v.detail})`,
    zh: (v) => `基线的页面图片不是 PNG，或已损坏（${v.detail}）`,
  } as E<{ detail: string }>,
  'proof.baseline.approve-again': {
    en: () => 'Run `booklet proof --approve` to write the baseline again, once the current pages are right.',
    zh: () => '确认当前页面无误后，运行 `booklet proof --approve` 重新写出基线。',
  } as E<object>,

  // poppler-utils (render.ts, poppler.ts).
  'proof.tool-missing': { en: (v) => `${v.tool} not found`, zh: (v) => `找不到 ${v.tool}` } as E<{ tool: string }>,
  'proof.tool-failed': { en: (v) => `${v.tool} failed: ${v.detail}`, zh: (v) => `${v.tool} 运行失败：${v.detail}` } as E<{ tool: string; detail: string }>,
  'proof.poppler-hint': {
    en: () => 'Install poppler-utils (`apt-get install poppler-utils`, or run `make`).',
    zh: () => '请安装 poppler-utils（`apt-get install poppler-utils`，或运行 `make`）。',
  } as E<object>,

  // The proof command's lines.
  'proof.approved': {
    en: (v) => `Approved ${count(v.pages, 'page')} as the baseline in ${v.path}`,
    zh: (v) => `已将 ${v.pages} 页批准为基线，存于 ${v.path}`,
  } as E<{ pages: number; path: string }>,
} satisfies Record<string, Entry<never>>;
