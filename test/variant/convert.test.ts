// Converting a manuscript to Traditional characters: only its text changes, its lines stay where they
// were, and the characters a phrase did not decide are listed at their lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertManuscript, traditionalQuotes } from '../../src/variant/convert.js';
import { ambiguousCharacters, openConverter } from '../../src/variant/opencc.js';
import { ambiguityMessages, EACH_UP_TO } from '../../src/variant/ambiguity-messages.js';
import { parseDictionary } from '../../src/variant/dictionary.js';
import { BookletError } from '../../src/diagnostics.js';

const tw = openConverter('twp');

const MANUSCRIPT = [
  '---', // 1
  'id: fa-zhan',
  'title: 关于发展的“学习”',
  'editorial:',
  '  - action: fix',
  '    line: 3',
  '    note: 原文“学习”不动',
  '---',
  '',
  '# 学习与发展', // 10
  '',
  '他说：“这是‘头发’的问题。”见[学习网站](https://例子.cn/学习 "学习标题")和<https://例子.cn/发展>。',
  '',
  '![学习图片](images/学习.png "发展图")',
  '',
  '代码 `学习()` 不动，脚注[^学习]。',
  '',
  '```js',
  'const 学习 = “发展”;',
  '```', // 20
  '',
  ':::key-points[学习要点]',
  '- 发展',
  ':::',
  '',
  '<span title="学习">发展</span>',
  '',
  '[^学习]: 注释里的学习。',
  '',
  'Xi’s speech 了解', // 30
  '',
].join('\n');

test('a manuscript: text converted, Markdown, keys, URLs, code, labels and HTML as written, lines kept', () => {
  const { text } = convertManuscript(MANUSCRIPT, tw);
  const lines = text.split('\n');
  assert.equal(lines.length, MANUSCRIPT.split('\n').length);
  assert.equal(lines[1], 'id: fa-zhan');
  assert.equal(lines[2], 'title: 關於發展的「學習」');
  // Not printed: the editorial record stays as written.
  assert.equal(lines[6], '    note: 原文“学习”不动');
  assert.equal(lines[9], '# 學習與發展');
  assert.equal(lines[11], '他說：「這是『頭髮』的問題。」見[學習網站](https://例子.cn/学习 "学习标题")和<https://例子.cn/发展>。');
  assert.equal(lines[13], '![學習圖片](images/学习.png "發展圖")');
  assert.equal(lines[15], '程式碼 `学习()` 不動，腳註[^学习]。'); // Taiwan's phrases: 代码 is 程式碼
  assert.equal(lines[18], 'const 学习 = “发展”;');
  assert.equal(lines[21], ':::key-points[學習要點]');
  assert.equal(lines[22], '- 發展');
  assert.equal(lines[25], '<span title="学习">發展</span>');
  assert.equal(lines[27], '[^学习]: 註釋裡的學習。');
  assert.equal(lines[29], 'Xi’s speech 瞭解');
});

test('quotes: “” become 「」, nested ‘’ become 『』, an apostrophe stays', () => {
  assert.equal(traditionalQuotes('“甲‘乙’丙”'), '「甲『乙』丙」');
  assert.equal(traditionalQuotes('Xi’s 2020’s ‘甲’'), 'Xi’s 2020’s 『甲』');
});

test('the one-to-many set is OpenCC’s STCharacters: 发 has 發 and 髮, 后 has 後 and 后, 学 has one form', () => {
  const multi = ambiguousCharacters();
  assert.deepEqual(multi.get('发'), ['發', '髮']);
  assert.deepEqual(multi.get('后'), ['後', '后']);
  assert.ok(multi.get('干')?.includes('乾') && multi.get('干')?.includes('幹'));
  assert.equal(multi.get('学'), undefined);
  assert.ok(multi.size > 200, `${multi.size} characters`);
});

