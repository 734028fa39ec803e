// `#` headings in an article: a section one level above `##` (an h2, in the contents), never a bare h1;
// a manuscript that opens with `# 标题` and no front matter takes its title from it; levels the book does
// not style are a warning at their line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFDict, PDFRef, PDFString, PDFHexString } from 'pdf-lib';
import { unzipSync, strFromU8 } from 'fflate';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts, type Manuscript } from '../../src/manuscript/read.js';
import { parseManuscript } from '../../src/manuscript/parse.js';
import { articleToHast } from '../../src/html/processor.js';
import { BookletError, formatMessage } from '../../src/diagnostics.js';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';
import { epubcheck } from '../epub/epubcheck.js';

/** One article to hast: its HTML, its headings, and its messages as `line:col severity reason  rule`. */
async function article(md: string) {
  const file = new VFile({ path: 'a.md', value: md });
  const tree = await articleToHast(parseManuscript(file), file, 'a');
  const messages = file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.reason}  ${m.ruleId}`);
  return { html: toHtml(tree), headings: (file.data.headings ?? []).map((h) => `${h.depth} ${h.text}`), messages };
}

/** Read one manuscript in a booklet: the manuscript, or the first line of each message. */
async function read(md: string): Promise<Manuscript | string[]> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), 'title: 读本\ncompiler: 编写组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n');
    await writeFile(join(dir, '01-a.md'), md);
    try {
      return (await readManuscripts(await loadBooklet(dir), dir))[0]!;
    } catch (error) {
      if (!(error instanceof BookletError)) throw error;
      return error.messages.map((m) => formatMessage(m, dir).split('\n')[0]!);
    }
  });
}

test('a # heading in a titled article is a section above ##: h2, and ## under it h3', async () => {
  const { html, headings, messages } = await article('# 第一部分\n\n正文。\n\n## 小节\n\n正文。\n\n# 第二部分\n\n正文。\n');
  assert.doesNotMatch(html, /<h1/);
  assert.match(html, /<h2 [^>]*id="a-1">第一部分<\/h2>/);
  assert.match(html, /<h3 [^>]*id="a-2">小节<\/h3>/);
  assert.deepEqual(headings, ['2 第一部分', '3 小节', '2 第二部分']);
  assert.deepEqual(messages, []);
});

test('a raw <h1> in the text is a top section too, never a bare h1', async () => {
  const { html, headings } = await article('<h1>原始标题</h1>\n\n正文。\n\n## 节\n\n正文。\n');
  assert.match(html, /<h2 [^>]*>原始标题<\/h2>/);
  assert.doesNotMatch(html, /<h1/);
  assert.deepEqual(headings, ['2 原始标题', '2 节']);
});

test('an article without # keeps its levels', async () => {
  const { headings, messages } = await article('## 一\n\n正文。\n\n### 二\n\n正文。\n\n#### 三\n\n正文。\n');
  assert.deepEqual(headings, ['2 一', '3 二', '4 三']);
  assert.deepEqual(messages, []);
});

test('levels the book does not style are a warning at their line', async () => {
  assert.deepEqual((await article('# 一\n\n## 二\n\n### 三\n\n#### 四\n\n正文。\n')).messages, [
    '7:1 warning Heading level 4 is deeper than the book styles (under `#`: `#`, `##`, `###`); it prints like level 3  heading-level',
  ]);
  assert.deepEqual((await article('## 一\n\n### 二\n\n#### 三\n\n##### 四\n\n正文。\n')).messages, [
    '7:1 warning Heading level 5 is deeper than the book styles (`##`, `###`, `####`); it prints like level 4  heading-level',
  ]);
});

test('a skipped level is counted as written', async () => {
  assert.deepEqual((await article('# 一\n\n### 跳级\n\n正文。\n')).messages, ['3:1 warning Heading level 3 follows level 1: a level is skipped  heading-level']);
  assert.deepEqual((await article('# 一\n\n## 二\n\n### 三\n\n# 四\n\n正文。\n')).messages, []);
});

test('a manuscript that opens with # and has no front matter takes its title from it', async () => {
  const m = await read('# 学习的方法\n\n正文。\n\n## 小节\n\n正文。\n');
  assert.ok(!Array.isArray(m), String(m));
  assert.equal(m.meta.title, '学习的方法');
  assert.equal(m.meta.id, 'a');
  // The title is printed by the article header, not again as a heading; ## stays a section.
  assert.deepEqual(m.tree.children.map((n) => n.type), ['paragraph', 'heading', 'paragraph']);
  const file = m.file;
  const hast = await articleToHast(m.tree, file, 'a');
  assert.deepEqual((file.data.headings ?? []).map((h) => `${h.depth} ${h.text}`), ['2 小节']);
  const html = toHtml(hast);
  assert.match(html, /<h2 [^>]*>小节<\/h2>/);
  assert.doesNotMatch(html, /学习的方法/);
});

