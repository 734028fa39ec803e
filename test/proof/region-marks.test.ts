// The proof's prohibition and compression sets follow the book's region (region-marks.ts): in a zh-Hant or
// zh-Hant-HK book the centred 。」 stays 2 em unflagged, brackets still compress; 」』 start no line and
// 「『 end none in any region; Taiwan's interpunct ‧ starts no line there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ProofContext } from '../../src/proof/checks/check.js';
import { CHECKS } from '../../src/proof/checks/index.js';
import { say } from '../../src/ui/catalogue.js';
import { FS, block, context } from './layout-facts.js';

const run = (id: string, language: string, lines: string[], width?: (ch: string) => number) =>
  CHECKS.find((c) => c.id === id)!
    .run(context([[block(lines, {}, width)]], { booklet: { title: '讀本', language } as ProofContext['booklet'] }))
    .map((f) => `p${f.page ?? '-'} ${f.file ?? '-'}:${f.line ?? '-'} ${say('en', f.message)}`);

test('punctuation-compression: a centred stop before a bracket is full width in TW and HK, compressed in CN', () => {
  for (const language of ['zh-Hant', 'zh-Hant-TW', 'zh-HK']) assert.deepEqual(run('punctuation-compression', language, ['也。」子曰？』']), [], language);
  assert.deepEqual(run('punctuation-compression', 'zh-Hans', ['也。」子曰']), ['p1 a.md:7 “。」” takes 2.00 em, not 1.5']);
  // Brackets beside brackets give their blank halves everywhere.
  assert.deepEqual(run('punctuation-compression', 'zh-Hant', ['說』」子曰「『學']), ['p1 a.md:7 “』」” takes 2.00 em, not 1.5']);
  assert.deepEqual(run('punctuation-compression', 'zh-Hant', ['說』」子'], (ch) => (ch === '』' ? FS / 2 : FS)), []);
});

test('line-start and line-end: 」』 start no line, 「『 end none, in every region; ‧ in TW and HK', () => {
  for (const language of ['zh-Hans', 'zh-Hant', 'zh-Hant-HK']) {
    assert.deepEqual(run('line-start', language, ['子曰：「學而時習之', '」不亦說乎', '』亦樂乎']), ['p1 a.md:7 Line starts with “」”', 'p1 a.md:7 Line starts with “』”'], language);
    assert.deepEqual(run('line-end', language, ['子曰：「', '學而時習之『', '說』」']), ['p1 a.md:7 Line ends with “「”', 'p1 a.md:7 Line ends with “『”'], language);
  }
  assert.deepEqual(run('line-start', 'zh-Hant', ['約翰', '‧史密斯']), ['p1 a.md:7 Line starts with “‧”']);
  assert.deepEqual(run('line-start', 'zh-Hans', ['约翰', '‧史密斯']), []);
});
