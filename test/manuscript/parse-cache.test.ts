// The parse cache of long-running commands (build --watch, preview): the same text is not parsed again,
// it gives the tree a fresh parse gives, and each caller's copy is its own (the HTML stage changes the
// tree it is given).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VFile } from 'vfile';
import { forgetOtherTrees, parseManuscript, reusedTrees } from '../../src/manuscript/parse.js';
import { runLong } from '../../src/long-running.js';

test('a kept tree is the tree a fresh parse gives, and every caller gets its own copy', () => {
  const text = '---\ntitle: 样例\n---\n\n# 标题\n\n正文**重点**。[^1]\n\n[^1]: 注。\n';
  const fresh = parseManuscript(new VFile({ path: 'a.md', value: text }));
  runLong();
  const first = parseManuscript(new VFile({ path: 'a.md', value: text }));
  first.children.splice(0); // what a caller may do to its tree
  const before = reusedTrees();
  const second = parseManuscript(new VFile({ path: 'b.md', value: text }));
  assert.equal(reusedTrees(), before + 1, 'the kept tree answered');
  assert.deepEqual(second, fresh, 'the kept tree, untouched by the first caller');
  assert.notEqual(second, parseManuscript(new VFile({ path: 'c.md', value: text })), 'a new copy each time');
  const other = parseManuscript(new VFile({ path: 'a.md', value: `${text}\n又一段。\n` }));
  assert.equal(other.children.length, fresh.children.length + 1, 'another text is parsed afresh');
  forgetOtherTrees([]);
  const after = reusedTrees();
  parseManuscript(new VFile({ path: 'a.md', value: text }));
  assert.equal(reusedTrees(), after, 'forgotten: parsed again');
});
