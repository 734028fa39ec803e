import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { remarkStructureCheck } from '../../src/html/remark-structure-check.js';

function check(md: string): string[] {
  const file = new VFile({ path: 'a.md', value: md });
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkStructureCheck);
  processor.runSync(processor.parse(file), file);
  return file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.reason}  ${m.ruleId}`);
}

test('a footnote called but never defined', () => {
  assert.deepEqual(check('正文[^x]。'), ['1:1 warning Footnote [^x] is called but never defined; it prints as text  footnote']);
});

test('a footnote defined but never called, and one defined twice', () => {
  assert.deepEqual(check('正文[^a]。\n\n[^a]: 甲。\n\n[^a]: 乙。\n\n[^b]: 丙。'), [
    '5:1 warning Footnote [^a] is defined twice; this text is not printed  footnote',
    '7:1 warning Footnote [^b] is never called; its text is not printed  footnote',
  ]);
});

test('a skipped heading level; a regular outline is fine', () => {
  assert.deepEqual(check('## 一\n\n#### 跳级'), ['3:1 warning Heading level 4 follows level 2: a level is skipped  heading-level']);
  assert.deepEqual(check('## 一\n\n### 二\n\n## 三'), []);
});
