// The preview's words: its panel of findings in the reader's browser (worded on the server, see
// src/preview/page.ts panelWords), its error page, and what `booklet preview` says on the terminal.
// (preview.url and preview.listening-wide are in cli.ts.)
import { count, type Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

export const PREVIEW = {
  // The panel beside the pages.
  'preview.panel.heading': { en: (v) => `${count(v.count, 'finding')}; ${v.n} on the pages in view`, zh: (v) => `共 ${v.count} 条问题，可见的页面上有 ${v.n} 条` } as E<{ count: number; n: number }>,
  'preview.panel.note': {
    en: (v) => `Lint: the whole booklet. Proof checks: each of the ${v.pages} pages as it comes into view.`,
    zh: (v) => `稿件检查：整本读本。校对检查：全书 ${v.pages} 页，每页进入视野时检查。`,
  } as E<{ pages: number }>,
  'preview.panel.book': { en: () => 'The booklet', zh: () => '整本读本' } as E<object>,
  'preview.panel.page': { en: (v) => `Page ${v.page} (folio ${v.folio})`, zh: (v) => `第 ${v.page} 页（页码 ${v.folio}）` } as E<{ page: number; folio: string }>,
  'preview.kind.lint': { en: () => 'lint', zh: () => '稿件检查' } as E<object>,
  'preview.kind.proof': { en: () => 'proof', zh: () => '校对' } as E<object>,
  'preview.failed': { en: (v) => `The preview failed: ${v.detail}`, zh: (v) => `预览失败：${v.detail}` } as E<{ detail: string }>,
  // A finding in the panel and in its block's title.
  'preview.excerpt': { en: (v) => `${v.message}: ${v.excerpt}`, zh: (v) => `${v.message}。原文：“${v.excerpt}”` } as E<{ message: string; excerpt: string }>,
  'preview.where.page': { en: (v) => `page ${v.page}`, zh: (v) => `第 ${v.page} 页` } as E<{ page: number }>,
  'preview.where.unknown': { en: () => 'page ?', zh: () => '页码不明' } as E<object>,

  // The page shown in place of the booklet when it cannot be typeset.
  'preview.errors.title': { en: (v) => `booklet: ${count(v.errors, 'error')}`, zh: (v) => `booklet：${v.errors} 个错误` } as E<{ errors: number }>,
  'preview.errors.heading': { en: () => 'The booklet cannot be typeset', zh: () => '读本无法排版' } as E<object>,
  'preview.errors.fix': { en: () => 'Fix the file and save it: the preview comes back by itself.', zh: () => '改正文件并保存，预览会自动恢复。' } as E<object>,

  // `booklet preview` on the terminal.
  'preview.updated': { en: (v) => `Updated in ${v.seconds} s`, zh: (v) => `已更新，用时 ${v.seconds} 秒` } as E<{ seconds: string }>,
  'preview.cannot-typeset': { en: () => 'The booklet could not be typeset', zh: () => '读本无法排版' } as E<object>,
  'preview.see-above': { en: () => 'See the message above.', zh: () => '见上方的消息。' } as E<object>,
  'preview.port-in-use': { en: (v) => `Port ${v.n} is in use`, zh: (v) => `端口 ${v.n} 已被占用` } as E<{ n: number }>,
  'preview.port-hint': { en: () => 'Give another with --port (0 picks a free one).', zh: () => '用 --port 另选一个端口（0 表示任选一个空闲端口）。' } as E<object>,
  'preview.cannot-listen': { en: (v) => `Cannot listen on ${v.address} (${v.detail})`, zh: (v) => `无法在 ${v.address} 上监听（${v.detail}）` } as E<{ address: string; detail: string }>,
  'preview.listen-hint': { en: () => 'Check --host and --port.', zh: () => '请检查 --host 和 --port。' } as E<object>,
} satisfies Record<string, Entry<never>>;
