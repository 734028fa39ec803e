import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkStudyBoxes } from '../../src/html/remark-study-boxes.js';

function run(md: string) {
  const file = new VFile({ path: 'a.md', value: md });
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkStudyBoxes).use(remarkRehype).use(rehypeStringify);
  const html = String(processor.processSync(file));
  return { html, messages: file.messages.map((m) => `${m.line}:${m.column}: ${m.reason} ${m.fatal ? 'error' : 'warning'}`) };
}

test('key-points becomes an aside with the default title', () => {
  const { html, messages } = run(':::key-points\n- 要点\n:::');
  assert.match(html, /^<aside class="study-box key-points" role="note"><p class="study-box-title">学习要点<\/p>/);
  assert.match(html, /<li>要点<\/li>/);
  assert.deepEqual(messages, []);
});

test('a label replaces the title', () => {
  const { html } = run(':::questions[课后思考]\n1. 问题？\n:::');
  assert.match(html, /<p class="study-box-title">课后思考<\/p>/);
  assert.doesNotMatch(html, /思考题/);
});

test('an unknown container directive is an error at its line', () => {
  const { messages } = run('正文\n\n:::nonsense\n内容\n:::');
  assert.deepEqual(messages, ['3:1: Unknown study box `:::nonsense` error']);
});

test('an unknown text directive is put back as the text it was', () => {
  const { html, messages } = run('注意:abc 不是指令，比例为3:1。');
  assert.equal(html, '<p>注意:abc 不是指令，比例为3:1。</p>');
  assert.deepEqual(messages, []);
});

test('an unknown leaf directive is kept as a paragraph, with a warning', () => {
  const { html, messages } = run('::foo[标签]');
  assert.equal(html, '<p>::foo[标签]</p>');
  assert.deepEqual(messages, ['1:1: Unknown directive `::foo`, kept as text warning']);
});
