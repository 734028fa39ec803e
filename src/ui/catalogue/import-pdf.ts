// The PDF reader's words (src/import/read-pdf.ts): a PDF it cannot read, and why, and what to do.
import type { Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

const REPAIR = {
  en: 'Download or export the PDF again; or repair a copy (`qpdf in.pdf repaired.pdf`, or `mutool clean in.pdf repaired.pdf`) and import that.',
  zh: '请重新下载或导出该 PDF；或修复出一个副本（`qpdf in.pdf repaired.pdf`，或 `mutool clean in.pdf repaired.pdf`）再导入。',
};

export const IMPORT_PDF = {
  'import-pdf.unreadable': {
    en: (v) => `Cannot read the PDF: ${v.detail}`,
    zh: (v) => `无法读取该 PDF：${v.detail}`,
  } as E<{ detail: string }>,
  'import-pdf.unreadable.hint': {
    en: () => 'Check the path and that you may read the file.',
    zh: () => '请检查路径，以及是否有读取该文件的权限。',
  } as E<object>,
  'import-pdf.not-pdf': {
    en: (v) => `Not a PDF: the file begins with ${v.start}, not %PDF-`,
    zh: (v) => `不是 PDF：文件以 ${v.start} 开头，而不是 %PDF-`,
  } as E<{ start: string }>,
  'import-pdf.not-pdf.hint': {
    en: () => 'A web page or an image saved under a .pdf name is not a PDF: import it as what it is (.html, or run OCR on the image).',
    zh: () => '以 .pdf 为名保存的网页或图片并不是 PDF：请按其实际格式导入（.html；图片请先做 OCR）。',
  } as E<object>,
  'import-pdf.cut-short': {
    en: (v) => `The PDF is cut short: its ${v.bytes} bytes end without the end-of-file mark (%%EOF), so pages or parts of them may be missing`,
    zh: (v) => `该 PDF 不完整：${v.bytes} 字节之后没有文件结束标记（%%EOF），可能缺页或缺少部分内容`,
  } as E<{ bytes: number }>,
  'import-pdf.damaged': {
    en: (v) => `The PDF is damaged: ${v.detail}`,
    zh: (v) => `该 PDF 已损坏：${v.detail}`,
  } as E<{ detail: string }>,
  'import-pdf.page-damaged': {
    en: (v) => `Page ${v.page} of the PDF is damaged: ${v.detail}`,
    zh: (v) => `该 PDF 的第 ${v.page} 页已损坏：${v.detail}`,
  } as E<{ page: number; detail: string }>,
  'import-pdf.repair.hint': { en: () => REPAIR.en, zh: () => REPAIR.zh } as E<object>,
  'import-pdf.encrypted': {
    en: () => 'The PDF is encrypted: it opens only with its password',
    zh: () => '该 PDF 已加密：需要密码才能打开',
  } as E<object>,
  'import-pdf.encrypted.hint': {
    en: () => 'Save a copy without the password (`qpdf --decrypt --password=PASSWORD in.pdf open.pdf`, or print it to PDF from a viewer that has it open) and import that.',
    zh: () => '请另存一个不带密码的副本（`qpdf --decrypt --password=密码 in.pdf open.pdf`，或在已打开它的阅读器中“打印为 PDF”），再导入该副本。',
  } as E<object>,
  'import-pdf.no-text': {
    en: (v) => `The PDF has no text layer: its ${v.pages === 1 ? 'page is an image' : `${v.pages} pages are images`} (a scan?), with no text to import`,
    zh: (v) => `该 PDF 没有文字层：${v.pages === 1 ? '它仅有的一页是图像' : `它的 ${v.pages} 页都是图像`}（扫描件？），没有可导入的文字`,
  } as E<{ pages: number }>,
  'import-pdf.no-text.hint': {
    en: () => 'Give it a text layer by OCR first, e.g. `ocrmypdf -l chi_sim+eng in.pdf text.pdf` (Debian: `apt-get install ocrmypdf tesseract-ocr-chi-sim`), import text.pdf, and check the recognised text against the scan.',
    zh: () => '请先用 OCR 为它加上文字层，例如 `ocrmypdf -l chi_sim+eng in.pdf text.pdf`（Debian：`apt-get install ocrmypdf tesseract-ocr-chi-sim`），再导入 text.pdf，并对照扫描件校对识别出的文字。',
  } as E<object>,
  'import-pdf.image-pages': {
    en: (v) => `${v.pages === 1 ? 'Page' : 'Pages'} ${v.list} of the PDF ${v.pages === 1 ? 'is an image' : 'are images'} with no text (scanned?): any text on ${v.pages === 1 ? 'it' : 'them'} is not imported`,
    zh: (v) => `该 PDF 的第 ${v.list} 页是没有文字的图像（扫描页？）：其上若有文字，并未导入`,
  } as E<{ pages: number; list: string }>,
  'import-pdf.image-pages.hint': {
    en: () => 'If those pages hold text, OCR the PDF first (`ocrmypdf --skip-text -l chi_sim+eng in.pdf text.pdf` leaves the pages with text as they are) and import text.pdf.',
    zh: () => '这些页面如有文字，请先对该 PDF 做 OCR（`ocrmypdf --skip-text -l chi_sim+eng in.pdf text.pdf` 会保留已有文字的页面），再导入 text.pdf。',
  } as E<object>,
  'import-pdf.no-pages': {
    en: () => 'The PDF has no pages',
    zh: () => '该 PDF 没有任何页面',
  } as E<object>,
} as const;
