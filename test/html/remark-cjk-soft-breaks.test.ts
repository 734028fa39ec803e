import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkCjkSoftBreaks } from '../../src/html/remark-cjk-soft-breaks.js';

const html = (md: string) =>
  String(unified().use(remarkParse).use(remarkCjkSoftBreaks).use(remarkRehype).use(rehypeStringify).processSync(md));

test('a soft break between Han characters disappears', () => {
  assert.equal(html('第一行\n第二行'), '<p>第一行第二行</p>');
});

test('a soft break after CJK punctuation disappears, with the next line’s indentation', () => {
  assert.equal(html('句子结束。\n   下一句'), '<p>句子结束。下一句</p>');
});

test('a soft break between Han and Latin disappears (text-autospace adds the gap)', () => {
  assert.equal(html('使用\nChatGPT\n模型'), '<p>使用ChatGPT模型</p>');
});

test('a soft break between Latin words stays a break', () => {
  assert.equal(html('hello\nworld'), '<p>hello\nworld</p>');
});

test('a soft break next to an inline element looks at the neighbouring text', () => {
  assert.equal(html('**重点**\n文字'), '<p><strong>重点</strong>文字</p>');
});

test('a hard break is kept', () => {
  assert.equal(html('第一行\\\n第二行'), '<p>第一行<br>\n第二行</p>');
});

test('inline code is a neighbour too: a break between code and Latin stays a space', () => {
  assert.equal(html('中文`code`\nabc'), '<p>中文<code>code</code>\nabc</p>');
});

test('neighbours never come from another paragraph', () => {
  assert.equal(html('中文\n\n\nabc\ndef'), '<p>中文</p>\n<p>abc\ndef</p>');
});
