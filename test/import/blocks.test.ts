// A source with paragraphs of its own (what the .docx and web page readers give: blocks): its title,
// subtitle, byline and source note found, its headings kept and a bold line made one, a table kept as
// Markdown, plain text escaped where Markdown would read it as syntax, and the text checked; a page with
// no title of its own in its blocks takes the document's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceUnits } from '../../src/import/join-lines.js';
import { splitArticles } from '../../src/import/split-articles.js';
import { recogniseHeadings } from '../../src/import/recognise-headings.js';
import { composeArticle } from '../../src/import/compose-article.js';
import { checkNoTextLost } from '../../src/import/text-check.js';
import { placeRecorder } from '../../src/import/editorial.js';
import type { SourceBlock, SourceDocument } from '../../src/import/source.js';

const blocks = (list: Omit<SourceBlock, 'place'>[]): SourceBlock[] => list.map((b, i) => ({ ...b, place: { block: i + 1 } }));

function compose(doc: SourceDocument) {
  const drafts = splitArticles(doc, sourceUnits(doc));
  const record = placeRecorder(new Map());
  const articles = drafts.map((d, i) => composeArticle(doc, d, recogniseHeadings(d.body, doc.kind), `0${i + 1}-a.md`, `a${i + 1}`, record));
  checkNoTextLost(doc, articles, record, drafts.some((d) => d.titleFrom === 'document'));
  return articles;
}

const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5).trim();

test('a .docx-like document: front matter, headings, a bold run-in, a table, escapes', () => {
  const doc: SourceDocument = {
    path: 'a.docx',
    kind: 'docx',
    dropped: [],
    blocks: blocks([
      { kind: 'heading', depth: 1, text: '深化改革开放' },
      { kind: 'paragraph', text: '——写在新年到来之际' },
      { kind: 'paragraph', text: '作者：王五' },
      { kind: 'paragraph', text: '改革开放是决定当代中国命运的关键一招。' },
      { kind: 'heading', depth: 2, text: '一、坚持正确方向' },
      { kind: 'paragraph', text: '方向决定道路，道路决定命运。' },
      { kind: 'paragraph', text: '以开放促改革', bold: true },
      { kind: 'paragraph', text: '开放带来进步，封闭必然落后。公式 a*b*c 照录。' },
      { kind: 'markdown', text: '| 年份 | 增速 |\n|---|---|\n| 2024 | 5% |' },
      { kind: 'paragraph', text: '（来源：《经济日报》；作者单位：某研究院）' },
    ]),
  };
  const [a] = compose(doc);
  assert.deepEqual([a!.meta.title, a!.meta.subtitle, a!.meta.author, a!.meta.source, a!.meta.affiliation], ['深化改革开放', '——写在新年到来之际', '王五', '《经济日报》', '某研究院']);
  assert.equal(
    body(a!.text),
    [
      '改革开放是决定当代中国命运的关键一招。',
      '## 一、坚持正确方向',
      '方向决定道路，道路决定命运。',
      '### 以开放促改革',
      '开放带来进步，封闭必然落后。公式 a\\*b\\*c 照录。',
      '| 年份 | 增速 |\n|---|---|\n| 2024 | 5% |',
    ].join('\n\n'),
  );
  // Blocks are recorded by their number.
  assert.deepEqual(a!.meta.editorial.map((e) => `${e.action}@${e.line}`), ['metadata@1', 'metadata@2', 'metadata@3', 'heading@7', 'metadata@10']);
});

test('a web page whose blocks open with text: the document\'s own title, and the text check holds it', () => {
  const doc: SourceDocument = {
    path: 'a.html',
    kind: 'html',
    title: '网页的标题',
    dropped: [{ text: '首页 | 新闻 | 评论', place: { block: 0 }, why: 'navigation' }],
    blocks: blocks([{ kind: 'paragraph', text: '正文的第一段。' }, { kind: 'paragraph', text: '正文的第二段。' }]),
  };
  const [a] = compose(doc);
  assert.equal(a!.meta.title, '网页的标题');
  assert.equal(a!.meta.editorial[0]!.action, 'metadata');
  assert.equal(body(a!.text), '正文的第一段。\n\n正文的第二段。');
});
