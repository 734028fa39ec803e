// What lint --fix reports: each change with its context in its line, and what is left placed in the file
// as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, lintText } from '../../src/manuscript/lint-manuscript.js';
import { CONTEXT, describeChanges, placeBeforeFixes } from '../../src/manuscript/describe-changes.js';
import { formatChange } from '../../src/diagnostics.js';

test('a change shows up to CONTEXT characters either side, within its line, a character outside the BMP whole', () => {
  assert.equal(CONTEXT, 4);
  const text = '# 题\n\n𠮷𠮷𠮷𠮷𠮷,好。\n\n前,\n';
  const { edits } = lintText('t.md', text);
  assert.deepEqual(describeChanges('t.md', text, edits).map((c) => formatChange(c)), [
    // Column 11: five characters of two UTF-16 units each before the comma (as every message counts).
    't.md:3:11  halfwidth-punctuation  𠮷𠮷𠮷𠮷,好。 → 𠮷𠮷𠮷𠮷，好。',
    't.md:5:2  halfwidth-punctuation  前, → 前，',
  ]);
});

test('a change that removes a line end or an invisible character shows it: ↵, \\ufeff', () => {
  const change = { file: 't.md', line: 1, column: 1, ruleId: 'r', before: '甲\n\n乙\uFEFF\t\u001b', after: '甲乙' };
  assert.equal(formatChange(change), 't.md:1:1  r  甲↵↵乙\\ufeff\\t\\u001b → 甲乙');
});

test('what is left after the fixes is placed in the file as it was: after a fix that shortens the line, and after a joined paragraph', () => {
  const long = '这是一个足够长的段落用来测试断段的检查规则是否正确';
  // "..." becomes "……" (one character less); the paragraph join removes a line end and a blank line.
  const text = `中文...说明"好"。\n\n${long}人工智\n\n能发展"快"。\n`;
  const { edits } = lintText('t.md', text);
  const next = applyEdits(text, edits)!;
  const left = lintText('t.md', next).messages;
  assert.deepEqual(left.map((m) => `${m.line}:${m.column} ${m.ruleId}`), ['1:7 straight-quotes', '1:9 straight-quotes', '3:32 straight-quotes', '3:34 straight-quotes']);
  assert.deepEqual(placeBeforeFixes(left, text, next, edits).map((m) => `${m.line}:${m.column} ${m.ruleId}`), ['1:8 straight-quotes', '1:10 straight-quotes', '5:4 straight-quotes', '5:6 straight-quotes']);
});
