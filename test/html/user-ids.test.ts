// Ids written in a manuscript's raw HTML cannot take the booklet's own: the parts' ids (toc, cover, …),
// an article's id, and the ids the booklet gives headings and footnotes (`<article>-…`). Such an id is
// dropped with a warning at its line, so every id in the document is there once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import { renderHtml } from '../../src/html/render-html.js';
import { formatMessage, type BookletError } from '../../src/diagnostics.js';
import { withTempDir } from '../helpers.js';

const A = `---
title: 第一篇
---

<div id="toc">用户的目录。</div>

## 一节

<p id="a-1">与小节同名。</p>

<p id="b">与另一篇同名。</p>

<p id="b-fn-1">与另一篇的注同名。</p>

<p id="footnote-label">与注释标题同名。</p>

<p id="mine">用户自己的锚点。</p>

<p id="page-3">与电子书的页码标记同名。</p>

<p id="mine">用户的锚点又写了一次。</p>

正文[^1]。

[^1]: 注文。
`;

const B = '---\ntitle: 第二篇\n---\n\n## 一节\n\n正文[^1]。\n\n<p id="mine">另一篇也用这个锚点。</p>\n\n[^1]: 注文。\n';

test('raw-HTML ids that are the booklet’s own are dropped with a warning; every id is unique', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), 'title: 读本\ncompiler: 编写组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n  - 02-b.md\n');
    await writeFile(join(dir, '01-a.md'), A);
    await writeFile(join(dir, '02-b.md'), B);
    const booklet = await loadBooklet(dir);
    const rendered = await renderHtml(booklet, await readManuscripts(booklet, dir));
    const ids = [...rendered.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    assert.deepEqual(twice, [], 'no id twice');
    assert.ok(ids.includes('mine'), 'the user’s own id stays');
    for (const id of ['a-1', 'a-fn-1', 'a-fnref-1', 'a-footnote-label', 'b-fn-1', 'toc']) assert.ok(ids.includes(id), id);
    assert.deepEqual(
      rendered.messages.filter((m) => m.ruleId === 'html-id').map((m) => formatMessage(m, dir).split('\n')[0]),
      [
        '01-a.md:5:1 warning Removed the id `toc` from <div>: the booklet uses it for its own part  html-id',
        '01-a.md:9:1 warning Removed the id `a-1` from <p>: ids beginning `a-` are the booklet’s, for article `a`  html-id',
        '01-a.md:11:1 warning Removed the id `b` from <p>: the booklet uses it for article `b`  html-id',
        '01-a.md:13:1 warning Removed the id `b-fn-1` from <p>: ids beginning `b-` are the booklet’s, for article `b`  html-id',
        '01-a.md:15:1 warning Removed the id `footnote-label` from <p>: the booklet uses it for its footnotes  html-id',
        '01-a.md:19:1 warning Removed the id `page-3` from <p>: ids beginning `page-` are the booklet’s, for the EPUB’s page-break markers  html-id',
        '01-a.md:21:1 warning Removed the id `mine` from <p>: it is already used at line 17  html-id',
        '02-b.md:9:1 warning Removed the id `mine` from <p>: it is already used in 01-a.md  html-id',
      ],
    );
  });
});

test('an article cannot be `page`: its headings would be the EPUB’s page-break markers', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), 'title: 读本\ncompiler: 编写组\ndate: 2026-01-01\narticles:\n  - 01-page.md\n');
    await writeFile(join(dir, '01-page.md'), B);
    const error = await readManuscripts(await loadBooklet(dir), dir).then(() => undefined, (e: unknown) => e as BookletError);
    assert.deepEqual(error?.messages.map((m) => formatMessage(m, dir).split('\n')[0]), ["01-page.md:1:1 error Article id `page` is reserved for the booklet's own parts  front-matter"]);
  });
});
