import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { rehypeSourceLines } from '../../src/html/rehype-source-lines.js';
import { rehypeHeadingIds } from '../../src/html/rehype-heading-ids.js';
import { rehypeCjkNoBreak, WORD_JOINER } from '../../src/html/rehype-cjk-no-break.js';

test('rehypeSourceLines stamps blocks with their manuscript line, not inline elements', () => {
  const html = String(
    unified().use(remarkParse).use(remarkRehype).use(rehypeSourceLines).use(rehypeStringify).processSync('# 标题\n\n段落*强调*\n\n- 项\n'),
  );
  assert.equal(html, '<h1 data-line="1">标题</h1>\n<p data-line="3">段落<em>强调</em></p>\n<ul data-line="5">\n<li data-line="5">项</li>\n</ul>');
});

test('rehypeHeadingIds gives short ASCII ids and records the headings', () => {
  const file = new VFile({ value: '## 第一节\n\n正文\n\n### 小节\n\n## 第二节' });
  const html = String(unified().use(remarkParse).use(remarkRehype).use(rehypeHeadingIds, { prefix: 'ai' }).use(rehypeStringify).processSync(file));
  assert.equal(html, '<h2 id="ai-1">第一节</h2>\n<p>正文</p>\n<h3 id="ai-2">小节</h3>\n<h2 id="ai-3">第二节</h2>');
  assert.deepEqual(
    file.data.headings?.map((h) => [h.id, h.depth, h.text, h.line]),
    [['ai-1', 2, '第一节', 1], ['ai-2', 3, '小节', 5], ['ai-3', 2, '第二节', 7]],
  );
});

test('rehypeCjkNoBreak joins ——, ～ and · to the character before them', () => {
  const html = String(unified().use(remarkParse).use(remarkRehype).use(rehypeCjkNoBreak).use(rehypeStringify).processSync('说明——如下，1～3，马克·吐温'));
  const J = WORD_JOINER;
  assert.equal(html, `<p>说明${J}——如下，1${J}～3，马克${J}·吐温</p>`);
});

test('rehypeCjkNoBreak joins a mark to inline markup before it', () => {
  const html = String(unified().use(remarkParse).use(remarkRehype).use(rehypeCjkNoBreak).use(rehypeStringify).processSync('**重点**——说明'));
  assert.equal(html, `<p><strong>重点</strong>${WORD_JOINER}——说明</p>`);
});

test('rehypeCjkNoBreak leaves code and a mark that starts the text alone', () => {
  const html = String(unified().use(remarkParse).use(remarkRehype).use(rehypeCjkNoBreak).use(rehypeStringify).processSync('——开头，`a—b`'));
  assert.equal(html, '<p>——开头，<code>a—b</code></p>');
});

test('rehypeFootnoteIds prefixes the footnote label and the references to it', async () => {
  const remarkGfm = (await import('remark-gfm')).default;
  const { rehypeFootnoteIds } = await import('../../src/html/rehype-footnote-ids.js');
  const html = String(
    unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeFootnoteIds, { prefix: 'ai' }).use(rehypeStringify).processSync('正文[^1]\n\n[^1]: 注。'),
  );
  assert.match(html, /aria-describedby="ai-footnote-label"/);
  assert.match(html, /<h2 class="sr-only" id="ai-footnote-label">/);
  assert.doesNotMatch(html, /"footnote-label"/);
});
