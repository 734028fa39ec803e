// The lint findings and `booklet lint`'s own lines in Chinese and in English (issue 20, item 3): every
// rule's finding worded in both; the command on a manuscript with several problems, by --ui, the locale
// and booklet.yaml's ui:; `file:line:col` and the rule id as they are, the English (and JSON) unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lintText } from '../../src/manuscript/lint-manuscript.js';
import { formatMessage } from '../../src/diagnostics.js';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

const long = '这是一个足够长的段落用来测试断段的检查规则是否正确';

/** Each finding of `md` as the reporter prints it in `ui`; every character is covered but 𖬀 (U+16B00). */
const said = (md: string, ui: 'en' | 'zh') =>
  lintText('t.md', md, {}, { has: (code) => code !== 0x16b00 }).messages.map((m) => formatMessage(m, '/', ui));

test('every rule’s finding, in Chinese and in English', () => {
  const cases: [string, string[], string[]][] = [
    [`${long}人工智\n\n能整体发展已进入全球第一梯队。`,
      ['t.md:1:29 错误 段落在句中断开（“否正确人工智”），下一段（“能整体发展已”）似乎是它的下文  broken-paragraph'],
      ['t.md:1:29 error Paragraph ends mid-sentence (“否正确人工智”); the next paragraph (“能整体发展已”) seems to continue it  broken-paragraph']],
    [`${long}。\n\n目标，全力打造现代乡村产业体系。\n\n${long}“三年初见成效”`,
      ['t.md:3:1 错误 段落从句子中间开始（“目标，全力打…”）：是别处某个未完段落的残片吗？  fragment-start',
        't.md:5:34 错误 最后一段末尾没有句末标点（““三年初见成效””）  unterminated-ending'],
      ['t.md:3:1 error Paragraph starts mid-sentence (“目标，全力打…”): a fragment of an unfinished paragraph elsewhere?  fragment-start',
        't.md:5:34 error The last paragraph ends without terminal punctuation (““三年初见成效””)  unterminated-ending']],
    ['## 一、甲\n\n正文。\n\n## 三、丙\n\n正文。',
      ['t.md:5:1 错误 标题编号从 1 跳到了 3：缺少编号为 2 的标题  heading-sequence'],
      ['t.md:5:1 error Heading numbered 3 follows 1: heading 2 is missing  heading-sequence']],
    ['## 三、丙\n\n正文。\n\n## 六、己',
      ['t.md:1:1 错误 同级标题的编号从 3 开始：缺少编号为 1、2 的标题  heading-sequence',
        't.md:5:1 错误 标题编号从 3 跳到了 6：缺少编号为 4、5 的标题  heading-sequence'],
      // Two missing are plural (the English said `heading 1, 2 is missing`).
      ['t.md:1:1 error Heading numbered 3 follows no numbered heading: headings 1, 2 are missing  heading-sequence',
        't.md:5:1 error Heading numbered 6 follows 3: headings 4, 5 are missing  heading-sequence']],
    ['**深入把握人工智能发展趋势**\n\n正文。',
      ['t.md:1:1 警告 单独成段的加粗行（“深入把握人工智能发展趋势”）：应改为标题（## 深入把握人工智能发展趋势）  bold-heading'],
      ['t.md:1:1 warning Bold line standing alone (“深入把握人工智能发展趋势”): make it a heading (## 深入把握人工智能发展趋势)  bold-heading']],
    ['正文。\n\n![](img/a.png)',
      ['t.md:3:1 警告 图片 img/a.png 没有替代文字（alt）：印出来没有图注（可写作 ![说明](img/a.png)）  image-alt'],
      ['t.md:3:1 warning Figure img/a.png has no alt text: it is printed without a caption (write ![说明](img/a.png))  image-alt']],
    ['中文,逗号(括号)',
      ['t.md:1:3 错误 汉字旁用了半角的“,”：应为“，”  halfwidth-punctuation',
        't.md:1:6 错误 汉字旁用了半角的“(”：应为“（”  halfwidth-punctuation',
        't.md:1:9 错误 汉字旁用了半角的“)”：应为“）”  halfwidth-punctuation'],
      ['t.md:1:3 error Half-width “,” next to Han text: use “，”  halfwidth-punctuation',
        't.md:1:6 error Half-width “(” next to Han text: use “（”  halfwidth-punctuation',
        't.md:1:9 error Half-width “)” next to Han text: use “）”  halfwidth-punctuation']],
    ['他说"好"，又说\'对\'。',
      ['t.md:1:3 错误 中文里用了直引号 "：应为 “ ”  straight-quotes', 't.md:1:5 错误 中文里用了直引号 "：应为 “ ”  straight-quotes',
        't.md:1:9 错误 中文里用了直引号 \'：应为 ‘ ’  straight-quotes', 't.md:1:11 错误 中文里用了直引号 \'：应为 ‘ ’  straight-quotes'],
      ['t.md:1:3 error Straight quote " in Chinese text: use “ ”  straight-quotes', 't.md:1:5 error Straight quote " in Chinese text: use “ ”  straight-quotes',
        't.md:1:9 error Straight quote \' in Chinese text: use ‘ ’  straight-quotes', 't.md:1:11 error Straight quote \' in Chinese text: use ‘ ’  straight-quotes']],
    ['等等...还有，说明--如下。',
      ['t.md:1:3 错误 省略号写成了“...”：应为“……”  ellipsis', 't.md:1:11 错误 破折号写成了“--”：应为“——”  dash'],
      ['t.md:1:3 error Ellipsis written “...”: use “……”  ellipsis', 't.md:1:11 error Dash written “--”: use “——”  dash']],
    ['他说“好。\n\n多了）。',
      ['t.md:1:3 错误 本段有 1 个 “ 没有闭合  unbalanced-pairs', 't.md:3:3 错误 多出一个 ）：前面没有与之配对的符号  unbalanced-pairs'],
      ['t.md:1:3 error 1 ““” never closed in this paragraph  unbalanced-pairs', 't.md:3:3 error “）” closes nothing  unbalanced-pairs']],
    ['他说‘这是“引文”’。',
      ['t.md:1:6 警告 双引号套在了单引号里：应双引号在外，单引号在内  quote-nesting'],
      ['t.md:1:6 warning Double quotes inside single quotes: double quotes go outside  quote-nesting']],
    ['好，，对。',
      ['t.md:1:2 警告 “，，”：标点重复了  repeated-punctuation'],
      ['t.md:1:2 warning “，，”: the mark is repeated  repeated-punctuation']],
    ['共１２３个',
      ['t.md:1:2 错误 全角字母或数字“１２３”：应为“123”  fullwidth-alphanumerics'],
      ['t.md:1:2 error Full-width “１２３”: use “123”  fullwidth-alphanumerics']],
    ['中文 空格。',
      ['t.md:1:3 警告 汉字之间有空格  space-between-han'],
      ['t.md:1:3 warning Space between Han characters  space-between-han']],
    ['正文𖬀。',
      ['t.md:1:3 错误 读本的字体里没有 U+16B00“𖬀”的字形  font-coverage'],
      ['t.md:1:3 error No glyph for U+16B00 “𖬀” in the booklet’s fonts  font-coverage']],
    ['正文\uFEFF。',
      ['t.md:1:3 警告 正文里有零宽不换行空格（U+FEFF）  stray-bom'],
      ['t.md:1:3 warning Zero-width no-break space (U+FEFF) inside the text  stray-bom']],
  ];
  for (const [md, zh, en] of cases) {
    assert.deepEqual(said(md, 'zh'), zh, md);
    assert.deepEqual(said(md, 'en'), en, md);
  }
  // The English is the text of record: the message's reason, whatever the reporter prints.
  assert.equal(lintText('t.md', '中文,逗号').messages[0]!.reason, 'Half-width “,” next to Han text: use “，”');
});

