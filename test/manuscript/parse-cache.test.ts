// The parse trees a command that runs on keeps (build --watch, preview: its KeepSession): the same text is
// not parsed again, it gives the tree a fresh parse gives, and each caller's copy is its own (the HTML
// stage changes the tree it is given). Kept in a session, never in the module: two sessions keep apart,
// and a parse without one is kept for no one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VFile } from 'vfile';
import { parseManuscript } from '../../src/manuscript/parse.js';
import { openKeepSession } from '../../src/keep-session.js';

const TEXT = '---\ntitle: 样例\n---\n\n# 标题\n\n正文**重点**。[^1]\n\n[^1]: 注。\n';

test('a kept tree is the tree a fresh parse gives, and every caller gets its own copy', () => {
  const fresh = parseManuscript(new VFile({ path: 'a.md', value: TEXT }));
  const kept = openKeepSession().manuscripts.trees;
  const first = parseManuscript(new VFile({ path: 'a.md', value: TEXT }), kept);
  assert.equal(kept.reused(), 0, 'the first parse in a session is a parse');
  first.children.splice(0); // what a caller may do to its tree
  const second = parseManuscript(new VFile({ path: 'b.md', value: TEXT }), kept);
  assert.equal(kept.reused(), 1, 'the kept tree answered');
  assert.deepEqual(second, fresh, 'the kept tree, untouched by the first caller');
  assert.notEqual(second, parseManuscript(new VFile({ path: 'c.md', value: TEXT }), kept), 'a new copy each time');
  const other = parseManuscript(new VFile({ path: 'a.md', value: `${TEXT}\n又一段。\n` }), kept);
  assert.equal(other.children.length, fresh.children.length + 1, 'another text is parsed afresh');
  kept.forgetOthers([]);
  const after = kept.reused();
  parseManuscript(new VFile({ path: 'a.md', value: TEXT }), kept);
  assert.equal(kept.reused(), after, 'forgotten: parsed again');
});

test('two sessions keep apart, and a parse without a session is kept for no one', () => {
  const [one, two] = [openKeepSession(), openKeepSession()];
  parseManuscript(new VFile({ path: 'a.md', value: TEXT }), one.manuscripts.trees);
  parseManuscript(new VFile({ path: 'a.md', value: TEXT }), two.manuscripts.trees);
  assert.equal(two.manuscripts.trees.reused(), 0, "the second session parsed: it has not the first one's tree");

  const alone = `${TEXT}\n只此一次。\n`;
  parseManuscript(new VFile({ path: 'a.md', value: alone }));
  parseManuscript(new VFile({ path: 'a.md', value: alone }), one.manuscripts.trees);
  assert.equal(one.manuscripts.trees.reused(), 0, 'a parse without a session kept nothing: parsed again in the session');

  one.manuscripts.trees.forgetOthers([]);
  parseManuscript(new VFile({ path: 'a.md', value: TEXT }), two.manuscripts.trees);
  assert.equal(two.manuscripts.trees.reused(), 1, 'what the first session forgot the second still has');
});