test('characters a phrase decided are not listed; those the character table chose are, at their line and column', () => {
  // 头发 and 发展 are phrases of STPhrases (頭髮, 發展), so are 说了 and 然后; the 发 after 说了 and the
  // last 后 are the table's choice (發, 後).
  const text = ['---', 'title: 标题', '---', '', '头发和发展。', '', '他说了发，然后后。', ''].join('\n');
  const { text: converted, ambiguous } = convertManuscript(text, tw);
  assert.equal(converted.split('\n')[6], '他說了發，然後後。');
  const messages = ambiguityMessages(ambiguous, text, 'a.md', 'zh-Hant');
  assert.deepEqual(
    messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`),
    [
      'a.md:7:4 variant-ambiguous 发 has 2 Traditional forms (發/髮): 發 was chosen by the character alone, not by a phrase',
      'a.md:7:8 variant-ambiguous 后 has 2 Traditional forms (後/后): 後 was chosen by the character alone, not by a phrase',
    ],
  );
  assert.ok(messages.every((m) => m.fatal === false));
  assert.match(messages[0]?.note ?? '', /dictionary/, 'the first says how to fix them');
  assert.equal(messages[1]?.note, undefined, 'the others do not repeat it');
});

test('many places in a file: one warning a character, at its first place, listing its lines', () => {
  const lines = Array.from({ length: 13 }, () => '他说了发。');
  const text = ['# 标题', '', ...lines, '然后后。', '', '欲去，欲来，欲往，欲走。'].join('\n');
  const { ambiguous } = convertManuscript(text, tw);
  assert.equal(ambiguous.length, 18);
  assert.ok(ambiguous.length > EACH_UP_TO);
  const messages = ambiguityMessages(ambiguous, text, 'a.md', 'zh-Hant');
  assert.deepEqual(
    messages.map((m) => `${m.line}:${m.column} ${m.reason}`),
    [
      '3:4 发 has 2 Traditional forms (發/髮): 發 was chosen by the character alone 13 times, not by a phrase (lines 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, …)',
      '16:3 后 has 2 Traditional forms (後/后): 後 was chosen by the character alone, not by a phrase',
      '18:1 欲 has 2 Traditional forms (欲/慾): 欲 was chosen by the character alone 4 times, not by a phrase (line 18)',
    ],
  );
});

test('a dictionary entry wins over OpenCC and silences the warning of what it decides', () => {
  const text = '# 标题\n\n头发，他说了发，全球治理进程。\n';
  const plain = convertManuscript(text, tw);
  assert.equal(plain.text, '# 標題\n\n頭髮，他說了發，全球治理程序。\n'); // Taiwan's phrases make 进程 程序
  assert.deepEqual(plain.ambiguous.map((a) => a.char), ['发']);
  const dictionary = parseDictionary('# 本书的词典\n说了发\t說了髮\n进程\t進程\n头发\t头发\n', 'zh-Hant.txt');
  const fixed = convertManuscript(text, openConverter('twp', dictionary));
  assert.equal(fixed.text, '# 標題\n\n头发，他說了髮，全球治理進程。\n');
  assert.deepEqual(fixed.ambiguous, []);
});

test('Hong Kong: s2hk forms', () => {
  assert.equal(convertManuscript('# 标题\n\n里面的着。\n', openConverter('hk')).text, '# 標題\n\n裏面的着。\n');
  assert.equal(convertManuscript('# 标题\n\n里面的着。\n', tw).text, '# 標題\n\n裡面的著。\n');
});

test('bad dictionary lines are errors at their file:line:col, all at once', () => {
  const text = ['# 注释', '发\t髮', '没有制表符', '发展\t', '头 发\t頭髮', '发\t發', '甲\t乙\t丙', ''].join('\n');
  assert.throws(
    () => parseDictionary(text, 'zh-Hant.txt'),
    (error: unknown) => {
      assert.ok(error instanceof BookletError);
      const got = error.messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`);
      assert.deepEqual(got, [
        'zh-Hant.txt:3:1 variant-dictionary',
        'zh-Hant.txt:4:4 variant-dictionary',
        'zh-Hant.txt:5:2 variant-dictionary',
        'zh-Hant.txt:6:1 variant-dictionary',
        'zh-Hant.txt:7:4 variant-dictionary',
      ]);
      assert.match(error.messages[3]!.reason, /发 is already in the dictionary, at line 2/);
      assert.ok(error.messages.every((m) => m.fatal));
      return true;
    },
  );
});