/** A manuscript with several problems: a half-width comma after Han, an unclosed “, a bold line standing
 *  alone, a missing heading number, a figure without alt text, an ellipsis and a dash. */
const MANUSCRIPT = [
  '# 学习要点',
  '',
  '## 一、总体要求',
  '',
  '人工智能发展迅速,应用广泛。他说“要抓紧落实。',
  '',
  '**深入把握发展趋势**',
  '',
  '## 三、主要任务',
  '',
  '![](img/chart.png)',
  '',
  '这是第一段里的话...说明--如下。',
  '',
].join('\n');

const ZH = [
  'a.md:5:9 错误 汉字旁用了半角的“,”：应为“，”  halfwidth-punctuation',
  'a.md:5:17 错误 本段有 1 个 “ 没有闭合  unbalanced-pairs',
  'a.md:7:1 警告 单独成段的加粗行（“深入把握发展趋势”）：应改为标题（## 深入把握发展趋势）  bold-heading',
  'a.md:9:1 错误 标题编号从 1 跳到了 3：缺少编号为 2 的标题  heading-sequence',
  'a.md:11:1 警告 图片 img/chart.png 没有替代文字（alt）：印出来没有图注（可写作 ![说明](img/chart.png)）  image-alt',
  'a.md:13:9 错误 省略号写成了“...”：应为“……”  ellipsis',
  'a.md:13:14 错误 破折号写成了“--”：应为“——”  dash',
  '5 个错误，2 个警告',
  '',
].join('\n');

