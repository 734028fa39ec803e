// booklet.yaml's and front matter's words (`config.`: YAML, the schema, paths and setting ids) and those of
// reading a manuscript (`read.`: its bytes, its encoding, its title and body). Values that name a choice
// are its id (`expected: 'array'`, `bound: 'min'`, `encoding: 'GB18030'`), worded here in each language.
import { count, type Entry } from '../phrase.js';

type E<V> = Entry<V & Record<string, string | number>>;

/** A key path as the subject of a sentence: `page.size`, or the whole document when there is none (in
 *  Chinese with the space a code span takes before Han). */
const subject = {
  en: (key: string) => (key ? `\`${key}\`` : 'The document'),
  zh: (key: string) => (key ? `\`${key}\` ` : '整个文件'),
};

/** `a, b, c` (ids as the English lists them) with the Chinese enumeration comma: `a、b、c`. */
const zhList = (list: string) => list.split(', ').join('、');

/** `a, b, c` as a choice: `a, b or c`; `a、b 或 c`. */
const orList = {
  en: (list: string) => list.replace(/, ([^,]*)$/, ' or $1'),
  zh: (list: string) => zhList(list).replace(/、([^、]*)$/, ' 或 $1'),
};

/** What a value must be (zod's expected types), and what it was (validate-yaml.ts's kindOf). */
const EXPECTED: Record<'en' | 'zh', Record<string, string>> = {
  en: { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list (lines starting with "- ")', object: 'keys indented below it', record: 'keys indented below it' },
  zh: { string: '文本', number: '数字', int: '整数', boolean: 'true 或 false', array: '列表（以“- ”开头的行）', object: '缩进在它下面的键', record: '缩进在它下面的键' },
};
const GIVEN: Record<'en' | 'zh', Record<string, string>> = {
  en: { empty: 'empty', array: 'a list', string: 'text', number: 'a number', true: '`true`', false: '`false`', object: 'keys' },
  zh: { empty: '空值', array: '列表', string: '文本', number: '数字', true: '`true`', false: '`false`', object: '一组键' },
};

/** A limit: `min` (inclusive) and `above` (exclusive) from below, `max` and `below` from above. */
const BOUND: Record<'en' | 'zh' | 'zhNumber', Record<string, string>> = {
  en: { min: 'at least', above: 'more than', max: 'at most', below: 'less than' },
  zh: { min: '不少于', above: '多于', max: '不多于', below: '少于' },
  zhNumber: { min: '不小于', above: '大于', max: '不大于', below: '小于' },
};

/** What booklet.yaml's settings name: a lint rule or a proof check. */
const SETTING: Record<'en' | 'zh', Record<string, string>> = {
  en: { lint: 'lint rule', proof: 'proof check' },
  zh: { lint: '检查规则', proof: '校对检查' },
};

/** What a file that is not UTF-8 reads as (guess-encoding.ts), by the name iconv knows it by. */
const READS_AS: Record<'en' | 'zh', Record<string, string>> = {
  en: {
    GB18030: 'It reads as GB18030 (GBK) Chinese, as files from Windows often are',
    BIG5: 'It reads as Big5 (Traditional Chinese), not GB18030',
    'BIG5-HKSCS': 'It reads as Big5 with the Hong Kong supplement (HKSCS), not GB18030',
    'UTF-16LE': 'It reads as UTF-16LE without a byte-order mark',
    'UTF-16BE': 'It reads as UTF-16BE without a byte-order mark',
  },
  zh: {
    GB18030: '它看来是 GB18030（GBK）编码的中文，Windows 上保存的文件常是这样',
    BIG5: '它看来是 Big5（繁体中文）编码，而不是 GB18030',
    'BIG5-HKSCS': '它看来是带香港增补字符集（HKSCS）的 Big5 编码，而不是 GB18030',
    'UTF-16LE': '它看来是没有字节顺序标记（BOM）的 UTF-16LE',
    'UTF-16BE': '它看来是没有字节顺序标记（BOM）的 UTF-16BE',
  },
};

const word = (table: Record<string, string>, id: string) => table[id] ?? id;
/** A word after Han, with a space before it when it opens with a Latin letter, a digit or a backtick. */
const afterHan = (text: string) => (/^[`A-Za-z0-9]/.test(text) ? ` ${text}` : text);

/** A YAML error of the code the key names: yaml's own words, glossed in Chinese. */
function yamlError(gloss: string): E<{ detail: string }> {
  return { en: (v) => `Invalid YAML: ${v.detail}`, zh: (v) => `YAML 写法有误：${gloss}（${v.detail}）` };
}

export const CONFIG = {
  // YAML as written (booklet.yaml and front matter).
  'config.duplicate-key': { en: (v) => `The key \`${v.key}\` is given twice`, zh: (v) => `键 \`${v.key}\` 写了两次` } as E<{ key: string }>,
  'config.duplicate-key.hint': { en: () => 'Keep one of them: YAML takes each key once.', zh: () => '只保留其中一个：YAML 中每个键只能出现一次。' } as E<object>,
  'config.invalid-yaml': { en: (v) => `Invalid YAML: ${v.detail}`, zh: (v) => `YAML 写法有误：${v.detail}` } as E<{ detail: string }>,
  // The errors an editor makes most, by yaml's error code: in Chinese, what is wrong, then yaml's own words.
  'config.yaml.BAD_INDENT': yamlError('缩进不对，或括号没有收尾'),
  'config.yaml.MISSING_CHAR': yamlError('缺了字符，如键后的冒号、收尾的引号或括号'),
  'config.yaml.UNEXPECTED_TOKEN': yamlError('有不该出现的内容'),
  'config.yaml.BLOCK_AS_IMPLICIT_KEY': yamlError('一行里有两个“键: 值”，含冒号的值要加引号'),
  'config.yaml.MULTILINE_IMPLICIT_KEY': yamlError('键要写在一行之内'),
  'config.yaml.TAB_AS_INDENT': yamlError('不能用制表符缩进，要用空格'),
  'config.yaml.BAD_DQ_ESCAPE': yamlError('双引号里的转义序列无效'),
  'config.yaml.BAD_SCALAR_START': yamlError('值不能以这个保留字符开头，要给值加引号'),
  'config.yaml.MULTIPLE_DOCS': yamlError('含有多个文档，多了一行 `---`'),
  'config.invalid-yaml.hint': {
    en: () => 'Check indentation, colons after keys, and quote values that contain a colon or start with a symbol.',
    zh: () => '请检查缩进和键后的冒号；含有冒号或以符号开头的值要加引号。',
  } as E<object>,
  'config.control-value': { en: (v) => `A value holds the control character ${v.name}`, zh: (v) => `有个值含有控制字符 ${v.name}` } as E<{ name: string }>,
  'config.alias-bomb': { en: () => 'Invalid YAML: its aliases repeat too much (an alias bomb)', zh: () => 'YAML 写法有误：别名重复展开得太多（别名炸弹）' } as E<object>,
  'config.alias-bomb.hint': {
    en: (v) => `An alias (*name) repeats the whole value of its anchor (&name); write the values out, or use fewer aliases (at most ${v.limit} uses of what an anchor holds).`,
    zh: (v) => `别名（*name）会重复其锚点（&name）的整个值；请把值直接写出来，或少用别名（一个锚点的内容至多用 ${v.limit} 次）。`,
  } as E<{ limit: number }>,

  // Keys and values against the schema.
  'config.unknown-key': { en: (v) => `Unknown key \`${v.key}\``, zh: (v) => `未知的键 \`${v.key}\`` } as E<{ key: string }>,
  'config.unknown-key-near': {
    en: (v) => `Unknown key \`${v.key}\`; did you mean \`${v.near}\`?`,
    zh: (v) => `未知的键 \`${v.key}\`；是不是想写 \`${v.near}\`？`,
  } as E<{ key: string; near: string }>,
  'config.known-keys': { en: (v) => `Known keys here: ${v.keys}.`, zh: (v) => `此处可用的键：${zhList(v.keys)}。` } as E<{ keys: string }>,
  'config.remove-key': { en: () => 'Remove it.', zh: () => '请删除它。' } as E<object>,
  'config.missing-key': { en: (v) => `Missing required key ${subject.en(v.key)}`, zh: (v) => `缺少必需的键 \`${v.key}\`` } as E<{ key: string }>,
  'config.wrong-kind': {
    en: (v) => `${subject.en(v.key)} must be ${word(EXPECTED.en, v.expected)}, not ${word(GIVEN.en, v.given)}`,
    zh: (v) => `${subject.zh(v.key)}应为${afterHan(word(EXPECTED.zh, v.expected))}，而不是${afterHan(word(GIVEN.zh, v.given))}`,
  } as E<{ key: string; expected: string; given: string }>,
  'config.one-of': {
    en: (v) => `${subject.en(v.key)} must be one of: ${v.values}`,
    zh: (v) => `${subject.zh(v.key)}应为以下之一：${zhList(v.values)}`,
  } as E<{ key: string; values: string }>,
  'config.one-of-near': {
    en: (v) => `${subject.en(v.key)} must be one of: ${v.values}; did you mean ${v.near}?`,
    zh: (v) => `${subject.zh(v.key)}应为以下之一：${zhList(v.values)}；是不是想写 ${v.near}？`,
  } as E<{ key: string; values: string; near: string }>,
  'config.one-of-forms': {
    en: (v) => `${subject.en(v.key)} must be one of: ${v.values}, or the other form in the hint`,
    zh: (v) => `${subject.zh(v.key)}应为以下之一：${zhList(v.values)}，或提示中的另一种写法`,
  } as E<{ key: string; values: string }>,
  'config.one-of-forms-near': {
    en: (v) => `${subject.en(v.key)} must be one of: ${v.values}, or the other form in the hint; did you mean ${v.near}?`,
    zh: (v) => `${subject.zh(v.key)}应为以下之一：${zhList(v.values)}，或提示中的另一种写法；是不是想写 ${v.near}？`,
  } as E<{ key: string; values: string; near: string }>,
  'config.no-form': {
    en: (v) => `${subject.en(v.key)} is not in any of the forms it takes (see the hint)`,
    zh: (v) => `${subject.zh(v.key)}不合它可取的任何一种写法（见提示）`,
  } as E<{ key: string }>,
  'config.not-empty': { en: (v) => `${subject.en(v.key)} must not be empty`, zh: (v) => `${subject.zh(v.key)}不能为空` } as E<{ key: string }>,
  'config.characters': {
    en: (v) => `${subject.en(v.key)} must be ${word(BOUND.en, v.bound)} ${count(v.limit, 'character')}`,
    zh: (v) => `${subject.zh(v.key)}应${word(BOUND.zh, v.bound)} ${v.limit} 个字符`,
  } as E<{ key: string; bound: string; limit: number }>,
  'config.not-empty-list': { en: (v) => `${subject.en(v.key)} must list at least one item`, zh: (v) => `${subject.zh(v.key)}至少应列出一项` } as E<{ key: string }>,
  'config.items': {
    en: (v) => `${subject.en(v.key)} must list ${word(BOUND.en, v.bound)} ${count(v.limit, 'item')}`,
    zh: (v) => `${subject.zh(v.key)}应列出${word(BOUND.zh, v.bound)} ${v.limit} 项`,
  } as E<{ key: string; bound: string; limit: number }>,
  'config.number-bound': {
    en: (v) => `${subject.en(v.key)} must be ${word(BOUND.en, v.bound)} ${v.limit}`,
    zh: (v) => `${subject.zh(v.key)}应${word(BOUND.zhNumber, v.bound)} ${v.limit}`,
  } as E<{ key: string; bound: string; limit: number }>,
  'config.multiple-of': {
    en: (v) => `${subject.en(v.key)} must be a multiple of ${v.divisor}`,
    zh: (v) => `${subject.zh(v.key)}应为 ${v.divisor} 的倍数`,
  } as E<{ key: string; divisor: number }>,
  /** A problem in zod's own English, which this catalogue does not know. */
  'config.other': { en: (v) => `${subject.en(v.key)} ${v.detail}`, zh: (v) => `${subject.zh(v.key)}不合要求：${v.detail}` } as E<{ key: string; detail: string }>,

  // The schema's own messages (schema.ts and book-date.ts give these keys as their zod messages).
  'config.browser-url': {
    en: (v) => `${subject.en(v.key)} must be a browser's DevTools address: http://host:port or ws://…`,
    zh: (v) => `${subject.zh(v.key)}应为浏览器的 DevTools 地址：http://主机:端口 或 ws://…`,
  } as E<{ key: string }>,
  'config.css-file': { en: (v) => `${subject.en(v.key)} must name a CSS file ending in .css`, zh: (v) => `${subject.zh(v.key)}应为以 .css 结尾的 CSS 文件名` } as E<{ key: string }>,
  'config.markdown-file': {
    en: (v) => `${subject.en(v.key)} must name a Markdown file ending in .md`,
    zh: (v) => `${subject.zh(v.key)}应为以 .md 结尾的 Markdown 文件名`,
  } as E<{ key: string }>,
  'config.at-least-one-article': { en: (v) => `${subject.en(v.key)} must list at least one article`, zh: (v) => `${subject.zh(v.key)}至少应列出一篇文章` } as E<{ key: string }>,
  'config.article-id': {
    en: (v) => `${subject.en(v.key)} must be lower-case ASCII letters, digits and hyphens, starting with a letter`,
    zh: (v) => `${subject.zh(v.key)}只能由小写 ASCII 字母、数字和连字符组成，并以字母开头`,
  } as E<{ key: string }>,
  'config.date-form': {
    en: (v) => `${subject.en(v.key)} must be a date written ${orList.en(v.forms)}`,
    zh: (v) => `${subject.zh(v.key)}应为日期，写作 ${orList.zh(v.forms)}`,
  } as E<{ key: string; forms: string }>,
  'config.date-range': {
    en: (v) => `${subject.en(v.key)} must be between 0001-01-01 and 9999-12-31 (what PDF and EPUB dates can hold)`,
    zh: (v) => `${subject.zh(v.key)}应在 0001-01-01 到 9999-12-31 之间（PDF 和 EPUB 的日期只能表示这些）`,
  } as E<{ key: string }>,
  'config.date-month': {
    en: (v) => `${subject.en(v.key)} must be a real calendar date (months are 1–12)`,
    zh: (v) => `${subject.zh(v.key)}应为实有的日期（月份为 1–12）`,
  } as E<{ key: string }>,
  'config.date-day': { en: (v) => `${subject.en(v.key)} must be a real calendar date`, zh: (v) => `${subject.zh(v.key)}应为实有的日期` } as E<{ key: string }>,

  // Files booklet.yaml names.
  'config.article-outside': { en: (v) => `Article \`${v.name}\` is outside the booklet folder`, zh: (v) => `文章 \`${v.name}\` 不在读本的文件夹里` } as E<{ name: string }>,
  'config.article-missing': {
    en: (v) => `Article \`${v.name}\` not found (looked for ${v.path})`,
    zh: (v) => `找不到文章 \`${v.name}\`（查找的是 ${v.path}）`,
  } as E<{ name: string; path: string }>,
  'config.article-missing.hint': {
    en: () => 'Article paths are relative to booklet.yaml; check the spelling or create the file.',
    zh: () => '文章的路径相对于 booklet.yaml；请检查拼写，或创建这个文件。',
  } as E<object>,
  'config.article-twice': { en: (v) => `Article \`${v.name}\` is listed twice`, zh: (v) => `文章 \`${v.name}\` 列了两次` } as E<{ name: string }>,
  'config.remove-entry': { en: () => 'Remove one entry.', zh: () => '请删去其中一项。' } as E<object>,
  'config.style-missing': { en: (v) => `Stylesheet \`${v.name}\` not found`, zh: (v) => `找不到样式表 \`${v.name}\`` } as E<{ name: string }>,
  'config.style-missing.hint': { en: () => 'Stylesheet paths are relative to booklet.yaml.', zh: () => '样式表的路径相对于 booklet.yaml。' } as E<object>,
  'config.style-outside': { en: (v) => `Stylesheet \`${v.name}\` is outside the booklet folder`, zh: (v) => `样式表 \`${v.name}\` 不在读本的文件夹里` } as E<{ name: string }>,
  'config.outside.hint': {
    en: () => 'A booklet publishes only its own files: copy the file into the folder of booklet.yaml (or below it), not a link to it.',
    zh: () => '读本只发布自己的文件：请把文件本身（而不是指向它的链接）复制到 booklet.yaml 所在的文件夹或其下。',
  } as E<object>,

  // Lint rules and proof checks named in booklet.yaml (`which`: lint or proof).
  'config.unknown-setting': {
    en: (v) => `Unknown ${word(SETTING.en, v.which)} \`${v.id}\``,
    zh: (v) => `未知的${word(SETTING.zh, v.which)} \`${v.id}\``,
  } as E<{ which: string; id: string }>,
  'config.unknown-setting-near': {
    en: (v) => `Unknown ${word(SETTING.en, v.which)} \`${v.id}\`; did you mean \`${v.near}\`?`,
    zh: (v) => `未知的${word(SETTING.zh, v.which)} \`${v.id}\`；是不是想写 \`${v.near}\`？`,
  } as E<{ which: string; id: string; near: string }>,
  'config.known-settings': {
    en: (v) => `Known ${word(SETTING.en, v.which)}s: ${v.ids}.`,
    zh: (v) => `可用的${word(SETTING.zh, v.which)}：${zhList(v.ids)}。`,
  } as E<{ which: string; ids: string }>,

  // Finding booklet.yaml.
  'config.not-a-folder': { en: (v) => `Not a folder: ${v.dir}`, zh: (v) => `不是文件夹：${v.dir}` } as E<{ dir: string }>,
  'config.not-a-folder.hint': {
    en: () => 'Give the folder that holds booklet.yaml (default: manuscripts/).',
    zh: () => '请给出 booklet.yaml 所在的文件夹（默认是 manuscripts/）。',
  } as E<object>,
  'config.yml-instead': { en: (v) => `No booklet.yaml in ${v.dir}, but there is booklet.yml`, zh: (v) => `${v.dir} 里没有 booklet.yaml，但有 booklet.yml` } as E<{ dir: string }>,
  'config.rename': { en: (v) => `Rename it: ${v.command}`, zh: (v) => `请改名：${v.command}` } as E<{ command: string }>,
  'config.no-config': { en: (v) => `No booklet.yaml in ${v.dir}`, zh: (v) => `${v.dir} 里没有 booklet.yaml` } as E<{ dir: string }>,
  'config.create': {
    en: (v) => `Create ${v.file} with title, compiler, date and articles.`,
    zh: (v) => `请创建 ${v.file}，写上 title、compiler、date 和 articles。`,
  } as E<{ file: string }>,

  // Reading a file's bytes (read-text.ts).
  'read.not-found': { en: (v) => `File not found: ${v.file}`, zh: (v) => `找不到文件：${v.file}` } as E<{ file: string }>,
  'read.cannot-read': { en: (v) => `Cannot read ${v.file} (${v.code})`, zh: (v) => `无法读取 ${v.file}（${v.code}）` } as E<{ file: string; code: string }>,
  'read.not-found.hint': {
    en: () => 'Check the file name in booklet.yaml, relative to booklet.yaml.',
    zh: () => '请检查 booklet.yaml 里的文件名（相对于 booklet.yaml）。',
  } as E<object>,
  'read.utf32': {
    en: (v) => `File is in ${v.encoding} (it begins with its byte-order mark)`,
    zh: (v) => `文件是 ${v.encoding} 编码的（以它的字节顺序标记开头）`,
  } as E<{ encoding: string }>,
  'read.convert': { en: (v) => `Convert it to UTF-8: ${v.command}`, zh: (v) => `请把它转换为 UTF-8：${v.command}` } as E<{ command: string }>,
  'read.not-utf8': {
    en: (v) => `File is not valid UTF-8 (byte 0x${v.byte} at byte offset ${v.bytes})`,
    zh: (v) => `文件不是有效的 UTF-8（在字节偏移 ${v.bytes} 处遇到字节 0x${v.byte}）`,
  } as E<{ byte: string; bytes: number }>,
  'read.odd-byte': {
    en: (v) => `File is not valid ${v.encoding} (an odd byte at the end at byte offset ${v.bytes})`,
    zh: (v) => `文件不是有效的 ${v.encoding}（末尾多出一个字节，在字节偏移 ${v.bytes} 处）`,
  } as E<{ encoding: string; bytes: number }>,
  'read.lone-surrogate': {
    en: (v) => `File is not valid ${v.encoding} (a lone surrogate at byte offset ${v.bytes})`,
    zh: (v) => `文件不是有效的 ${v.encoding}（字节偏移 ${v.bytes} 处有落单的代理项）`,
  } as E<{ encoding: string; bytes: number }>,
  'read.save-utf8': { en: () => 'Open it in the editor and save it again, as UTF-8.', zh: () => '请在编辑器里打开它，另存为 UTF-8。' } as E<object>,
  'read.reads-as': {
    en: (v) => `${word(READS_AS.en, v.encoding)}: convert it with \`${v.command}\`.`,
    zh: (v) => `${word(READS_AS.zh, v.encoding)}：请用 \`${v.command}\` 转换。`,
  } as E<{ encoding: string; command: string }>,
  'read.reads-as-nothing': {
    en: (v) => `It reads as neither GB18030 nor Big5 Chinese. Save it as UTF-8 (the editor's “Save as” names the encoding), or convert it from the encoding it was saved in: \`${v.command}\`.`,
    zh: (v) => `它既不像 GB18030 也不像 Big5 编码的中文。请另存为 UTF-8（编辑器的“另存为”里可以选编码），或从它保存时的编码转换：\`${v.command}\`。`,
  } as E<{ command: string }>,
  'read.control': { en: (v) => `File contains the control character ${v.name}`, zh: (v) => `文件含有控制字符 ${v.name}` } as E<{ name: string }>,
  'read.control.hint': {
    en: () => 'Delete it: a control character is invisible in most editors (search for it with `grep -nP "[\\x00-\\x08\\x0b-\\x1f\\x7f]"`) and cannot be printed, put in an EPUB or shown in a message.',
    zh: () => '请删除它：控制字符在多数编辑器里看不见（可用 `grep -nP "[\\x00-\\x08\\x0b-\\x1f\\x7f]"` 查找），也无法印出、放进 EPUB 或显示在消息里。',
  } as E<object>,

  // Reading a manuscript (read.ts).
  'read.id-reserved': { en: (v) => `Article id \`${v.id}\` is reserved for the booklet's own parts`, zh: (v) => `文章 id \`${v.id}\` 留给读本自身的部分使用` } as E<{ id: string }>,
  'read.id-taken': { en: (v) => `Article id \`${v.id}\` is also used by ${v.other}`, zh: (v) => `文章 id \`${v.id}\` 也被 ${v.other} 用了` } as E<{ id: string; other: string }>,
  'read.id-clash': {
    en: (v) => `Article id \`${v.id}\` and \`${v.clash}\` would give clashing section ids`,
    zh: (v) => `文章 id \`${v.id}\` 和 \`${v.clash}\` 会产生相互冲突的小节 id`,
  } as E<{ id: string; clash: string }>,
  'read.id.hint': { en: () => 'Give the article another `id:` in its front matter.', zh: () => '请在这篇文章的文件头（front matter）里另给一个 `id:`。' } as E<object>,
  'read.stray-bom': {
    en: (v) => (v.count === 1 ? 'A zero-width no-break space (U+FEFF) inside the text, removed' : `${v.count} zero-width no-break spaces (U+FEFF) inside the text, removed; the first is here`),
    zh: (v) => (v.count === 1 ? '正文里有一个零宽不换行空格（U+FEFF），已删除' : `正文里有 ${v.count} 个零宽不换行空格（U+FEFF），已删除；第一个在这里`),
  } as E<{ count: number }>,
  'read.stray-bom.hint': { en: () => 'Run `booklet lint --fix` to remove them from the file.', zh: () => '运行 `booklet lint --fix` 可把它们从文件中删除。' } as E<object>,
  'read.empty': { en: () => 'Manuscript is empty', zh: () => '稿件是空的' } as E<object>,
  'read.empty.hint': { en: () => 'Write the article, or remove it from booklet.yaml.', zh: () => '请写好这篇文章，或把它从 booklet.yaml 里删去。' } as E<object>,
  'read.no-title': { en: () => 'Manuscript has no title', zh: () => '稿件没有标题' } as E<object>,
  'read.title.hint': {
    en: (v) => `Give the title as \`title:\` in front matter (a YAML block between \`---\` lines at the top), or open the text with a \`${v.example}\` heading.`,
    zh: (v) => `请在文件头（front matter，即开头两行 \`---\` 之间的 YAML）里写 \`title:\`，或让正文以 \`${v.example}\` 这样的标题开头。`,
  } as E<{ example: string }>,
  'read.no-text-after-title': { en: () => 'Manuscript has no text after its title', zh: () => '稿件在标题之后没有正文' } as E<object>,
  'read.no-text-after-title.hint': { en: () => 'Write the article body below the `#` heading.', zh: () => '请在 `#` 标题下面写正文。' } as E<object>,
  'read.no-text-after-front-matter': { en: () => 'Manuscript has no text after its front matter', zh: () => '稿件在文件头（front matter）之后没有正文' } as E<object>,
  'read.no-text-after-front-matter.hint': { en: () => 'Write the article body below the closing `---`.', zh: () => '请在收尾的 `---` 下面写正文。' } as E<object>,
  'read.large': {
    en: (v) => `Manuscript is ${v.megabytes} MB, about ${v.pages.toLocaleString('en')} pages`,
    zh: (v) => `稿件有 ${v.megabytes} MB，约 ${v.pages} 页`,
  } as E<{ megabytes: string; pages: number }>,
  'read.large.hint': {
    en: () => 'Split it into articles (a file each, listed in booklet.yaml): they are laid out in parallel and rebuilt one by one.',
    zh: () => '请把它拆成几篇文章（每篇一个文件，列在 booklet.yaml 里）：它们会并行排版，改了哪篇只重排哪篇。',
  } as E<object>,
} satisfies Record<string, Entry<never>>;
