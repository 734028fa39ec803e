// booklet import writes a new booklet.yaml in the articles' script: Traditional articles make a booklet
// of `language: zh-Hant` (its TC faces and centred punctuation), Simplified ones the default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { importSources } from '../../src/import/import-source.js';
import { scriptOf } from '../../src/import/script-of.js';
import { loadBooklet } from '../../src/config/load.js';
import { FIXTURES, SOURCE_TEXT, withTempDir } from '../helpers.js';

/** A manuscript's body, without its front matter. */
const body = async (file: string) => (await readFile(file, 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');

test('scriptOf: 古文觀止 and Traditional prose are Hant; the user’s newspaper articles and classical Chinese in Simplified are Hans', async () => {
  assert.equal(scriptOf([await body(join(FIXTURES, 'hant', '01-mengzi.md'))]), 'Hant');
  assert.equal(scriptOf([await body(join(FIXTURES, 'hant', '02-zhongyong.md'))]), 'Hant');
  assert.equal(scriptOf(['本套件收錄來自 OpenCC 專案的簡繁轉換詞典資料、配置與測試集。請以套件內提供的設定檔作為詞典順序與轉換鏈行為的依據。']), 'Hant');
  assert.equal(scriptOf([await readFile(SOURCE_TEXT, 'utf8')]), 'Hans');
  assert.equal(scriptOf([await body(join(FIXTURES, 'call-line-loss', '01-lunyu.md'))]), 'Hans');
  assert.equal(scriptOf(['孟子見梁惠王。']), 'Hans', 'too little to tell: the default');
});

test('a Traditional source makes a booklet.yaml of language: zh-Hant, with its placeholders in Traditional characters', async () => {
  await withTempDir(async (tmp) => {
    const source = join(tmp, 'mengzi.md');
    await writeFile(source, `# 孟子見梁惠王\n\n${await body(join(FIXTURES, 'hant', '01-mengzi.md'))}`);
    const into = join(tmp, 'book');
    await importSources([source], { into, reporter: createMemoryReporter() });
    const yaml = await readFile(join(into, 'booklet.yaml'), 'utf8');
    assert.match(yaml, /^language: zh-Hant$/m);
    assert.match(yaml, /^title: 學習讀本$/m);
    assert.match(yaml, /^compiler: 本書編寫組$/m);
    const booklet = await loadBooklet(into);
    assert.equal(booklet.language, 'zh-Hant');
  });
});

test('a Simplified source makes a booklet.yaml with no language (zh-Hans, the default)', async () => {
  await withTempDir(async (tmp) => {
    const into = join(tmp, 'book');
    await importSources([SOURCE_TEXT], { into, reporter: createMemoryReporter() });
    const yaml = await readFile(join(into, 'booklet.yaml'), 'utf8');
    assert.doesNotMatch(yaml, /language:/);
    assert.match(yaml, /^title: 学习读本$/m);
  });
});
