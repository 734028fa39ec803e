// booklet.yaml's and a manuscript's mistakes, as the command prints them in Chinese and in English: the
// place and the rule id as they are, the words in the language asked (src/ui/catalogue/config.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';
import { ArticleSchema, BookletSchema } from '../../src/config/schema.js';
import { FIELD_ZH } from '../../src/ui/catalogue/fields.js';

const ENCODINGS = join(FIXTURES, 'encodings');

/** The basic fixture with `change` made to it, built (`build -e html`) with `--ui zh` and `--ui en`: the
 *  lines each printed on stderr. */
async function printed(change: (dir: string, yaml: string) => Promise<void>): Promise<Record<'zh' | 'en', string[]>> {
  return withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'basic'), dir, { recursive: true });
    await change(dir, await readFile(join(dir, 'booklet.yaml'), 'utf8'));
    const run = (ui: string) => {
      const result = spawnSync(process.execPath, [CLI, 'build', '-e', 'html', '--ui', ui], { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8', CI: 'true' } });
      assert.equal(result.status, 1, result.stderr);
      return result.stderr.trimEnd().split('\n');
    };
    return { zh: run('zh'), en: run('en') };
  });
}

/** The message lines (`file:line:col severity …  rule`), without hints and the summary. */
const messages = (lines: string[]) => lines.filter((line) => /^\S+:\d+:\d+ /.test(line));

test('booklet.yaml: an unknown key near a real one, a wrong type, a bad page size, numbers too small, a date', async () => {
  const out = await printed(async (dir, yaml) => {
    await writeFile(join(dir, 'booklet.yaml'), `${yaml.replace('date: 2026-01-15', 'date: 明年一月')}subtitel: 样例\ninternal: yes please\npage:\n  size: B7\n  bodySize: 3\nnotes:\n  pages: 0\n`);
  });
  assert.deepEqual(messages(out.zh), [
    'booklet.yaml:4:7 错误 `date` 应为日期，写作 2026-12-01、2026-12-1、2026/12/01、2026年12月1日、2026年12月 或 2026-12  config',
    'booklet.yaml:8:11 错误 `internal` 应为 true 或 false，而不是文本  config',
    'booklet.yaml:10:9 错误 `page.size` 应为以下之一：A5、A4、B5、大32开、16开、32开、64开，或提示中的另一种写法；是不是想写 B5？  config',
    'booklet.yaml:11:13 错误 `page.bodySize` 应不小于 7.875  config',
    'booklet.yaml:13:10 错误 `notes.pages` 应不小于 1  config',
    'booklet.yaml:7:1 错误 未知的键 `subtitel`；是不是想写 `subtitle`？  config',
  ]);
  assert.ok(out.zh.includes('  提示：此处可用的键：title、subtitle、compiler、date、edition、impression、internal、colophon、language、page、faces、contents、runningHeads、folio、studyBoxes、notes、figures、footnotes、styles、theme、cover、lint、engine、browsers、ui、editions、imposition、output、variants、press、proof、articles。'), out.zh.join('\n'));
  assert.equal(out.zh.at(-1), 'booklet：6 个错误，未写出任何文件。');
  // The hint under a key's mistake says what the key is for, from the schema's description, in Chinese.
  assert.ok(out.zh.includes('  提示：正文字号，单位 pt。默认 10.5（五号），正文的常用字号（clreq）。'), out.zh.join('\n'));
  assert.ok(out.en.includes('  hint: Body type size in pt. Default 10.5 (五号), the usual size for body text (clreq).'), out.en.join('\n'));
  assert.deepEqual(messages(out.en), [
    'booklet.yaml:4:7 error `date` must be a date written 2026-12-01, 2026-12-1, 2026/12/01, 2026年12月1日, 2026年12月 or 2026-12  config',
    'booklet.yaml:8:11 error `internal` must be true or false, not text  config',
    'booklet.yaml:10:9 error `page.size` must be one of: A5, A4, B5, 大32开, 16开, 32开, 64开, or the other form in the hint; did you mean B5?  config',
    'booklet.yaml:11:13 error `page.bodySize` must be at least 7.875  config',
    'booklet.yaml:13:10 error `notes.pages` must be at least 1  config',
    'booklet.yaml:7:1 error Unknown key `subtitel`; did you mean `subtitle`?  config',
  ]);
  assert.ok(out.en.includes('  hint: Known keys here: title, subtitle, compiler, date, edition, impression, internal, colophon, language, page, faces, contents, runningHeads, folio, studyBoxes, notes, figures, footnotes, styles, theme, cover, lint, engine, browsers, ui, editions, imposition, output, variants, press, proof, articles.'), out.en.join('\n'));
  assert.equal(out.en.at(-1), 'booklet: 6 errors; nothing was written.');
});

