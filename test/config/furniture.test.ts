// booklet.yaml's furniture (issue 22 §4): margins, 32开 and 64开, contents depth, running heads, folios and
// study-box titles, as the build reads them and as the messages name their lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { loadBooklet } from '../../src/config/load.js';
import { BookletError, formatMessage } from '../../src/diagnostics.js';
import { pageGeometry, PT_PER_MM } from '../../src/html/page-geometry.js';
import { remarkStudyBoxes } from '../../src/html/remark-study-boxes.js';
import { bookletDocument } from '../../src/html/document.js';
import type { ResolvedBooklet } from '../../src/config/resolve.js';
import { withTempDir } from '../helpers.js';

const valid = 'title: 读本\ncompiler: 编写组\ndate: 2026-01-01\narticles:\n  - 01.md\n';

/** Load `yaml` (with 01.md beside it): the booklet, or the messages' first lines. */
async function load(yaml: string): Promise<ResolvedBooklet | string[]> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), yaml);
    await writeFile(join(dir, '01.md'), '---\ntitle: 一\n---\n正文');
    try {
      return await loadBooklet(dir);
    } catch (error) {
      if (!(error instanceof BookletError)) throw error;
      return error.messages.map((m) => formatMessage(m, dir).split('\n')[0]!);
    }
  });
}

async function loaded(yaml: string): Promise<ResolvedBooklet> {
  const result = await load(yaml);
  assert.ok(!Array.isArray(result), String(result));
  return result;
}

test('the defaults: no margins, contents to ##, title and article heads, plain folios at the outer corner', async () => {
  const booklet = await loaded(valid);
  assert.deepEqual(booklet.page.margins, {});
  assert.deepEqual(booklet.contents, { depth: 2 });
  assert.deepEqual(booklet.runningHeads, { verso: 'title', recto: 'article' });
  assert.deepEqual(booklet.folio, { position: 'outer', form: 'plain' });
  assert.deepEqual(booklet.studyBoxes, { titles: {} });
});

test('32开 is 130×184 mm and 64开 92×126 mm, in any case of the name', async () => {
  assert.deepEqual([(await loaded(`${valid}page:\n  size: 32开\n`)).page.width, (await loaded(`${valid}page:\n  size: 32开\n`)).page.height], [130, 184]);
  const small = await loaded(`${valid}page:\n  size: 64开\n`);
  assert.deepEqual([small.page.name, small.page.width, small.page.height], ['64开', 92, 126]);
  // At the default body size a 64开 page still holds a usable type area.
  const g = pageGeometry(small.page);
  assert.deepEqual([g.chars, g.lines], [17, 15]);
});

test('margins: the type area is what they leave, snapped to the grid; inner and top as given, the rest to outer and bottom', async () => {
  const booklet = await loaded(`${valid}page:\n  size: A5\n  margins:\n    top: 20\n    bottom: 18\n    inner: 22\n    outer: 15\n`);
  const g = pageGeometry(booklet.page);
  const mm = (pt: number) => Math.round((pt / PT_PER_MM) * 100) / 100;
  assert.equal(mm(g.inner), 22);
  assert.equal(mm(g.top), 20);
  // 148 − 22 − 15 = 111 mm = 314.6 pt: 29 characters of 10.5 pt (304.5 pt), 10.1 pt over, to the outer margin.
  assert.equal(g.chars, 29);
  assert.ok(g.outer >= 15 * PT_PER_MM && g.outer < 15 * PT_PER_MM + g.bodySize, `outer ${mm(g.outer)} mm`);
  assert.ok(Math.abs(g.width - g.inner - g.outer - g.chars * g.bodySize) < 0.01);
  // 210 − 20 − 18 = 172 mm = 487.6 pt, less 1 pt for Chromium's rounding: 26 lines of 18.375 pt.
  assert.equal(g.lines, 26);
  assert.ok(g.bottom >= 18 * PT_PER_MM && g.bottom < 18 * PT_PER_MM + g.pitch, `bottom ${mm(g.bottom)} mm`);
  // One margin given: the others are the default type area's.
  const one = pageGeometry((await loaded(`${valid}page:\n  margins:\n    inner: 25\n`)).page);
  const plain = pageGeometry((await loaded(valid)).page);
  assert.equal(mm(one.inner), 25);
  assert.equal(one.top, plain.top);
  assert.ok(one.chars < plain.chars);
});

