// The command line's own words: severities, progress stages, summaries.
import { count, type Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

export const CLI = {
  'severity.error': { en: () => 'error', zh: () => '错误' } as E<object>,
  'severity.warning': { en: () => 'warning', zh: () => '警告' } as E<object>,
  'severity.info': { en: () => 'info', zh: () => '信息' } as E<object>,
  'hint': { en: () => 'hint: ', zh: () => '提示：' } as E<object>,
  'summary.failed': {
    en: (v) => `booklet: ${count(v.errors, 'error')}; nothing was written.`,
    zh: (v) => `booklet：${v.errors} 个错误，未写出任何文件。`,
  } as E<{ errors: number }>,
  'internal-error': {
    en: (v) => `booklet: internal error: ${v.detail}\nThis is a bug in booklet; please report it (BOOKLET_DEBUG=1 shows the stack).`,
    zh: (v) => `booklet：内部错误：${v.detail}\n这是 booklet 的缺陷，请报告（设置 BOOKLET_DEBUG=1 可显示调用栈）。`,
  } as E<{ detail: string }>,

  // Progress: one stage of the build at a time.
  'stage.config': { en: () => 'Read booklet.yaml', zh: () => '读取 booklet.yaml' } as E<object>,
  'stage.manuscripts': { en: (v) => `Read ${count(v.n, 'manuscript')}`, zh: (v) => `读取 ${v.n} 篇稿件` } as E<{ n: number }>,
  'stage.lint': { en: () => 'Lint', zh: () => '检查稿件' } as E<object>,
  'stage.html': { en: () => 'Typeset HTML', zh: () => '排版 HTML' } as E<object>,
  'stage.images': { en: () => 'Read images', zh: () => '读取图片' } as E<object>,
  'stage.fonts': { en: () => 'Subset fonts', zh: () => '字体子集化' } as E<object>,
  'stage.chromium': { en: () => 'Start Chromium', zh: () => '启动 Chromium' } as E<object>,
  'stage.paginate': { en: () => 'Paginate with Paged.js', zh: () => '用 Paged.js 分页' } as E<object>,
  'stage.screen': { en: () => 'Finish the screen PDF', zh: () => '生成屏幕版 PDF' } as E<object>,
  'stage.print': { en: () => 'Make the print PDF', zh: () => '生成印刷版 PDF' } as E<object>,
  'stage.epub': { en: () => 'Package the EPUB', zh: () => '打包 EPUB' } as E<object>,
  'stage.close': { en: () => 'Close Chromium', zh: () => '关闭 Chromium' } as E<object>,
  'stage.proof': { en: () => 'Proof checks', zh: () => '校对检查' } as E<object>,
  'stage.pages': { en: (v) => `${count(v.pages, 'page')} laid out`, zh: (v) => `已排 ${v.pages} 页` } as E<{ pages: number }>,
  'stage.pages-read': { en: (v) => `${count(v.pages, 'page')} read`, zh: (v) => `已读 ${v.pages} 页` } as E<{ pages: number }>,

  // Summaries.
  'build.parts': {
    en: (v) => `${count(v.pages, 'page')}; ${v.laidOut} of ${count(v.parts, 'part')} laid out, ${v.cached} from the cache`,
    zh: (v) => `共 ${v.pages} 页；${v.parts} 个部分中新排 ${v.laidOut} 个，${v.cached} 个取自缓存`,
  } as E<{ pages: number; laidOut: number; parts: number; cached: number }>,
  'build.whole': {
    en: (v) => `${count(v.pages, 'page')}; the whole book laid out at once (simple engine, no cache)`,
    zh: (v) => `共 ${v.pages} 页；全书一次排版（简单引擎，不用缓存）`,
  } as E<{ pages: number }>,
  'build.wrote': { en: (v) => `Wrote ${v.files}`, zh: (v) => `已写出 ${v.files}` } as E<{ files: string }>,
  'build.done': {
    en: (v) => `Built ${count(v.editions, 'edition')} in ${v.seconds} s: ${v.files}`,
    zh: (v) => `${v.seconds} 秒内生成 ${v.editions} 个版本：${v.files}`,
  } as E<{ editions: number; seconds: string; files: string }>,
  'lint.summary': {
    en: (v) => `${count(v.errors, 'error')}, ${count(v.warnings, 'warning')}`,
    zh: (v) => `${v.errors} 个错误，${v.warnings} 个警告`,
  } as E<{ errors: number; warnings: number }>,
  'preview.listening-wide': {
    en: (v) => `Warning: listening on ${v.host}: other machines can read the booklet.`,
    zh: (v) => `警告：正在 ${v.host} 上监听，其他机器也能读到这本读本。`,
  } as E<{ host: string }>,
  'preview.url': { en: (v) => `Preview: ${v.url}`, zh: (v) => `预览：${v.url}` } as E<{ url: string }>,
  'watching': { en: () => 'Watching for changes; Ctrl-C stops.', zh: () => '正在监视改动；按 Ctrl-C 停止。' } as E<object>,
} satisfies Record<string, Entry<never>>;