test('every description in the schemas of booklet.yaml and of the front matter has its Chinese', () => {
  const descriptions = new Set<string>();
  const walk = (schema: unknown, seen = new Set<unknown>()): void => {
    if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
    seen.add(schema);
    const s = schema as { description?: string; def?: Record<string, unknown> };
    if (s.description) descriptions.add(s.description);
    const def = s.def ?? {};
    for (const inner of Object.values((def['shape'] as Record<string, unknown> | undefined) ?? {})) walk(inner, seen);
    for (const key of ['innerType', 'element', 'in', 'out', 'valueType', 'left', 'right']) walk(def[key], seen);
    for (const option of (def['options'] as unknown[] | undefined) ?? []) walk(option, seen);
  };
  walk(BookletSchema);
  walk(ArticleSchema);
  assert.ok(descriptions.size >= 40, `${descriptions.size} descriptions found`);
  assert.deepEqual([...descriptions].filter((d) => !FIELD_ZH[d]), [], 'descriptions with no Chinese in catalogue/fields.ts');
});

test('booklet.yaml: a key given twice, a wrong kind of value for a list, and the schema\'s own messages', async () => {
  const twice = await printed((dir, yaml) => writeFile(join(dir, 'booklet.yaml'), `${yaml}title: 重复\n`));
  assert.deepEqual(twice.zh, ['booklet.yaml:7:1 错误 键 `title` 写了两次  config', '  提示：只保留其中一个：YAML 中每个键只能出现一次。', 'booklet：1 个错误，未写出任何文件。']);
  assert.deepEqual(twice.en, ['booklet.yaml:7:1 error The key `title` is given twice  config', '  hint: Keep one of them: YAML takes each key once.', 'booklet: 1 error; nothing was written.']);
  const list = await printed((dir, yaml) => writeFile(join(dir, 'booklet.yaml'), `${yaml}styles: my.css\n`));
  assert.deepEqual(messages(list.zh), ['booklet.yaml:7:9 错误 `styles` 应为列表（以“- ”开头的行），而不是文本  config']);
  assert.deepEqual(messages(list.en), ['booklet.yaml:7:9 error `styles` must be a list (lines starting with "- "), not text  config']);
  // The schema's own messages (a pattern's), with the key they are about.
  const own = await printed((dir, yaml) => writeFile(join(dir, 'booklet.yaml'), `${yaml}language: en\nstyles:\n  - a.txt\n`));
  assert.deepEqual(messages(own.zh), ['booklet.yaml:7:11 错误 `language` 应为中文的语言标记：简体为 zh-Hans（或 zh、zh-CN、zh-Hans-CN），繁体（台湾标准）为 zh-Hant 或 zh-Hant-TW（zh-TW），繁体（香港标准）为 zh-Hant-HK（zh-HK）  config', 'booklet.yaml:9:5 错误 `styles.0` 应为以 .css 结尾的 CSS 文件名  config']);
  assert.deepEqual(messages(own.en), ['booklet.yaml:7:11 error `language` must be a Chinese tag: zh-Hans (or zh, zh-CN, zh-Hans-CN) for Simplified, zh-Hant or zh-Hant-TW (zh-TW) for Traditional in Taiwan\'s standard, zh-Hant-HK (zh-HK) for Hong Kong\'s  config', 'booklet.yaml:9:5 error `styles.0` must name a CSS file ending in .css  config']);
});

test('booklet.yaml: an article that is not there, and a misspelt lint rule', async () => {
  const missing = await printed((dir, yaml) => writeFile(join(dir, 'booklet.yaml'), `${yaml}  - 02-next.md\n`));
  assert.match(missing.zh[0]!, /^booklet\.yaml:7:5 错误 找不到文章 `02-next\.md`（查找的是 \/\S+\/02-next\.md）  config$/);
  assert.equal(missing.zh[1], '  提示：文章的路径相对于 booklet.yaml；请检查拼写，或创建这个文件。');
  assert.match(missing.en[0]!, /^booklet\.yaml:7:5 error Article `02-next\.md` not found \(looked for \/\S+\/02-next\.md\)  config$/);
  const rule = await printed((dir, yaml) => writeFile(join(dir, 'booklet.yaml'), `${yaml}lint:\n  rules:\n    heading-sequnce: off\n`));
  assert.deepEqual(messages(rule.zh), ['booklet.yaml:9:5 错误 未知的检查规则 `heading-sequnce`；是不是想写 `heading-sequence`？  config']);
  assert.match(rule.zh[1]!, /^ {2}提示：可用的检查规则：[a-z-]+(、[a-z-]+)*、heading-sequence(、[a-z-]+)*。$/);
  assert.deepEqual(messages(rule.en), ['booklet.yaml:9:5 error Unknown lint rule `heading-sequnce`; did you mean `heading-sequence`?  config']);
  assert.match(rule.en[1]!, /^ {2}hint: Known lint rules: [a-z-]+(, [a-z-]+)*\.$/);
});

