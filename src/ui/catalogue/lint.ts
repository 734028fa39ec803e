// The lint rules' findings and `booklet lint`'s own lines. Text quoted from the manuscript (`text`,
// `found`, `end`, …) is shown as it is in both languages; the rule id and `file:line:col` are the reporter's.
// A paired mark is named bare in Chinese (本段有 1 个 “ 没有闭合): in quotes, ““” reads as noise.
import { count, type Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

/** The numbers a heading-sequence finding skips: those between the last one before it (`n - count - 1`,
 *  0 when there was none) and `n`. */
const skipped = (v: { n: number; count: number }, separator: string) =>
  Array.from({ length: Math.max(v.count, 0) }, (_, k) => v.n - v.count + k).join(separator);

export const LINT = {
  // Extraction damage.
  'lint.broken-paragraph': {
    en: (v) => `Paragraph ends mid-sentence (“${v.end}”); the next paragraph (“${v.next}”) seems to continue it`,
    zh: (v) => `段落在句中断开（“${v.end}”），下一段（“${v.next}”）似乎是它的下文`,
  } as E<{ end: string; next: string }>,
  'lint.fragment-start': {
    en: (v) => `Paragraph starts mid-sentence (“${v.start}…”): a fragment of an unfinished paragraph elsewhere?`,
    zh: (v) => `段落从句子中间开始（“${v.start}…”）：是别处某个未完段落的残片吗？`,
  } as E<{ start: string }>,
  'lint.unterminated-ending': {
    en: (v) => `The last paragraph ends without terminal punctuation (“${v.end}”)`,
    zh: (v) => `最后一段末尾没有句末标点（“${v.end}”）`,
  } as E<{ end: string }>,
  'lint.heading-sequence': {
    en: (v) =>
      `Heading numbered ${v.n} follows ${v.n - v.count - 1 || 'no numbered heading'}: ${v.count === 1 ? 'heading' : 'headings'} ${skipped(v, ', ')} ${v.count === 1 ? 'is' : 'are'} missing`,
    zh: (v) =>
      `${v.n - v.count - 1 ? `标题编号从 ${v.n - v.count - 1} 跳到了 ${v.n}` : `同级标题的编号从 ${v.n} 开始`}：缺少编号为 ${skipped(v, '、')} 的标题`,
  } as E<{ n: number; count: number }>,
  'lint.bold-heading': {
    en: (v) => `Bold line standing alone (“${v.text}”): make it a heading (## ${v.text})`,
    zh: (v) => `单独成段的加粗行（“${v.text}”）：应改为标题（## ${v.text}）`,
  } as E<{ text: string }>,
  'lint.image-alt': {
    en: (v) => `Figure ${v.url} has no alt text: it is printed without a caption (write ${v.markdown})`,
    zh: (v) => `图片 ${v.url} 没有替代文字（alt）：印出来没有图注（可写作 ${v.markdown}）`,
  } as E<{ url: string; markdown: string }>,

  // Punctuation (GB/T 15834) and characters.
  'lint.halfwidth-punctuation': {
    en: (v) => `Half-width “${v.found}” next to Han text: use “${v.full}”`,
    zh: (v) => `汉字旁用了半角的“${v.found}”：应为“${v.full}”`,
  } as E<{ found: string; full: string }>,
  'lint.straight-quotes': {
    en: (v) => `Straight quote ${v.found} in Chinese text: use ${v.found === '"' ? '“ ”' : '‘ ’'}`,
    zh: (v) => `中文里用了直引号 ${v.found}：应为 ${v.found === '"' ? '“ ”' : '‘ ’'}`,
  } as E<{ found: string }>,
  'lint.ellipsis': {
    en: (v) => `Ellipsis written “${v.found}”: use “……”`,
    zh: (v) => `省略号写成了“${v.found}”：应为“……”`,
  } as E<{ found: string }>,
  'lint.dash': {
    en: (v) => `Dash written “${v.found}”: use “——”`,
    zh: (v) => `破折号写成了“${v.found}”：应为“——”`,
  } as E<{ found: string }>,
  'lint.unbalanced-close': {
    en: (v) => `“${v.close}” closes nothing`,
    zh: (v) => `多出一个 ${v.close}：前面没有与之配对的符号`,
  } as E<{ close: string }>,
  'lint.unbalanced-open': {
    en: (v) => `${v.count} “${v.open}” never closed in this paragraph`,
    zh: (v) => `本段有 ${v.count} 个 ${v.open} 没有闭合`,
  } as E<{ count: number; open: string }>,
  'lint.quote-nesting': {
    en: () => 'Double quotes inside single quotes: double quotes go outside',
    zh: () => '双引号套在了单引号里：应双引号在外，单引号在内',
  } as E<object>,
  'lint.repeated-punctuation': {
    en: (v) => `“${v.found}”: the mark is repeated`,
    zh: (v) => `“${v.found}”：标点重复了`,
  } as E<{ found: string }>,
  'lint.fullwidth-alphanumerics': {
    en: (v) => `Full-width “${v.found}”: use “${v.half}”`,
    zh: (v) => `全角字母或数字“${v.found}”：应为“${v.half}”`,
  } as E<{ found: string; half: string }>,
  'lint.space-between-han': { en: () => 'Space between Han characters', zh: () => '汉字之间有空格' } as E<object>,
  'lint.font-coverage': {
    en: (v) => `No glyph for ${v.code} “${v.char}” in the booklet’s fonts`,
    zh: (v) => `读本的字体里没有 ${v.code}“${v.char}”的字形`,
  } as E<{ code: string; char: string }>,
  'lint.stray-bom': {
    en: () => 'Zero-width no-break space (U+FEFF) inside the text',
    zh: () => '正文里有零宽不换行空格（U+FEFF）',
  } as E<object>,

  // `booklet lint --fix`.
  'lint.fixed': {
    en: (v) => `Fixed ${count(v.count, 'problem')} in ${v.file}`,
    zh: (v) => `已修正 ${v.file} 中的 ${v.count} 处问题`,
  } as E<{ count: number; file: string }>,
  'lint.would-fix': {
    en: (v) => `Would fix ${count(v.count, 'problem')} in ${v.file} (--dry-run: the file is unchanged)`,
    zh: (v) => `将修正 ${v.file} 中的 ${v.count} 处问题（--dry-run：文件未改动）`,
  } as E<{ count: number; file: string }>,
  'lint.fix-not-applied': {
    en: () => 'Fixes not applied: the result would not parse the same way',
    zh: () => '未作修正：改后的稿件解析出的结构会不同',
  } as E<object>,
  'lint.cannot-write': {
    en: (v) => `Cannot write the fixes to ${v.file} (${v.code})`,
    zh: (v) => `无法把修正写入 ${v.file}（${v.code}）`,
  } as E<{ file: string; code: string }>,
  'lint.cannot-write.hint': {
    en: () => 'Check that the file and its folder are writable.',
    zh: () => '请检查该文件及其所在文件夹是否可写。',
  } as E<object>,
} satisfies Record<string, Entry<never>>;
