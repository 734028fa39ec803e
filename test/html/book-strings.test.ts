// The book's own words follow its script: a zh-Hant booklet prints 目錄, 學習筆記, 編者, 圖1, 學習要點, 註釋…
// and none of the Simplified forms; a zh-Hans one keeps them (book-strings.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import { renderHtml } from '../../src/html/render-html.js';
import { bookStrings } from '../../src/html/book-strings.js';
import { withTempDir } from '../helpers.js';

const ARTICLE = [
  '---', 'title: 學而', 'source: 《論語》', 'affiliation: 某大學', '---', '', '學而時習之，不亦說乎？[^1]', '',
  ':::key-points', '溫故而知新。', ':::', '', ':::note', '一則。', ':::', '', '![孔子像](a.png)', '', '[^1]: 說，音悅。', '',
].join('\n');

/** booklet.html of a one-article booklet in `language`, without its stylesheets. */
async function page(language: string): Promise<string> {
  return withTempDir(async (dir) => {
    const yaml = `title: 論語選讀\ncompiler: 編寫組\nlanguage: ${language}\ndate: 2026-03\nimpression: 2\ninternal: true\nnotes:\n  placement: end\nfigures:\n  numbered: true\narticles:\n  - 01-a.md\n`;
    await writeFile(join(dir, 'booklet.yaml'), yaml);
    await writeFile(join(dir, '01-a.md'), ARTICLE);
    const png = new PNG({ width: 60, height: 40 });
    png.data.fill(128);
    await writeFile(join(dir, 'a.png'), PNG.sync.write(png));
    const booklet = await loadBooklet(dir);
    const { html } = await renderHtml(booklet, await readManuscripts(booklet, dir));
    return html.replace(/<style[\s\S]*?<\/style>/g, '');
  });
}

test('zh-Hant: every built-in word in Traditional, none in Simplified', async () => {
  const html = await page('zh-Hant');
  assert.match(html, /<html lang="zh-Hant">/);
  for (const word of ['目錄', '學習筆記', '論語選讀', '編寫組　編', '<dt>書名</dt>', '<dt>編者</dt>', '<dt>開本</dt>', '<dt>字數</dt>', '<dt>版次</dt>', '<dt>印次</dt>', '內部學習資料　注意保存', '學習要點', '>註<', '註釋', '圖1　孔子像', '來源：《論語》；作者單位：某大學', 'aria-label="扉頁"', 'aria-label="版權頁"']) {
    assert.ok(html.includes(word), `no ${word}`);
  }
  for (const word of ['目录', '学习笔记', '编者', '开本', '字数', '内部', '学习要点', '注释', '图1', '来源', '单位', '扉页', '版权页', '　编<']) assert.ok(!html.includes(word), `Simplified ${word}`);
});

test('zh-Hant-HK and zh-HK: the same words, lang zh-Hant-HK; zh-Hans keeps the Simplified ones', async () => {
  assert.match(await page('zh-HK'), /<html lang="zh-Hant-HK">[\s\S]*目錄/);
  const hans = await page('zh-CN');
  assert.match(hans, /<html lang="zh-Hans">/);
  for (const word of ['目录', '学习笔记', '<dt>编者</dt>', '内部学习资料', '学习要点', '注释', '图1　孔子像', '来源：《論語》']) assert.ok(hans.includes(word), `no ${word}`);
});

test('the two tables name the same fields and study boxes', () => {
  const keys = (script: 'Hans' | 'Hant') => Object.keys(bookStrings(script).studyBoxes).join(' ');
  assert.equal(keys('Hant'), keys('Hans'));
  assert.deepEqual(Object.keys(bookStrings('Hant')), Object.keys(bookStrings('Hans')));
});