test('front matter without a title takes it from the opening #; with a title the # is a section', async () => {
  const untitled = await read('---\nauthor: 张三\n---\n\n# 学习的方法\n\n正文。\n');
  assert.ok(!Array.isArray(untitled), String(untitled));
  assert.equal(untitled.meta.title, '学习的方法');
  assert.equal(untitled.meta.author, '张三');
  const titled = await read('---\ntitle: 标题\n---\n\n# 第一部分\n\n正文。\n');
  assert.ok(!Array.isArray(titled), String(titled));
  assert.equal(titled.meta.title, '标题');
  assert.equal(titled.tree.children.filter((n) => n.type === 'heading').length, 1);
});

test('an opening # that repeats the front-matter title is the title, printed once', async () => {
  const m = await read('---\ntitle: 学习的方法\n---\n\n# 学习的方法\n\n正文。\n\n# 第一部分\n\n正文。\n');
  assert.ok(!Array.isArray(m), String(m));
  assert.equal(m.meta.title, '学习的方法');
  assert.deepEqual(m.tree.children.filter((n) => n.type === 'heading').map((n) => toString(n)), ['第一部分']);
});

test('no title anywhere is still an error, naming both ways to give one', async () => {
  assert.deepEqual(await read('正文。\n'), ['01-a.md:1:1 error Manuscript has no title  front-matter']);
  assert.deepEqual(await read('---\nauthor: 张三\n---\n\n正文。\n'), ['01-a.md:2:1 error Missing required key `title`  front-matter']);
  assert.deepEqual(await read('# 只有标题\n'), ['01-a.md:2:1 error Manuscript has no text after its title  manuscript']);
});

/** The PDF's outline as `title` lines, children indented. */
async function outline(file: string): Promise<string[]> {
  const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const lines: string[] = [];
  const read = (first: PDFRef | undefined, indent: string) => {
    for (let ref = first; ref; ref = pdf.context.lookup(ref, PDFDict).get(PDFName.of('Next')) as PDFRef | undefined) {
      const item = pdf.context.lookup(ref, PDFDict);
      lines.push(indent + item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText());
      read(item.get(PDFName.of('First')) as PDFRef | undefined, `${indent}  `);
    }
  };
  read(pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('First')) as PDFRef, '');
  return lines;
}

test('a booklet of # sections: in the contents, the PDF outline and the EPUB nav; warnings at their lines', { timeout: 180_000 }, async () => {
  await withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'hash-headings'), join(dir, 'book'), { recursive: true });
    const result = spawnSync(process.execPath, [CLI, 'build', 'book', '--out', 'out', '--edition', 'all'], { cwd: dir, env: { ...process.env, CI: 'true' }, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.stderr.split('\n').filter((l) => / (warning|error) /.test(l)), [
      'book/01-hash.md:20:1 warning Heading level 4 is deeper than the book styles (under `#`: `#`, `##`, `###`); it prints like level 3  heading-level',
      'book/02-bare.md:17:1 warning Heading level 5 is deeper than the book styles (`##`, `###`, `####`); it prints like level 4  heading-level',
    ]);
    const sections = ['有前言标题的文章', '  第一部分：为什么要学习', '  第二部分：怎样学习', '没有前言的文章', '  一、第一节'];
    assert.deepEqual(await outline(join(dir, 'out', 'booklet.pdf')), sections);
    // Without the phrase breaks (<wbr>) in headings and contents entries.
    const html = (await readFile(join(dir, 'out', 'booklet.html'), 'utf8')).replaceAll('<wbr>', '');
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    assert.deepEqual([...toc.matchAll(/<span class="toc-text">([^<]*)</g)].map((m) => m[1]), sections.map((s) => s.trim()));
    // The only h1s are the contents' and the articles' titles; the title taken from `#` is printed once.
    assert.deepEqual([...html.matchAll(/<h1[^>]*>([^<]*)</g)].map((m) => m[1]), ['目录', '有前言标题的文章', '没有前言的文章']);
    assert.equal(html.split('没有前言的文章').length - 1, 3, 'title, contents entry and aria-label');
    const epub = unzipSync(await readFile(join(dir, 'out', 'booklet.epub')));
    const nav = strFromU8(epub['OEBPS/nav.xhtml']!);
    for (const s of sections) assert.ok(nav.includes(`>${s.trim()}</a>`), s);
    const check = await epubcheck(join(dir, 'out', 'booklet.epub'));
    assert.match(check, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, check);
  });
});
