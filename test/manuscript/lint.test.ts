// Lint rules as input plus the expected `line:col rule` list: what each must flag and what it must leave
// alone; the user's source and the cleaned manuscripts; --fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyEdits, lintText } from '../../src/manuscript/lint-manuscript.js';
import { CLI, ROOT, SOURCE_TEXT, withTempDir } from '../helpers.js';

const lint = (md: string, coverage?: Set<number>) => lintText('t.md', md, {}, coverage).messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
const long = '这是一个足够长的段落用来测试断段的检查规则是否正确';

test('broken-paragraph: a long paragraph ending mid-sentence; not a complete one, a subtitle or a byline', () => {
  assert.deepEqual(lint(`${long}人工智\n\n能整体发展已进入全球第一梯队。`), ['1:29 broken-paragraph']);
  assert.deepEqual(lint(`${long}。\n\n下一段。`), []);
  assert.deepEqual(lint('——深刻领会习近平总书记关于人工智能的重要论述\n\n■ 高文\n\n正文。'), []);
  // What a code block, a list or a table follows is not cut off from the paragraph after them.
  const code = '自行託管的瀏覽器版本可以這樣載入的 ES module:\n\n```html\n<script type="module"></script>\n```\n\nCDN ES module 則是另一種方式。';
  assert.deepEqual(lint(code), []);
  assert.deepEqual(lint(`${long}有三点\n\n- 第一\n- 第二\n\n其后的段落也足够长，用来说明列表之后的文字另起一段。`), []);
});

test('fragment-start: a paragraph opening with a fragment, when some paragraph is unfinished', () => {
  assert.deepEqual(lint(`${long}。\n\n目标，全力打造现代乡村产业体系。\n\n${long}“三年初见成效”`).filter((x) => x.endsWith('fragment-start')), ['3:1 fragment-start']);
  assert.deepEqual(lint(`${long}。\n\n当前，人工智能已成为新焦点。\n\n${long}“三年初见成效”`).filter((x) => x.endsWith('fragment-start')), []);
  assert.deepEqual(lint(`${long}。\n\n目标，全力打造现代乡村产业体系。`), [], 'no unfinished paragraph: nothing to be a fragment of');
});

test('unterminated-ending: the last paragraph without terminal punctuation; a closing quote after 。 is fine', () => {
  assert.deepEqual(lint(`${long}。\n\n${long}“三年初见成效”`).filter((x) => x.endsWith('unterminated-ending')), ['3:34 unterminated-ending']);
  assert.deepEqual(lint(`${long}，他说：“好。”`), []);
});

test('a figure is no paragraph of sentences: a long caption alone ends nothing mid-sentence, nor the article', () => {
  const figure = '![六个年度参加集中学习的人数（示意）](figures/chart.png)';
  assert.deepEqual(lint(`${long}。\n\n${figure}\n\n插图应当放在第一次提到它的段落之后，图注写明图的内容。`), []);
  assert.deepEqual(lint(`${long}。\n\n${figure}`), [], 'an article may end with a figure');
  // Its alt text is still the caption's punctuation.
  assert.deepEqual(lint(`${long}。\n\n![六个年度参加集中学习的人数,示意](a.png)\n\n${long}。`), ['3:16 halfwidth-punctuation']);
});

test('image-alt: a figure with no alt text and no title; not one with either, not an inline image', () => {
  assert.deepEqual(lint('正文。\n\n![](a.png)\n\n:::key-points\n![ ](b.png)\n:::'), ['3:1 image-alt', '6:1 image-alt']);
  assert.deepEqual(lint('![说明](a.png)\n\n![](a.png "标题")\n\n正文![](icon.png)里的图。'), []);
});

test('heading-sequence: 一、三、 skips 二; 一、二、 and 1. 2. do not', () => {
  assert.deepEqual(lint('## 一、甲\n\n正文。\n\n## 三、丙\n\n正文。'), ['5:1 heading-sequence']);
  assert.deepEqual(lint('## 一、甲\n\n## 二、乙\n\n### 1. 子\n\n### 2. 子'), []);
});

test('bold-heading: a short bold line alone; not bold inside a sentence', () => {
  assert.deepEqual(lint('**深入把握人工智能发展趋势**\n\n正文。'), ['1:1 bold-heading']);
  assert.deepEqual(lint('这是**重点**内容。'), []);
});

test('halfwidth-punctuation: , . ( ) next to Han; not in English, numbers or times', () => {
  assert.deepEqual(lint('中文,逗号.句号(括号)'), ['1:3 halfwidth-punctuation', '1:6 halfwidth-punctuation', '1:9 halfwidth-punctuation', '1:12 halfwidth-punctuation']);
  assert.deepEqual(lint('Hello, world. 圆周率3.14，时间10:30。'), []);
});

test('straight-quotes: " and \' in Chinese text; not in English', () => {
  assert.deepEqual(lint('他说"好"。'), ['1:3 straight-quotes', '1:5 straight-quotes']);
  assert.deepEqual(lint('He said "yes" and it\'s fine.'), []);
});

test('ellipsis: ... 。。。 and a single …; not …… or ... in inline code', () => {
  assert.deepEqual(lint('等等...还有。。。以及…完'), ['1:3 ellipsis', '1:8 ellipsis', '1:13 ellipsis']);
  assert.deepEqual(lint('等等……还有`a...b`。'), []);
});

test('dash: -- or a single — between Han; not ——', () => {
  assert.deepEqual(lint('说明--如下，又如—这样。'), ['1:3 dash', '1:10 dash']);
  assert.deepEqual(lint('说明——如下。'), []);
});