const EN = [
  'a.md:5:9 error Half-width “,” next to Han text: use “，”  halfwidth-punctuation',
  'a.md:5:17 error 1 ““” never closed in this paragraph  unbalanced-pairs',
  'a.md:7:1 warning Bold line standing alone (“深入把握发展趋势”): make it a heading (## 深入把握发展趋势)  bold-heading',
  'a.md:9:1 error Heading numbered 3 follows 1: heading 2 is missing  heading-sequence',
  'a.md:11:1 warning Figure img/chart.png has no alt text: it is printed without a caption (write ![说明](img/chart.png))  image-alt',
  'a.md:13:9 error Ellipsis written “...”: use “……”  ellipsis',
  'a.md:13:14 error Dash written “--”: use “——”  dash',
  '5 errors, 2 warnings',
  '',
].join('\n');

function lint(dir: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, 'lint', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', CI: 'true', ...env } });
}

test('booklet lint on a manuscript: in Chinese with --ui zh or a Chinese locale, in English with --ui en; JSON in English', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a.md'), MANUSCRIPT);
    const zh = lint(dir, { LANG: 'en_US.UTF-8' }, '--ui', 'zh', 'a.md');
    assert.equal(zh.status, 1);
    assert.equal(zh.stderr, ZH);
    assert.equal(lint(dir, { LANG: 'zh_CN.UTF-8' }, 'a.md').stderr, ZH);
    const en = lint(dir, { LANG: 'zh_CN.UTF-8' }, '--ui', 'en', 'a.md');
    assert.equal(en.status, 1);
    assert.equal(en.stderr, EN);
    assert.equal(lint(dir, { LANG: 'en_US.UTF-8' }, 'a.md').stderr, EN);
    // JSON is for programs: the English of record, also under --ui zh.
    const json = JSON.parse(lint(dir, {}, '--ui', 'zh', '--format', 'json', 'a.md').stdout) as { messages: { message: string; rule: string }[] };
    assert.deepEqual(json.messages.map((m) => `${m.message}  ${m.rule}`), EN.split('\n').slice(0, 7).map((l) => l.replace(/^\S+ (error|warning) /, '')));
  });
});