test('margins that leave no sensible type area are an error at page.margins; so is too large a body on 64开', async () => {
  assert.deepEqual(await load(`${valid}page:\n  size: 64开\n  margins:\n    inner: 30\n    outer: 25\n`), [
    'booklet.yaml:9:5 error These margins leave a type area of 9 characters × 15 lines on 64开: at least 15 × 10 is needed  config',
  ]);
  assert.deepEqual(await load(`${valid}page:\n  size: 64开\n  bodySize: 14\n`), [
    'booklet.yaml:7:3 error A 64开 page at 14 pt leaves a type area of 13 characters × 11 lines: at least 15 × 10 is needed  config',
  ]);
  assert.deepEqual(await load(`${valid}page:\n  margins:\n    top: 3\n`), ['booklet.yaml:8:10 error `page.margins.top` must be at least 8  config']);
});

test('contents, running heads and folios take only their values, named at their lines', async () => {
  assert.deepEqual(await load(`${valid}contents:\n  depth: 4\n`), ['booklet.yaml:7:10 error `contents.depth` must be one of: 1, 2, 3  config']);
  assert.deepEqual(await load(`${valid}runningHeads:\n  verso: chapter\n`), ['booklet.yaml:7:10 error `runningHeads.verso` must be one of: title, article, section, none  config']);
  assert.deepEqual(await load(`${valid}folio:\n  position: centre\n`), ['booklet.yaml:7:13 error `folio.position` must be one of: outer, center; did you mean center?  config']);
  assert.deepEqual(await load(`${valid}studyBoxes:\n  titles:\n    summary: 小结\n`), [
    'booklet.yaml:8:5 error Unknown key `studyBoxes.titles.summary`  config',
  ]);
});

/** The study boxes' titles of `markdown` with `titles`. */
async function boxTitles(markdown: string, titles: Record<string, string>): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkStudyBoxes, { titles });
  const tree = (await processor.run(processor.parse(markdown))) as Root;
  return tree.children.flatMap((node) => (node.type === 'containerDirective' ? [toString(node.children[0]!)] : []));
}

test('study-box titles: booklet.yaml over the default, the text\'s [label] over both', async () => {
  const text = ':::questions\n一\n:::\n\n:::key-points\n二\n:::\n\n:::reading[另读]\n三\n:::\n';
  assert.deepEqual(await boxTitles(text, {}), ['思考题', '学习要点', '另读']);
  assert.deepEqual(await boxTitles(text, { questions: '课后思考', reading: '拓展阅读' }), ['课后思考', '学习要点', '另读']);
});

test('contents depth: 1 lists the articles alone, 2 their ## sections, 3 the ### under them', async () => {
  const booklet = await loaded(valid);
  const headings = [
    { id: 'a-1', depth: 2, text: '第一节', line: 3 },
    { id: 'a-2', depth: 3, text: '一小节', line: 5 },
    { id: 'a-3', depth: 4, text: '更小', line: 7 },
  ];
  const article = { meta: { id: 'a', title: '文章' }, path: '01.md', body: { type: 'root', children: [] }, headings } as never;
  const entries = (depth: 1 | 2 | 3) => {
    const tree = bookletDocument({ ...booklet, contents: { depth } }, [article], [], 20);
    return [...JSON.stringify(tree).matchAll(/"className":\["toc-text"\]\},"children":\[\{"type":"text","value":"([^"]+)"/g)].map((m) => m[1]);
  };
  assert.deepEqual(entries(1), ['文章']);
  assert.deepEqual(entries(2), ['文章', '第一节']);
  assert.deepEqual(entries(3), ['文章', '第一节', '一小节']);
});
