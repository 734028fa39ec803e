// The EPUB's structural self-check finds what EPUBCheck would (for the faults booklet could make).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { h } from 'hastscript';
import { epubProblems } from '../../src/epub/self-check.js';
import type { Chapter } from '../../src/epub/chapters.js';

const chapter = (body: ReturnType<typeof h>): Chapter => ({ file: 'a.xhtml', id: 'article-a', title: 'a', body, type: 'bodymatter' });
const manifest = [{ id: 'a', href: 'a.xhtml', mediaType: 'application/xhtml+xml' }, { id: 'i', href: 'images/%E5%9B%BE.png', mediaType: 'image/png' }];
const paths = ['OEBPS/a.xhtml', 'OEBPS/images/图.png'];

test('a sound EPUB has no problem', () => {
  const body = h('section#a', [h('table', [h('tbody', [h('tr', [h('td', [h('span#page-2'), '1'])])])]), h('a', { href: '#page-2' }, 'x'), h('a', { href: 'nav.xhtml#toc' }, '目录'), h('img', { src: 'images/%E5%9B%BE.png', alt: '' })]);
  assert.deepEqual(epubProblems({ paths, manifest, chapters: [chapter(body)], navIds: ['toc'] }), []);
});

test('a marker between cells, a dead link, a missing image, a forbidden or doubled name are problems', () => {
  const body = h('section#a', [h('table', [h('tbody', [h('tr', [h('span#page-2'), h('td', '1')])])]), h('a', { href: '#nowhere' }, 'x'), h('a', { href: 'b.xhtml' }, 'y'), h('img', { src: 'images/x.png' })]);
  const problems = epubProblems({ paths: [...paths, 'OEBPS/images/a"b.png', 'OEBPS/A.xhtml'], manifest, chapters: [chapter(body)], navIds: ['toc'] });
  assert.deepEqual(problems, [
    'file name OCF forbids: OEBPS/images/a"b.png',
    'two files named OEBPS/A.xhtml (case aside)',
    'a.xhtml: text or a span directly in <tr>',
    'a.xhtml: link to an anchor that is not there: #nowhere',
    'a.xhtml: link to a file that is not there: b.xhtml',
    'a.xhtml: image not in the manifest: images/x.png',
  ]);
});
