// The lint rules that read quotation marks and sentence ends, in a Simplified and a Traditional book: input
// plus the expected `line:col: message` list (the English of record), and straight-quotes' --fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, lintText } from '../../src/manuscript/lint-manuscript.js';
import type { BookScript } from '../../src/config/language.js';

const RULES = new Set(['straight-quotes', 'quote-nesting', 'unbalanced-pairs', 'broken-paragraph', 'fragment-start', 'unterminated-ending']);
const lint = (md: string, script: BookScript) =>
  lintText('t.md', md, {}, undefined, undefined, script).messages.filter((m) => RULES.has(m.ruleId ?? '')).map((m) => `${m.line}:${m.column}: ${m.reason}`);

const LONG_HANT = '子曰：「邦有道，貧且賤焉，恥也；邦無道，富且貴焉，恥也」';
const LONG_HANS = '这是一个足够长的段落用来测试断段的检查规则是否正确';

test('straight-quotes: 「」 suggested in a Traditional book, “” in a Simplified one', () => {
  assert.deepEqual(lint('子曰"學而時習之"。', 'Hant'), ['1:3: Straight quote " in Chinese text: Traditional text uses 「 」', '1:9: Straight quote " in Chinese text: Traditional text uses 「 」']);
  assert.deepEqual(lint("他說'好'。", 'Hant'), ["1:3: Straight quote ' in Chinese text: Traditional text uses 『 』", "1:5: Straight quote ' in Chinese text: Traditional text uses 『 』"]);
  assert.deepEqual(lint('他说"好"。', 'Hans'), ['1:3: Straight quote " in Chinese text: use “ ”', '1:5: Straight quote " in Chinese text: use “ ”']);
  assert.deepEqual(lint('He said "yes" and left.', 'Hant'), []);
});

test('straight-quotes --fix in a Traditional book writes 「」 and 『』 when they pair up; not a guess', () => {
  const text = '子曰："學而時習之，不亦\'說\'乎？"\n\n他說"好';
  const { edits } = lintText('t.md', text, {}, undefined, undefined, 'Hant');
  assert.equal(applyEdits(text, edits), '子曰：「學而時習之，不亦『說』乎？」\n\n他說"好', 'an odd " is left for a person');
  assert.deepEqual(lintText('t.md', '他说"好"。', {}, undefined, undefined, 'Hans').edits, [], 'no fix in a Simplified book');
});

test('quote-nesting: 「『』」 in a Traditional book, “‘’” in a Simplified one', () => {
  assert.deepEqual(lint('他說：『她說「好」。』', 'Hant'), ['1:7: 「 」 inside 『 』: in Traditional text 「 」 go outside, 『 』 inside']);
  assert.deepEqual(lint('他說：「她說『好』。」', 'Hant'), []);
  assert.deepEqual(lint('他说：‘她说“好”。’', 'Hans'), ['1:7: Double quotes inside single quotes: double quotes go outside']);
  assert.deepEqual(lint('他说：“她说‘好’。”', 'Hans'), []);
});

test('unbalanced-pairs: 「」 『』 〈〉 in both scripts', () => {
  const md = '子曰：「學而時習之。\n\n』多了。\n\n《論語·〈學而〉》。';
  const expected = ['1:4: 1 “「” never closed in this paragraph', '3:1: “』” closes nothing'];
  assert.deepEqual(lint(md, 'Hant'), expected);
  assert.deepEqual(lint(md, 'Hans'), expected);
});

test('broken-paragraph and unterminated-ending: …恥也」 ends a sentence in a Traditional book', () => {
  assert.deepEqual(lint(`${LONG_HANT}\n\n子曰：「君子不器。」`, 'Hant'), []);
  assert.deepEqual(lint(`${LONG_HANT}`, 'Hant'), [], 'nor is the article unterminated');
  // In a Simplified book a paragraph that ends on a closing quote with no stop may be cut.
  assert.deepEqual(lint(`${LONG_HANS}“三年初见成效”\n\n下一段。`, 'Hans'), [
    '1:34: Paragraph ends mid-sentence (“年初见成效””); the next paragraph (“下一段。”) seems to continue it',
    '1:34: The last paragraph ends without terminal punctuation (““三年初见成效””)',
  ]);
  // A quotation in the middle of a sentence, not set off by a colon, is no end.
  assert.deepEqual(lint('所謂「一帶一路」倡議的主要內容和基本原則是「共商共建共享」\n\n合作。', 'Hant'), [
    '1:30: Paragraph ends mid-sentence (“商共建共享」”); the next paragraph (“合作。”) seems to continue it',
    '1:30: The last paragraph ends without terminal punctuation (“「共商共建共享」”)',
  ]);
});

test('fragment-start: Traditional openers (是故，當前，) are no fragments; a cut tail is, in both scripts', () => {
  const unfinished = '這是一個足夠長的段落用來測試斷段的檢查規則是否正確';
  assert.deepEqual(lint(`${unfinished}\n\n是故，君子務本。\n\n當前，學習是要務。`, 'Hant').filter((x) => x.includes('starts')), []);
  assert.deepEqual(lint(`${unfinished}\n\n目標，全力打造現代鄉村產業體系。`, 'Hant').filter((x) => x.includes('starts')), ['3:1: Paragraph starts mid-sentence (“目標，全力打…”): a fragment of an unfinished paragraph elsewhere?']);
  assert.deepEqual(lint(`${LONG_HANS}\n\n目标，全力打造现代乡村产业体系。`, 'Hans').filter((x) => x.includes('starts')), ['3:1: Paragraph starts mid-sentence (“目标，全力打…”): a fragment of an unfinished paragraph elsewhere?']);
  // The paragraph ending …恥也」 is finished: nothing to be a fragment of.
  assert.deepEqual(lint(`${LONG_HANT}\n\n目標，全力打造現代鄉村產業體系。`, 'Hant'), []);
});
