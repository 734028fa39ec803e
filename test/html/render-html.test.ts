// The whole HTML stage on a fixture, against a reviewed golden file (rewrite with UPDATE=1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import { renderHtml } from '../../src/html/render-html.js';
import { FIXTURES } from '../helpers.js';
import { FONT_FACES } from '../../src/html/fonts.js';

const dir = join(FIXTURES, 'basic');

async function render() {
  const booklet = await loadBooklet(dir);
  return renderHtml(booklet, await readManuscripts(booklet, dir));
}

test('basic fixture: the document matches output.html (styles elided)', async () => {
  const { html } = await render();
  // The stylesheets are tested by what they do in Chromium; the golden is about structure.
  const actual = html.replace(/(<style data-style="[a-z]+">)[\s\S]*?(<\/style>)/g, '$1…$2');
  const golden = join(dir, 'output.html');
  if (process.env['UPDATE']) await writeFile(golden, actual);
  assert.equal(actual, await readFile(golden, 'utf8'));
});

test('basic fixture: lang, ASCII ids, data-line stamps and unique footnote ids', async () => {
  const { html, articles } = await render();
  assert.match(html, /^<!doctype html><html lang="zh-Hans">/);
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(ids.length > 8);
  for (const id of ids) assert.match(id, /^[A-Za-z][A-Za-z0-9_-]{0,40}$/, `id ${id}`);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  assert.deepEqual(articles[0]?.headings.map((h) => h.id), ['sample-1', 'sample-2']);
  // Every paragraph of the article body names its manuscript line.
  const [from, to] = [html.indexOf('<section class="article"'), html.indexOf('<section class="colophon"')];
  assert.ok(from > 0 && to > from, `the article at ${from}, the colophon at ${to}`);
  const paragraphs = [...html.slice(from, to).matchAll(/<p(?: [^>]*)?>/g)].map((m) => m[0]).filter((p) => !/class="(article-|source-note|study-box-title)/.test(p));
  assert.ok(paragraphs.length >= 5, `${paragraphs.length} paragraphs of the body`);
  for (const p of paragraphs) assert.match(p, /data-line="\d+"/, p);
  // The soft line break between Han characters left no space.
  assert.match(html, /包含软换行也不应出现空格/);
});

test('every stylesheet is inlined, and the fonts it loads are TrueType files', async () => {
  const { html } = await render();
  for (const name of ['fonts', 'geometry', 'cjk', 'book', 'page']) assert.match(html, new RegExp(`<style data-style="${name}">`));
  const urls = [...html.matchAll(/url\("([^"]+)"\) format\("truetype"\)/g)].map((m) => m[1]);
  assert.deepEqual(urls, FONT_FACES.map((f) => `fonts/${f.name}`));
  for (const face of FONT_FACES) {
    const head = (await readFile(face.path)).subarray(0, 4);
    // 0x00010000 is a TrueType (glyf) font; CFF fonts start with "OTTO" and become Type 3 in PDFs.
    assert.deepEqual([...head], [0, 1, 0, 0], face.name);
  }
});
