// The proof report's words (output/proof/index.html and `booklet proof`'s summary): its headings, the
// names of pages, the visual changes and the page breaks the build moved. report.json and junit.xml are
// for tools and stay in English.
import { count, type Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

export const REPORT = {
  // A page as the reader finds it: by the folio printed on it, by what it is, or by its PDF page alone.
  'report.page.folio': { en: (v) => `p. ${v.folio} (PDF p. ${v.page})`, zh: (v) => `第 ${v.folio} 页（PDF 第 ${v.page} 页）` } as E<{ folio: string; page: number }>,
  'report.page.cover': { en: (v) => `cover (PDF p. ${v.page})`, zh: (v) => `封面（PDF 第 ${v.page} 页）` } as E<{ page: number }>,
  'report.page.title-page': { en: (v) => `title page (PDF p. ${v.page})`, zh: (v) => `扉页（PDF 第 ${v.page} 页）` } as E<{ page: number }>,
  'report.page.toc': { en: (v) => `contents (PDF p. ${v.page})`, zh: (v) => `目录（PDF 第 ${v.page} 页）` } as E<{ page: number }>,
  'report.page.blank': { en: (v) => `blank page (PDF p. ${v.page})`, zh: (v) => `空白页（PDF 第 ${v.page} 页）` } as E<{ page: number }>,
  'report.page.pdf': { en: (v) => `PDF p. ${v.page}`, zh: (v) => `PDF 第 ${v.page} 页` } as E<{ page: number }>,

  // The report's page.
  'report.title': { en: (v) => `Proof: ${v.title}`, zh: (v) => `校对：${v.title}` } as E<{ title: string }>,
  'report.summary': {
    en: (v) => [count(v.pages, 'page'), count(v.errors, 'error'), count(v.warnings, 'warning'), v.compared, `${count(v.n, 'page break')} moved by the build`].join(' · '),
    zh: (v) => `${v.pages} 页 · ${v.errors} 个错误 · ${v.warnings} 个警告 · ${v.compared} · 构建时调整了 ${v.n} 处分页`,
  } as E<{ pages: number; errors: number; warnings: number; compared: string; n: number }>,
  'report.findings': { en: () => 'Findings', zh: () => '发现的问题' } as E<object>,
  'report.pages': { en: () => 'Pages', zh: () => '页面' } as E<object>,
  'report.changes': { en: () => 'Visual changes', zh: () => '版面变化' } as E<object>,
  'report.adjustments': { en: () => 'Page breaks the build moved', zh: () => '构建时调整的分页' } as E<object>,
  'report.none': { en: () => 'None.', zh: () => '无。' } as E<object>,
  'report.no-page': { en: () => 'Not tied to a page', zh: () => '不在某一页上' } as E<object>,
  'report.th.severity': { en: () => 'severity', zh: () => '级别' } as E<object>,
  'report.th.check': { en: () => 'check', zh: () => '检查项' } as E<object>,
  'report.th.manuscript': { en: () => 'manuscript', zh: () => '稿件' } as E<object>,
  'report.th.message': { en: () => 'message', zh: () => '说明' } as E<object>,
  'report.th.excerpt': { en: () => 'excerpt', zh: () => '原文' } as E<object>,
  'report.th.where': { en: () => 'where', zh: () => '位置' } as E<object>,
  'report.th.what': { en: () => 'what', zh: () => '调整' } as E<object>,
  /** A badge's title: one line per finding on the page. */
  'report.badge': { en: (v) => `${v.check}: ${v.message}`, zh: (v) => `检查项 ${v.check}：${v.message}` } as E<{ check: string; message: string }>,

  // The visual comparison with the approved baseline.
  'report.compared.approved': { en: () => 'approved as the new baseline', zh: () => '已批准为新的基线' } as E<object>,
  'report.compared.changes': { en: (v) => count(v.pages, 'changed page'), zh: (v) => `${v.pages} 页有变化` } as E<{ pages: number }>,
  'report.compared.none': { en: () => 'not compared (no baseline)', zh: () => '未比对（没有基线）' } as E<object>,
  'report.no-baseline': {
    en: (v) => `No approved baseline at ${v.path}; the pages were not compared. Run \`booklet proof --approve\` to approve these pages.`,
    zh: (v) => `尚无已批准的基线（${v.path}），页面未经比对。运行 \`booklet proof --approve\` 即可把这些页面批准为基线。`,
  } as E<{ path: string }>,
  'report.approved': {
    en: (v) => `The pages were approved as the baseline in ${v.path}; none was compared.`,
    zh: (v) => `这些页面已批准为基线，存于 ${v.path}；未做比对。`,
  } as E<{ path: string }>,
  'report.unchanged': { en: () => 'None: every page matches the approved baseline.', zh: () => '无：每一页都与已批准的基线一致。' } as E<object>,
  'report.kind.changed': { en: () => 'changed', zh: () => '有变化' } as E<object>,
  'report.kind.added': { en: () => 'added', zh: () => '新增' } as E<object>,
  'report.kind.removed': { en: () => 'removed', zh: () => '已删除' } as E<object>,
  'report.change.changed': { en: (v) => `${v.name}: changed`, zh: (v) => `${v.name}：有变化` } as E<{ name: string }>,
  'report.change.changed-pixels': { en: (v) => `${v.name}: changed (${v.count} px)`, zh: (v) => `${v.name}：有变化（${v.count} 像素）` } as E<{ name: string; count: number }>,
  'report.change.changed-differ': { en: (v) => `${v.name}: changed (${v.count} px differ)`, zh: (v) => `${v.name}：有变化（${v.count} 像素不同）` } as E<{ name: string; count: number }>,
  'report.change.added': { en: (v) => `${v.name}: added`, zh: (v) => `${v.name}：新增` } as E<{ name: string }>,
  'report.change.removed': { en: (v) => `${v.name}: removed`, zh: (v) => `${v.name}：已删除` } as E<{ name: string }>,
  'report.image.baseline': { en: () => 'baseline', zh: () => '基线' } as E<object>,
  'report.image.current': { en: () => 'current', zh: () => '当前' } as E<object>,
  'report.image.difference': { en: () => 'difference', zh: () => '差异' } as E<object>,

  // The page breaks the build moved: the rule it held, and what it did.
  'report.rule.widow': { en: () => 'no widow', zh: () => '页首不留孤行' } as E<object>,
  'report.rule.orphan': { en: () => 'no orphan', zh: () => '页末不留孤行' } as E<object>,
  'report.rule.list': { en: () => 'no list item alone', zh: () => '列表项不落单' } as E<object>,
  'report.rule.single-line': { en: () => 'no page of one line', zh: () => '不出现只有一行的页面' } as E<object>,
  'report.rule.heading': { en: () => 'a heading keeps two lines after it', zh: () => '标题后至少跟两行' } as E<object>,
  'report.moved.lines': { en: (v) => `${v.rule}: ${count(v.n, 'line')} moved to the next page`, zh: (v) => `${v.rule}：${v.n} 行移到下一页` } as E<{ rule: string; n: number }>,
  'report.moved.paragraph': {
    en: (v) => `${v.rule}: the paragraph (${count(v.n, 'line')} here) moved to the next page with its headings`,
    zh: (v) => `${v.rule}：该段（本页 ${v.n} 行）连同其前的标题移到下一页`,
  } as E<{ rule: string; n: number }>,
  'report.moved.items': { en: (v) => `${v.rule}: list items moved to the next page`, zh: (v) => `${v.rule}：列表项移到下一页` } as E<{ rule: string }>,
  'report.moved.heading': {
    en: (v) => `${v.rule}: the heading moved to the next page with the ${count(v.n, 'line')} after it`,
    zh: (v) => `${v.rule}：标题连同其后 ${v.n} 行移到下一页`,
  } as E<{ rule: string; n: number }>,
  'report.moved.none': { en: (v) => `${v.rule}: not resolved, ${v.why}`, zh: (v) => `${v.rule}：未能解决，${v.why}` } as E<{ rule: string; why: string }>,
  // Why a break could not move (src/paginate/in-page/handlers.ts says it in English).

  // `booklet proof` on the terminal.
  'report.finding': { en: (v) => `${v.message}: «${v.excerpt}»`, zh: (v) => `${v.message}。原文：“${v.excerpt}”` } as E<{ message: string; excerpt: string }>,
  'report.finding-on-page': {
    en: (v) => `${v.message} — ${v.name}: «${v.excerpt}»`,
    zh: (v) => `${v.message}——${v.name}。原文：“${v.excerpt}”`,
  } as E<{ message: string; name: string; excerpt: string }>,
  'report.done': {
    en: (v) => `${count(v.pages, 'page')}, ${count(v.errors, 'error')}, ${count(v.warnings, 'warning')}, ${v.compared}, ${count(v.n, 'page break')} moved by the build. Report: ${v.file}`,
    zh: (v) => `${v.pages} 页，${v.errors} 个错误，${v.warnings} 个警告，${v.compared}，构建时调整了 ${v.n} 处分页。报告：${v.file}`,
  } as E<{ pages: number; errors: number; warnings: number; compared: string; n: number; file: string }>,
} satisfies Record<string, Entry<never>>;
