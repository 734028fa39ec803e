// The book's language tag → script, region and the tags each edition writes (config/language.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGE_TAG, bookLanguage, bookRegion, bookScript } from '../../src/config/language.js';

test('each accepted tag: script, region, <html lang>/dc:language, PDF /Lang', () => {
  const table = Object.fromEntries(
    ['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN', 'zh-hans', 'zh-Hant', 'zh-Hant-TW', 'zh-TW', 'zh-Hant-HK', 'zh-HK', 'ZH-HANT-hk'].map((tag) => {
      const l = bookLanguage(tag);
      return [tag, `${l.script} ${l.region} ${l.tag} ${l.pdfTag}`];
    }),
  );
  assert.deepEqual(table, {
    zh: 'Hans CN zh-Hans zh-CN',
    'zh-CN': 'Hans CN zh-Hans zh-CN',
    'zh-Hans': 'Hans CN zh-Hans zh-CN',
    'zh-Hans-CN': 'Hans CN zh-Hans zh-CN',
    'zh-hans': 'Hans CN zh-Hans zh-CN',
    'zh-Hant': 'Hant TW zh-Hant zh-TW',
    'zh-Hant-TW': 'Hant TW zh-Hant-TW zh-TW',
    'zh-TW': 'Hant TW zh-Hant-TW zh-TW',
    'zh-Hant-HK': 'Hant HK zh-Hant-HK zh-HK',
    'zh-HK': 'Hant HK zh-Hant-HK zh-HK',
    'ZH-HANT-hk': 'Hant HK zh-Hant-HK zh-HK',
  });
  assert.equal(bookScript('zh-HK'), 'Hant');
  assert.equal(bookRegion('zh-Hant'), 'TW');
});

test('tags outside Chinese, and scripts with a region they are not written in, are refused', () => {
  for (const tag of ['en', 'ja', 'zh-Hans-TW', 'zh-Hant-CN', 'zh-SG', 'zh-Hant-MO', 'zh-', 'zh-Latn', 'cmn-Hant']) assert.equal(LANGUAGE_TAG.test(tag), false, tag);
  for (const tag of ['zh', 'zh-Hant-HK', 'zh-tw']) assert.equal(LANGUAGE_TAG.test(tag), true, tag);
});