test('booklet lint --fix and --dry-run say what they fixed in Chinese; the change lines stay as they are', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a.md'), MANUSCRIPT);
    const changes = [
      'a.md:5:9  halfwidth-punctuation  发展迅速,应用广泛 → 发展迅速，应用广泛',
      'a.md:13:9  ellipsis  段里的话...说明-- → 段里的话……说明--',
      'a.md:13:14  dash  ..说明--如下。 → ..说明——如下。',
    ];
    const left = ZH.split('\n').filter((l) => /unbalanced-pairs|bold-heading|heading-sequence|image-alt/.test(l));
    const dry = lint(dir, {}, '--ui', 'zh', '--dry-run', 'a.md');
    assert.equal(dry.stderr, [...changes, '将修正 a.md 中的 3 处问题（--dry-run：文件未改动）', ...left, '2 个错误，2 个警告', ''].join('\n'));
    assert.match(lint(dir, {}, '--ui', 'en', '--dry-run', 'a.md').stderr, /^Would fix 3 problems in a\.md \(--dry-run: the file is unchanged\)$/m);
    const fixed = lint(dir, {}, '--ui', 'zh', '--fix', 'a.md');
    assert.equal(fixed.stderr, [...changes, '已修正 a.md 中的 3 处问题', ...left, '2 个错误，2 个警告', ''].join('\n'));
    assert.equal(await readFile(join(dir, 'a.md'), 'utf8'), MANUSCRIPT.replace(',', '，').replace('...', '……').replace('--', '——'));
    await writeFile(join(dir, 'b.md'), '正文。\n\n段落，，对。\n');
    assert.match(lint(dir, {}, '--ui', 'en', '--fix', 'b.md').stderr, /^Fixed 1 problem in b\.md$/m);
  });
});

test('a fix not applied, in Chinese and in English', async () => {
  await withTempDir(async (dir) => {
    // Taking the U+FEFF away would make the line a heading: the structure would change.
    await writeFile(join(dir, 'a.md'), '正文。\n\n\uFEFF# 标题\n');
    assert.equal(lint(dir, {}, '--ui', 'zh', '--fix', 'a.md').stderr, 'a.md 警告 未作修正：改后的稿件解析出的结构会不同  lint-fix\na.md:3:1 警告 正文里有零宽不换行空格（U+FEFF）  stray-bom\n0 个错误，2 个警告\n');
    assert.equal(lint(dir, {}, '--ui', 'en', '--fix', 'a.md').stderr, 'a.md warning Fixes not applied: the result would not parse the same way  lint-fix\na.md:3:1 warning Zero-width no-break space (U+FEFF) inside the text  stray-bom\n0 errors, 2 warnings\n');
  });
});

test('booklet lint of a booklet folder takes booklet.yaml’s ui:, and build prints its lint findings in the same language', async () => {
  await withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'basic'), dir, { recursive: true });
    const sample = join(dir, '01-sample.md');
    await writeFile(sample, (await readFile(sample, 'utf8')).replace('这是第一段，', '这是第一段,'));
    const yaml = await readFile(join(dir, 'booklet.yaml'), 'utf8');
    await writeFile(join(dir, 'booklet.yaml'), `${yaml}ui: zh\n`);
    const comma = /^01-sample\.md:9:6 错误 汉字旁用了半角的“,”：应为“，”  halfwidth-punctuation$/m;
    const linted = lint(dir, { LANG: 'en_US.UTF-8' });
    assert.equal(linted.status, 1);
    assert.match(linted.stderr, comma);
    assert.match(linted.stderr, /^1 个错误，\d+ 个警告$/m);
    assert.match(lint(dir, { LANG: 'en_US.UTF-8' }, '--ui', 'en').stderr, /^01-sample\.md:9:6 error Half-width “,” next to Han text: use “，”  halfwidth-punctuation$/m);
    const built = spawnSync(process.execPath, [CLI, 'build', '-e', 'html'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8', CI: 'true' } });
    assert.equal(built.status, 1);
    assert.match(built.stderr, comma);
  });
});
