// `booklet import`: its help, its progress and summary, a source it cannot read, what it left for a human,
// and the notes of the editorial record it writes (worded in Chinese in the manuscripts, as the book is;
// in the user's language with --verbose). Text quoted from a source is shown as it is in both languages.
import { count, type Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;
const text = (en: string, zh: string): E<object> => ({ en: () => en, zh: () => zh });

export const IMPORT = {
  // --help.
  'import.help': text(
    'Make manuscripts from your material (a PDF, a Word .docx, a saved web page, text or Markdown): articles split, front matter found, paragraphs joined, safe repairs made and recorded',
    '把手头的材料（PDF、Word .docx、保存的网页、文本或 Markdown）做成稿件：拆分文章、识别文章信息、接续段落，作安全修正并逐条记录',
  ),
  'import.help.sources': text('the files to import (.txt, .md, .pdf, .docx, .html)', '要导入的文件（.txt、.md、.pdf、.docx、.html）'),
  'import.help.into': text(
    'the booklet folder to write into: created when missing; its booklet.yaml, if any, gets the new articles (default: the current folder)',
    '写入的读本文件夹：不存在时新建；其中已有 booklet.yaml 时，把新文章添加进去（默认：当前文件夹）',
  ),
  'import.help.title': text('the title of an article whose source has none that can be recognised', '原文中认不出标题时，文章的标题'),
  'import.help.verbose': text('also list what was dropped as page furniture or clutter, and every repair', '同时列出作为版面元素或杂项去掉的内容，以及每一处修正'),

  // Progress and summary.
  'import.stage.read': { en: (v) => `Reading ${v.file}`, zh: (v) => `正在读取 ${v.file}` } as E<{ file: string }>,
  'import.stage.write': { en: (v) => `Writing into ${v.dir}`, zh: (v) => `正在写入 ${v.dir}` } as E<{ dir: string }>,
  'import.read': { en: (v) => `${v.file}: ${count(v.count, 'article')}`, zh: (v) => `${v.file}：${v.count} 篇文章` } as E<{ file: string; count: number }>,
  'import.wrote': {
    en: (v) => `Wrote ${v.file}: ${v.title} (${count(v.count, 'entry', 'entries')} in its editorial record)`,
    zh: (v) => `已写出 ${v.file}：${v.title}（编辑记录 ${v.count} 条）`,
  } as E<{ file: string; title: string; count: number }>,
  'import.booklet-new': { en: (v) => `Wrote ${v.file}`, zh: (v) => `已写出 ${v.file}` } as E<{ file: string }>,
  'import.booklet-appended': {
    en: (v) => `Added ${count(v.count, 'article')} to ${v.file}`,
    zh: (v) => `已在 ${v.file} 中添加 ${v.count} 篇文章`,
  } as E<{ file: string; count: number }>,
  'import.rules-set': {
    en: (v) => `${v.file}: ${v.rules} report warnings, not errors, until you decide what the source leaves open`,
    zh: (v) => `${v.file}：在你对原文留下的问题作出决定之前，${v.rules} 只报警告，不报错误`,
  } as E<{ file: string; rules: string }>,
  'import.placeholders': {
    en: (v) => `Left to decide in ${v.file}: the booklet's title, compiler and date (written as placeholders)`,
    zh: (v) => `${v.file} 中有待决定：读本的书名、编者和日期（现为占位内容）`,
  } as E<{ file: string }>,
  'import.summary': {
    en: (v) => `Imported ${count(v.count, 'article')}; left to decide: ${count(v.errors, 'error')}, ${count(v.warnings, 'warning')}`,
    zh: (v) => `已导入 ${v.count} 篇文章；有待决定：${v.errors} 个错误，${v.warnings} 个警告`,
  } as E<{ count: number; errors: number; warnings: number }>,
  'import.next': { en: (v) => `Next: ${v.command}`, zh: (v) => `下一步：${v.command}` } as E<{ command: string }>,
  'import.left': { en: (v) => `${v.finding} (source: ${v.at})`, zh: (v) => `${v.finding}（原文：${v.at}）` } as E<{ finding: string; at: string }>,
  'import.dropped': {
    en: (v) => `${v.file}, ${v.at}: dropped as ${v.why}: “${v.text}”`,
    zh: (v) => `${v.file}，${v.at}：作为${v.why}去掉：“${v.text}”`,
  } as E<{ file: string; at: string; why: string; text: string }>,
  'import.repair': { en: (v) => `${v.file}: ${v.action}: ${v.note}`, zh: (v) => `${v.file}：${v.action}：${v.note}` } as E<{ file: string; action: string; note: string }>,
  'import.why.folio': text('a folio', '页码'),
  'import.why.running-head': text('a running head', '书眉'),
  'import.why.header': text('a page header', '页眉'),
  'import.why.footer': text('a page footer', '页脚'),
  'import.why.navigation': text('navigation', '导航'),
  'import.why.advertisement': text('an advertisement', '广告'),
  'import.why.related': text('related links', '相关链接'),
  'import.why.clutter': text('clutter', '杂项'),
  'import.title-unused': {
    en: (v) => `--title “${v.title}” not used: every article's title is in its source`,
    zh: (v) => `未使用 --title“${v.title}”：每篇文章的标题原文中都有`,
  } as E<{ title: string }>,

  // A source or a folder that cannot be imported.
  'import.not-found': { en: (v) => `Source not found: ${v.file}`, zh: (v) => `找不到原文：${v.file}` } as E<{ file: string }>,
  'import.is-folder': { en: (v) => `${v.file} is a folder, not a source file`, zh: (v) => `${v.file} 是文件夹，不是原文文件` } as E<{ file: string }>,
  'import.not-found.hint': text('Name the source files themselves, relative to the current folder.', '请写出原文文件本身的路径（相对于当前文件夹）。'),
  'import.cannot-read': { en: (v) => `Cannot read ${v.file} (${v.code})`, zh: (v) => `无法读取 ${v.file}（${v.code}）` } as E<{ file: string; code: string }>,
  'import.unknown-kind': {
    en: (v) => `Cannot import ${v.file}: no reader for “${v.ext}” files (it reads ${v.kinds})`,
    zh: (v) => `无法导入 ${v.file}：没有读取“${v.ext}”文件的读取器（可读取 ${v.kinds}）`,
  } as E<{ file: string; ext: string; kinds: string }>,
  'import.unknown-kind.hint': text(
    'Save the material as text (.txt), Markdown (.md), PDF, Word (.docx) or a web page (.html), and import that.',
    '请把材料另存为文本（.txt）、Markdown（.md）、PDF、Word（.docx）或网页（.html），再导入。',
  ),
  'import.front-matter': { en: (v) => `${v.file} is a manuscript already (it has front matter)`, zh: (v) => `${v.file} 已经是稿件（有文件头）` } as E<{ file: string }>,
  'import.front-matter.hint': text(
    'Add it to the `articles` of booklet.yaml instead of importing it, or remove its front matter (the block between the `---` lines at the top).',
    '请把它加进 booklet.yaml 的 `articles`，不必导入；或删掉它的文件头（顶部两行 `---` 之间的部分）。',
  ),
  'import.empty': { en: (v) => `${v.file} has no text to import`, zh: (v) => `${v.file} 里没有可导入的文字` } as E<{ file: string }>,
  'import.empty.hint': text('Check that this is the file you meant, and that it was saved with its text.', '请确认这是要导入的文件，而且保存时带有文字。'),
  'import.no-title': {
    en: (v) => `No title found at the start of ${v.file}: its first line reads as body text`,
    zh: (v) => `${v.file} 开头没有找到标题：第一行读起来是正文`,
  } as E<{ file: string }>,
  'import.no-title.hint': {
    en: (v) => `Give the article's title: ${v.command}, or put it on a line of its own (as \`# title\`) before the text.`,
    zh: (v) => `请给出文章的标题：${v.command}；或在正文之前单独一行写上标题（写作 \`# 标题\`）。`,
  } as E<{ command: string }>,
  'import.no-body': {
    en: (v) => `“${v.title}” reads as an article's title, but no text follows it before the next title`,
    zh: (v) => `“${v.title}”读起来是文章标题，但在下一个标题之前没有正文`,
  } as E<{ title: string }>,
  'import.no-body.hint': text(
    'If it belongs to the title under it (a line above a headline), put the two on one line in the source; if its text is missing, add it.',
    '如果它属于下面的标题（标题上方的一行），请在原文中把两行并成一行；如果缺了正文，请补上。',
  ),
  'import.title-once': {
    en: (v) => `--title names one article's title, but ${count(v.count, 'source')} have none`,
    zh: (v) => `--title 只能给一篇文章命名，但有 ${v.count} 份原文没有标题`,
  } as E<{ count: number }>,
  'import.title-once.hint': text('Import those sources one at a time, each with its own --title.', '请逐份导入这些原文，各带自己的 --title。'),
  'import.encoding': {
    en: (v) => `Not UTF-8: read as ${v.encoding}, the encoding it reads as Chinese text in`,
    zh: (v) => `不是 UTF-8：已按 ${v.encoding} 读取（按此编码读出来是中文）`,
  } as E<{ encoding: string }>,
  'import.encoding.hint': text(
    'Check a few lines of the manuscripts against the source; the manuscripts are written in UTF-8.',
    '请对照原文检查稿件中的几行文字；稿件以 UTF-8 写出。',
  ),
  'import.into-not-folder': { en: (v) => `${v.dir} is a file, not a folder`, zh: (v) => `${v.dir} 是文件，不是文件夹` } as E<{ dir: string }>,
  'import.into-not-folder.hint': text('Name a booklet folder after --into: a new one, or one with booklet.yaml.', '请在 --into 后写读本文件夹：新的，或含 booklet.yaml 的。'),
  'import.cannot-write': { en: (v) => `Cannot write into ${v.dir} (${v.code}); nothing was written`, zh: (v) => `无法写入 ${v.dir}（${v.code}）；未写出任何文件` } as E<{ dir: string; code: string }>,
  'import.text-differs': {
    en: (v) => `The manuscripts would not hold the source's text from ${v.at} on: the source has “${v.expected}”, the manuscripts “${v.actual}”; nothing was written`,
    zh: (v) => `稿件从原文${v.at}起与原文不符：原文是“${v.expected}”，稿件是“${v.actual}”；未写出任何文件`,
  } as E<{ at: string; expected: string; actual: string }>,
  'import.text-check.hint': text(
    'This is a fault of booklet import, not of your source: please report it with the source. Until then, copy the text by hand.',
    '这是 booklet import 的缺陷，不是原文的问题：请连同原文一起报告。在此之前，请手工复制文字。',
  ),

  // Places in a source.
  'import.place.line': { en: (v) => `line ${v.line}`, zh: (v) => `第 ${v.line} 行` } as E<{ line: number }>,
  'import.place.page': { en: (v) => `page ${v.page}, line ${v.line}`, zh: (v) => `第 ${v.page} 页第 ${v.line} 行` } as E<{ page: number; line: number }>,
  'import.break.line': text('a line end', '换行'),
  'import.break.blank': text('an empty line', '空行'),
  'import.break.column': text('the end of a column', '分栏'),
  'import.break.page': text('the end of a page', '换页'),

  // The editorial record's notes.
  'import.note.title': {
    en: (v) => `Title moved into the front matter (source: ${v.file}).`,
    zh: (v) => `标题移入前言区（原文：${v.file}）。`,
  } as E<{ file: string }>,
  'import.note.title-lines': {
    en: (v) => `Title set in two lines (with ${v.after}) moved into the front matter as one, a space between them (source: ${v.file}).`,
    zh: (v) => `分两行排的标题（连同${v.after}）作为一个标题移入前言区，两行之间空一格（原文：${v.file}）。`,
  } as E<{ file: string; after: string }>,
  'import.note.title-given': {
    en: (v) => `The source has no title that could be recognised: the title “${v.title}” was given with --title.`,
    zh: (v) => `原文中认不出标题：标题“${v.title}”由 --title 给出。`,
  } as E<{ title: string }>,
  'import.note.title-document': {
    en: (v) => `The title “${v.title}” is the document's own (its properties, or the web page's title).`,
    zh: (v) => `标题“${v.title}”取自文档自身的标题（文档属性或网页标题）。`,
  } as E<{ title: string }>,
  'import.note.subtitle': text('Subtitle moved into the front matter.', '副题移入前言区。'),
  'import.note.byline': text('Byline moved into the front matter.', '署名移入前言区。'),
  'import.note.byline-mark': {
    en: (v) => `Byline moved into the front matter, without the “${v.mark}” before the name.`,
    zh: (v) => `署名移入前言区，去掉名字前的“${v.mark}”。`,
  } as E<{ mark: string }>,
  'import.note.source-note': {
    en: (v) => `Source note moved into the front matter (note; ${v.fields} taken from it), printed at the end of the article in full-width brackets.`,
    zh: (v) => `文末来源说明移入前言区 note（并析出 ${v.fields}），排在文末，用全角括号。`,
  } as E<{ fields: string }>,
  'import.note.join': {
    en: (v) => `The paragraph breaks mid-sentence at ${v.before} (${v.why}): joined with ${v.after} (“${v.head}”).`,
    zh: (v) => `段落在${v.before}句中断开（${v.why}），与${v.after}（“${v.head}”）合为一段。`,
  } as E<{ before: string; after: string; why: string; head: string }>,
  'import.note.heading-bold': {
    en: (v) => `A bold line standing alone: a heading that extraction made body text; made a level ${v.depth} heading.`,
    zh: (v) => `单独成行的粗体字是被提取成正文的小标题，改为 ${v.depth} 级标题。`,
  } as E<{ depth: number }>,
  'import.note.heading-numbered': {
    en: (v) => `A short numbered line standing alone: a section heading; made a level ${v.depth} heading.`,
    zh: (v) => `单独成行的带序号短句是部分标题，改为 ${v.depth} 级标题。`,
  } as E<{ depth: number }>,
  'import.note.heading-size': {
    en: (v) => `A short line set larger than the body: a heading; made a level ${v.depth} heading.`,
    zh: (v) => `字号大于正文的单独短句是小标题，改为 ${v.depth} 级标题。`,
  } as E<{ depth: number }>,
  'import.note.heading-standalone': {
    en: (v) => `A short line standing alone without terminal punctuation: a heading; made a level ${v.depth} heading.`,
    zh: (v) => `单独成行、没有句末标点的短句是小标题，改为 ${v.depth} 级标题。`,
  } as E<{ depth: number }>,
  'import.note.fix': {
    en: (v) => `${v.rule}: “${v.found}” became “${v.fixed}” (a safe fix of booklet lint --fix).`,
    zh: (v) => `${v.rule}：“${v.found}”改为“${v.fixed}”（booklet lint --fix 的安全修正）。`,
  } as E<{ rule: string; found: string; fixed: string }>,
} as const;