test('a manuscript with broken front matter', async () => {
  const out = await printed(async (dir) => {
    const text = await readFile(join(dir, '01-sample.md'), 'utf8');
    await writeFile(join(dir, '01-sample.md'), text.replace('title: 样例文章', 'title: [样例文章'));
  });
  assert.deepEqual(out.zh, [
    '01-sample.md:3:1 错误 YAML 写法有误：缩进不对，或括号没有收尾（Flow sequence in block collection must be sufficiently indented and end with a ]）  front-matter',
    '  提示：请检查缩进和键后的冒号；含有冒号或以符号开头的值要加引号。',
    'booklet：1 个错误，未写出任何文件。',
  ]);
  assert.deepEqual(out.en, [
    '01-sample.md:3:1 error Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]  front-matter',
    '  hint: Check indentation, colons after keys, and quote values that contain a colon or start with a symbol.',
    'booklet: 1 error; nothing was written.',
  ]);
  const unknown = await printed(async (dir) => {
    const text = await readFile(join(dir, '01-sample.md'), 'utf8');
    await writeFile(join(dir, '01-sample.md'), text.replace('author: 张三', 'autor: 张三'));
  });
  assert.deepEqual(messages(unknown.zh), ['01-sample.md:4:1 错误 未知的键 `autor`；是不是想写 `author`？  front-matter']);
  assert.deepEqual(messages(unknown.en), ['01-sample.md:4:1 error Unknown key `autor`; did you mean `author`?  front-matter']);
});

test('a manuscript in GB18030, in Big5, or in UTF-16 without a byte-order mark: the iconv command as it is, the words around it translated', async () => {
  const command = (from: string) => `iconv -f ${from} -t UTF-8 01-sample.md > 01-sample.utf8.md && mv 01-sample.utf8.md 01-sample.md`;
  const gb = await printed((dir) => copyFile(join(ENCODINGS, 'renmin.gb18030.md'), join(dir, '01-sample.md')));
  assert.deepEqual(gb.zh, [
    '01-sample.md:2:8 错误 文件不是有效的 UTF-8（在字节偏移 11 处遇到字节 0xC7）  manuscript',
    `  提示：它看来是 GB18030（GBK）编码的中文，Windows 上保存的文件常是这样：请用 \`${command('GB18030')}\` 转换。`,
    'booklet：1 个错误，未写出任何文件。',
  ]);
  assert.deepEqual(gb.en, [
    '01-sample.md:2:8 error File is not valid UTF-8 (byte 0xC7 at byte offset 11)  manuscript',
    `  hint: It reads as GB18030 (GBK) Chinese, as files from Windows often are: convert it with \`${command('GB18030')}\`.`,
    'booklet: 1 error; nothing was written.',
  ]);
  const big5 = await printed((dir) => copyFile(join(ENCODINGS, 'xinwen.big5.md'), join(dir, '01-sample.md')));
  assert.deepEqual(big5.zh.slice(0, 2), [
    '01-sample.md:2:8 错误 文件不是有效的 UTF-8（在字节偏移 11 处遇到字节 0xBB）  manuscript',
    `  提示：它看来是 Big5（繁体中文）编码，而不是 GB18030：请用 \`${command('BIG5')}\` 转换。`,
  ]);
  assert.equal(big5.en[1], `  hint: It reads as Big5 (Traditional Chinese), not GB18030: convert it with \`${command('BIG5')}\`.`);
  const utf16 = await printed(async (dir) => writeFile(join(dir, '01-sample.md'), Buffer.from(await readFile(join(ENCODINGS, 'renmin.md'), 'utf8'), 'utf16le')));
  assert.deepEqual(utf16.zh.slice(0, 2), [
    '01-sample.md:2:16 错误 文件不是有效的 UTF-8（在字节偏移 22 处遇到字节 0xA2）  manuscript',
    `  提示：它看来是没有字节顺序标记（BOM）的 UTF-16LE：请用 \`${command('UTF-16LE')}\` 转换。`,
  ]);
  assert.deepEqual(utf16.en.slice(0, 2), [
    '01-sample.md:2:16 error File is not valid UTF-8 (byte 0xA2 at byte offset 22)  manuscript',
    `  hint: It reads as UTF-16LE without a byte-order mark: convert it with \`${command('UTF-16LE')}\`.`,
  ]);
});

test('a manuscript with front matter and no text, and one with a control character', async () => {
  const empty = await printed((dir) => writeFile(join(dir, '01-sample.md'), '---\ntitle: 样例\n---\n'));
  assert.deepEqual(empty.zh.slice(0, 2), ['01-sample.md:4:1 错误 稿件在文件头（front matter）之后没有正文  manuscript', '  提示：请在收尾的 `---` 下面写正文。']);
  assert.deepEqual(empty.en.slice(0, 2), ['01-sample.md:4:1 error Manuscript has no text after its front matter  manuscript', '  hint: Write the article body below the closing `---`.']);
  const control = await printed((dir) => writeFile(join(dir, '01-sample.md'), '---\ntitle: 样例\n---\n\n正文\u001b[2J。\n'));
  assert.deepEqual(messages(control.zh), ['01-sample.md:5:3 错误 文件含有控制字符 U+001B (ESC)  manuscript']);
  assert.match(control.zh[1]!, /^ {2}提示：请删除它：控制字符在多数编辑器里看不见（可用 `grep -nP "\[\\x00-\\x08\\x0b-\\x1f\\x7f\]"` 查找）/);
  assert.deepEqual(messages(control.en), ['01-sample.md:5:3 error File contains the control character U+001B (ESC)  manuscript']);
});