test('unbalanced-pairs: an unclosed “ or 《, a stray ）', () => {
  assert.deepEqual(lint('他说“好。\n\n《书名。\n\n多了）。'), ['1:3 unbalanced-pairs', '3:1 unbalanced-pairs', '5:3 unbalanced-pairs']);
  assert.deepEqual(lint('他说“好‘对’”。《书》（注）。'), []);
});

test('quote-nesting: “ inside ‘ is the wrong order', () => {
  assert.deepEqual(lint('他说‘这是“引文”’。'), ['1:6 quote-nesting']);
});

test('repeated-punctuation: ，， and 。。; not …… or ？！', () => {
  assert.deepEqual(lint('好，，对。。'), ['1:2 repeated-punctuation', '1:5 repeated-punctuation']);
  assert.deepEqual(lint('真的吗？！好……'), []);
});

test('fullwidth-alphanumerics and space-between-han', () => {
  assert.deepEqual(lint('共１２３个ＡＩ'), ['1:2 fullwidth-alphanumerics', '1:6 fullwidth-alphanumerics']);
  assert.deepEqual(lint('中文 空格，English words 正常。'), ['1:3 space-between-han']);
  // A character of Extension B (U+20BB7 𠮷, outside the BMP, two UTF-16 units: column 6) is Han to every rule, as to proof (src/cjk.ts).
  assert.deepEqual(lint('吉祥的𠮷 字'), ['1:6 space-between-han']);
});

test('font-coverage: a character the body face lacks', () => {
  assert.deepEqual(lint('正文𖬀。', new Set([...'正文。'].map((c) => c.codePointAt(0)!))), ['1:3 font-coverage']);
});

test('the user’s source: every broken paragraph, the missing 二, the stray fragment, the unterminated ending', async () => {
  const found = lintText('source.txt', await readFile(SOURCE_TEXT, 'utf8')).messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
  assert.deepEqual(found, [
    '19:28 broken-paragraph',
    '21:1 fragment-start',
    '31:1 bold-heading',
    '33:229 broken-paragraph',
    '43:122 broken-paragraph',
    '55:162 broken-paragraph',
    '67:1 halfwidth-punctuation',
    '67:30 halfwidth-punctuation',
    '77:273 broken-paragraph',
    '79:474 broken-paragraph',
    '81:1 fragment-start',
    '83:1 heading-sequence',
    '87:1 fragment-start',
    '91:182 broken-paragraph',
    '91:182 unterminated-ending',
    '93:1 halfwidth-punctuation',
    '93:15 halfwidth-punctuation',
  ]);
});

test('the cleaned manuscripts lint with zero errors (the recorded gap stays a warning)', () => {
  const run = spawnSync(process.execPath, [CLI, 'lint'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /^manuscripts\/02-heyuan\.md:40:1 warning Heading numbered 3 follows 1: heading 2 is missing  heading-sequence$/m);
  assert.match(run.stderr, /^0 errors, 1 warning$/m);
});

test('--fix repairs punctuation, ellipsis, dash and Han–Han broken paragraphs, and says so; --format json', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'a.md');
    await writeFile(file, `# 标题\n\n中文,逗号...说明--如下(括号)。\n\n${long}人工智\n\n能整体发展已进入全球第一梯队。\n`);
    const run = spawnSync(process.execPath, [CLI, 'lint', '--fix', file], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /^Fixed 6 problems in a\.md$/m);
    assert.equal(await readFile(file, 'utf8'), `# 标题\n\n中文，逗号……说明——如下（括号）。\n\n${long}人工智能整体发展已进入全球第一梯队。\n`);
    const json = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', file], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(json.stdout), { messages: [], fixed: [], changes: [], dryRun: false });
  });
});

test('a fix that would change the structure is not applied', () => {
  assert.equal(applyEdits('# 标题\n\n正文。\n', [{ start: 0, end: 2, text: '' }]), undefined);
});

test('build runs lint first: errors stop it unless --no-lint', async () => {
  await withTempDir(async (dir) => {
    await cp(join(ROOT, 'test', 'fixtures', 'basic'), join(dir, 'm'), { recursive: true });
    await writeFile(join(dir, 'm', '01-sample.md'), (await readFile(join(dir, 'm', '01-sample.md'), 'utf8')).replace('## 第二节', '## 第二节\n\n中文,逗号。'));
    const stopped = spawnSync(process.execPath, [CLI, 'build', 'm', '-e', 'html'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(stopped.status, 1);
    assert.match(stopped.stderr, /^m\/01-sample\.md:32:3 error Half-width “,” next to Han text: use “，”  halfwidth-punctuation\n  hint: .*--no-lint/m);
    const forced = spawnSync(process.execPath, [CLI, 'build', 'm', '-e', 'html', '--no-lint'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(forced.status, 0, forced.stderr);
  });
});

test('an image’s ! and its (path "title") are syntax: no half-width or straight-quote finding; its alt text is linted', () => {
  assert.deepEqual(lint('行内图片![小图](img/a.png "图的标题")在文字中间。'), []);
  assert.deepEqual(lint('见[链接](a.html \'说明\')一文。'), []);
  assert.deepEqual(lint('![图,说明](img/a.png)').filter((x) => x.endsWith('halfwidth-punctuation')), ['1:4 halfwidth-punctuation']);
});

test('inline code between Han characters is never taken for spaces: --fix keeps it', () => {
  const text = '---\ntitle: 测试\n---\n\n函数使用 `fn` 关键字声明，在箭头 `->` 后指定返回类型。\n';
  const result = lintText('a.md', text);
  assert.deepEqual(result.messages.map((m) => m.ruleId), []);
  assert.deepEqual(result.edits, []);
});
