// Control characters (NUL, ESC, VT, …) are refused where they are written, in booklet.yaml and in a
// manuscript, raw or as YAML escapes; raw HTML's character references that make them are removed with a
// warning; and no message ever prints one raw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VFile } from 'vfile';
import { parseManuscript } from '../../src/manuscript/parse.js';
import { articleToHast } from '../../src/html/processor.js';
import { createMessage, formatMessage } from '../../src/diagnostics.js';
import { bookletProblems } from '../booklet-problems.js';

const BOOKLET = 'title: 读本\ncompiler: 编写组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n';
const ARTICLE = '---\ntitle: 标题\n---\n\n正文。\n';

const problems = bookletProblems;

const noRawControls = (lines: string[]) => lines.forEach((l) => assert.doesNotMatch(l, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, JSON.stringify(l)));

test('a raw control character in booklet.yaml is an error at its line and column', async () => {
  const messages = await problems(BOOKLET.replace('title: 读本', 'title: 读\u001b[2J本'), ARTICLE);
  noRawControls(messages);
  assert.equal(messages.length, 1);
  assert.match(messages[0]!, /^booklet\.yaml:1:9 error File contains the control character U\+001B \(ESC\)  config\n  hint: /);
});

test('a control character written as a YAML escape is an error at its value', async () => {
  for (const [escape, name] of [['\\e', 'U+001B (ESC)'], ['\\0', 'U+0000 (NUL)'], ['\\v', 'U+000B (VT)'], ['\\x85', 'U+0085 (NEL)']] as const) {
    const messages = await problems(BOOKLET.replace('compiler: 编写组', `compiler: "编写${escape}组"`), ARTICLE);
    noRawControls(messages);
    assert.deepEqual(messages.map((m) => m.split('\n')[0]), [`booklet.yaml:2:11 error A value holds the control character ${name}  config`]);
  }
});

test('in a manuscript, raw or escaped in its front matter, or raw in its body', async () => {
  const front = await problems(BOOKLET, '---\ntitle: "标\\u0007题"\n---\n\n正文。\n');
  assert.deepEqual(front.map((m) => m.split('\n')[0]), ['01-a.md:2:8 error A value holds the control character U+0007 (BEL)  front-matter']);
  const body = await problems(BOOKLET, '---\ntitle: 标题\n---\n\n正\u000b文。\n');
  assert.deepEqual(body.map((m) => m.split('\n')[0]), ['01-a.md:5:2 error File contains the control character U+000B (VT)  manuscript']);
});

test('a character reference in raw HTML that makes a control character is removed, with a warning', async () => {
  const file = new VFile({ path: '01-a.md', value: '<div title="a&#7;b">c&#x1b;[2Jd</div>\n' });
  const tree = await articleToHast(parseManuscript(file), file, 'a');
  const html = JSON.stringify(tree);
  assert.doesNotMatch(html, /\\u001b|\\u0007/);
  assert.match(html, /"c\[2Jd"/);
  assert.deepEqual(file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`), [
    "1:21 Removed the control character U+001B (ESC) from the manuscript's HTML",
    "1:1 Removed the control character U+0007 (BEL) from the manuscript's HTML",
  ]);
});

test('no message prints a control character raw: file, reason and hint', () => {
  const message = createMessage('Title `\u001b[2J\u001b[H` \u202eevil', { file: 'a\u0007.md', line: 1 }, 'config', { hint: 'x\u009by' });
  const line = formatMessage(message);
  noRawControls([line]);
  assert.equal(line, 'a\\u0007.md:1:1 error Title `\\u001b[2J\\u001b[H` \\u202eevil  config\n  hint: x\\u009by');
});
