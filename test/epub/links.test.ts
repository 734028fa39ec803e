// Links in the EPUB: `#id` of the print document goes to the file that holds the anchor; the printed
// contents is nav.xhtml; a link to a print-only part or to nowhere keeps its text, unlinked (the latter
// with a warning at its line); images with names OCF forbids get names of their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { h } from 'hastscript';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { epubLinks } from '../../src/epub/links.js';
import { placeImages } from '../../src/epub/images.js';
import type { Chapter } from '../../src/epub/chapters.js';
import type { ImageFile } from '../../src/html/read-images.js';

const at = (el: Element, line: number, column: number): Element => ({ ...el, position: { start: { line, column }, end: { line, column: column + 1 } } });

test('links go to the file of their anchor, the contents to nav.xhtml; dead, print-only and file links lose the link', () => {
  const a = h('section#a', { dataSource: 'book/01-a.md' }, [
    h('p', [h('a', { href: '#b-1' }, '第二篇第一节'), h('a', { href: '#toc' }, '目录'), h('a', { href: '#a-1' }, '本篇'), h('a', { href: '#cover' }, '封面')]),
    h('h2#a-1', '第一节'),
    h('p', [at(h('a', { href: '#nowhere' }, '无处'), 11, 5), h('a', { href: '#notes-1' }, '笔记'), h('a', { href: '#%E0%A4%A' }, '坏')]),
    h('p', [at(h('a', { href: 'README.md' }, '英文版'), 13, 3), h('a', { href: 'https://example.org/a.md' }, '网址')]),
  ]);
  const b = h('section#b', [h('h2#b-1', '第一节'), h('p', [h('a', { href: '#a' }, '第一篇')])]);
  const cover = h('section#cover', [h('img', { src: 'images/cover.png', alt: '' })]);
  const chapters: Chapter[] = [
    { file: 'cover.xhtml', id: 'cover', title: '封面', body: cover, type: 'cover' },
    { file: 'a.xhtml', id: 'article-a', title: 'a', body: a, type: 'bodymatter', source: 'book/01-a.md' },
    { file: 'b.xhtml', id: 'article-b', title: 'b', body: b, type: 'bodymatter', source: 'book/02-b.md' },
  ];
  // The print document also has the contents and a note page, which the EPUB leaves out.
  const tree: Root = { type: 'root', children: [h('html', [h('body', [cover, h('nav#toc', [h('h1#toc-title', '目录')]), a, h('section#notes-1'), b])])] };
  const messages = epubLinks(chapters, tree);
  assert.equal(
    toHtml(a),
    '<section id="a" data-source="book/01-a.md"><p><a href="b.xhtml#b-1">第二篇第一节</a><a href="nav.xhtml#toc">目录</a><a href="#a-1">本篇</a><a href="cover.xhtml#cover">封面</a></p><h2 id="a-1">第一节</h2><p>无处笔记坏</p><p>英文版<a href="https://example.org/a.md">网址</a></p></section>',
  );
  assert.equal(toHtml(b), '<section id="b"><h2 id="b-1">第一节</h2><p><a href="a.xhtml#a">第一篇</a></p></section>');
  assert.deepEqual(messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.reason}`), [
    'book/01-a.md:11:5 Link to #nowhere, which no part of the booklet has',
    'book/01-a.md:undefined:undefined Link to #%E0%A4%A, which no part of the booklet has',
    'book/01-a.md:13:3 Link to the file README.md, which is not part of the booklet',
  ]);
});

test('an image whose name OCF forbids, or that differs only in case from another, gets a name of its own', () => {
  const image = (to: string): ImageFile => ({ path: `/b/${to}`, to, hashed: to, data: new Uint8Array(), mediaType: 'image/png' });
  const placed = placeImages(['images/a"b.png', 'images/图表.png', 'images/with space.png', 'images/Case.png', 'images/case.png', 'images/image-1.png', 'images/cover.png'].map(image), new Set(['images/cover.png']));
  assert.deepEqual(placed.map((p) => p.path), ['images/image-2.png', 'images/图表.png', 'images/image-3.png', 'images/Case.png', 'images/image-4.png', 'images/image-1.png', 'images/image-5.png']);
});
