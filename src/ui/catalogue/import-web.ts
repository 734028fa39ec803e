// The words of the readers of Word documents and saved web pages (src/import/read-docx.ts, read-html.ts):
// a file that is not a .docx, a damaged one, a web page with no article.
import type { Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

export const IMPORT_WEB = {
  // A .docx that cannot be read (read-docx.ts, web/docx-package.ts).
  'import-web.docx-not-zip': {
    en: () => 'Not a Word document (.docx): the file is not a zip archive, as every .docx is',
    zh: () => '不是 Word 文档（.docx）：它不是 zip 压缩包，而每个 .docx 都是',
  } as E<object>,
  'import-web.docx-not-zip.hint': {
    en: () => 'If it is a Word document of another kind (.rtf, .odt, a web page saved as .doc), open it in Word or LibreOffice and save it as a Word document (.docx).',
    zh: () => '如果它是别种格式的文档（.rtf、.odt、存成 .doc 的网页），请用 Word 或 LibreOffice 打开，另存为 Word 文档（.docx）。',
  } as E<object>,
  'import-web.docx-old-format': {
    en: () => 'A Word 97–2003 document (.doc), or a .docx locked with a password: only .docx files are read',
    zh: () => '这是 Word 97–2003 文档（.doc），或是加了密码的 .docx：只能读取 .docx 文件',
  } as E<object>,
  'import-web.docx-old-format.hint': {
    en: () => 'Open it in Word or LibreOffice and save it as a Word document (.docx), without a password.',
    zh: () => '请用 Word 或 LibreOffice 打开，另存为 Word 文档（.docx），不设密码。',
  } as E<object>,
  'import-web.docx-damaged': {
    en: (v) => `A damaged .docx: its zip archive cannot be read (${v.detail})`,
    zh: (v) => `.docx 已损坏：无法读取它的 zip 压缩包（${v.detail}）`,
  } as E<{ detail: string }>,
  'import-web.docx-unreadable': {
    en: (v) => `A damaged .docx: its text cannot be read (${v.detail})`,
    zh: (v) => `.docx 已损坏：无法读取其中的文字（${v.detail}）`,
  } as E<{ detail: string }>,
  'import-web.docx-repair.hint': {
    en: () => 'Open it in Word (which offers to repair a damaged file) or LibreOffice, save it again as .docx, and import that; or copy its text into a .txt file.',
    zh: () => '请用 Word（它会提议修复损坏的文件）或 LibreOffice 打开，重新存为 .docx 再导入；或者把文字复制到 .txt 文件中。',
  } as E<object>,
  'import-web.docx-no-document': {
    en: (v) => `Not a Word document: the zip archive holds no word/document.xml${v.kind ? ` (it looks like ${v.kind})` : ''}`,
    zh: (v) => `不是 Word 文档：zip 压缩包里没有 word/document.xml${v.kind ? `（看起来是${v.kind}）` : ''}`,
  } as E<{ kind: string }>,
  'import-web.docx-no-document.hint': {
    en: () => 'Export it from the program that made it as a Word document (.docx); if it is a damaged .docx, open it in Word, which offers to repair it.',
    zh: () => '请用生成它的程序导出为 Word 文档（.docx）；如果它是损坏的 .docx，请用 Word 打开，Word 会提议修复。',
  } as E<object>,
  'import-web.kind.spreadsheet': { en: () => 'an Excel spreadsheet', zh: () => ' Excel 电子表格' } as E<object>,
  'import-web.kind.presentation': { en: () => 'a PowerPoint presentation', zh: () => ' PowerPoint 演示文稿' } as E<object>,
  'import-web.kind.opendocument': { en: () => 'an OpenDocument file (LibreOffice)', zh: () => ' OpenDocument 文件（LibreOffice）' } as E<object>,
  'import-web.kind.epub': { en: () => 'an EPUB book', zh: () => ' EPUB 电子书' } as E<object>,
  'import-web.docx-empty': {
    en: () => 'The Word document holds no text',
    zh: () => '这份 Word 文档里没有文字',
  } as E<object>,
  'import-web.docx-empty.hint': {
    en: () => 'Check that it is the file you meant. Text in a picture (a scanned page) cannot be read: it needs OCR first.',
    zh: () => '请确认这是要导入的文件。图片里的文字（扫描的页面）无法读取，需要先做文字识别（OCR）。',
  } as E<object>,

  // A web page (read-html.ts, web/find-article.ts).
  'import-web.no-text': {
    en: () => 'The web page holds no text',
    zh: () => '这个网页里没有文字',
  } as E<object>,
  'import-web.no-text.hint': {
    en: () => 'It may be built by JavaScript once it is open in a browser: open it, wait until the article shows, and save it with the browser\'s "Save Page As…" (Web Page, Complete); or copy the article\'s text into a .txt file and import that.',
    zh: () => '它可能要在浏览器中打开后由 JavaScript 生成：请打开网页，等文章显示出来，再用浏览器的“网页另存为…”（网页，全部）保存；或者把文章的文字复制到 .txt 文件中再导入。',
  } as E<object>,
  'import-web.no-article': {
    en: () => 'No article found on the web page: its text is navigation, links and page furniture',
    zh: () => '网页里找不到文章：它的文字都是导航、链接和页面装饰',
  } as E<object>,
  'import-web.no-article.hint': {
    en: () => 'It may be an index, a search result or a login page: open the article itself and save that page; or copy the article\'s text into a .txt file and import that.',
    zh: () => '它可能是目录页、搜索结果页或登录页：请打开文章本身再保存那个网页；或者把文章的文字复制到 .txt 文件中再导入。',
  } as E<object>,
} as const;
