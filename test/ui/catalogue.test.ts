// The one catalogue of messages (issue 20, item 3): every entry in both languages, naming the same values;
// the language taken from --ui, booklet.yaml's ui:, the locale, in that order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CATALOGUE, PARTS, phrase, say, type MessageKey } from '../../src/ui/catalogue.js';
import { uiFromLocale } from '../../src/ui/ui.js';
import { createMessage, formatMessage } from '../../src/diagnostics.js';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

/** Values that show where each is used: a number (1 and 3, for plurals) or a text. */
const probe = (n: number) => new Proxy({}, { get: (_t, key) => (typeof key === 'string' && /^(n|count|pages|page|errors|warnings|editions|laidOut|parts|cached|line|column|depth|size|width|height|limit|percent|seconds|bytes|dpi)$/.test(key) ? n : `‹${String(key)}›`) });

test('every entry is worded in English and Chinese, and both name the same values', () => {
  const keys = Object.keys(CATALOGUE) as MessageKey[];
  assert.ok(keys.length >= 25, `${keys.length} entries`);
  for (const key of keys) {
    const entry = CATALOGUE[key] as { en: (v: never) => string; zh: (v: never) => string };
    const en = entry.en(probe(3) as never);
    const zh = entry.zh(probe(3) as never);
    assert.ok(en.length > 0 && zh.length > 0, key);
    // A frame around the phrases it names (a finding, its page and its quote) has no words of its own.
    const words = (text: string) => text.replace(/‹\w+›/g, '').replace(/\p{P}|\p{S}|\p{Z}/gu, '');
    if (words(zh) !== '' || words(en) !== '') assert.match(zh, /[\u4e00-\u9fff]|^(Lint)$/u, `${key}: the Chinese says it in Chinese: ${zh}`);
    // The English has no Chinese of its own, but for a rule of Chinese typesetting named in brackets
    // («A heading ends the page (背题)»).
    assert.doesNotMatch(en.replace(/\(\p{Script=Han}+(?=[:)])/gu, '('), /[\u4e00-\u9fff]/u, `${key}: the English has no Chinese of its own: ${en}`);
    const named = (text: string) => [...text.matchAll(/‹(\w+)›/g)].map((m) => m[1]).sort();
    assert.deepEqual(named(zh), named(en), `${key}: the same text values in both`);
  }
});

test('each key is in one part of the catalogue: none is worded twice, one over the other', () => {
  const seen = new Map<string, string>();
  for (const [part, entries] of Object.entries(PARTS)) {
    for (const key of Object.keys(entries)) {
      assert.equal(seen.get(key), undefined, `${key} is in ${seen.get(key)} and in ${part}`);
      seen.set(key, part);
    }
  }
  assert.equal(seen.size, Object.keys(CATALOGUE).length, 'every part is in the catalogue');
});

test('English plurals agree with the number; Chinese has none to get wrong', () => {
  assert.equal(say('en', phrase('lint.summary', { errors: 1, warnings: 2 })), '1 error, 2 warnings');
  assert.equal(say('en', phrase('lint.summary', { errors: 0, warnings: 1 })), '0 errors, 1 warning');
  assert.equal(say('zh', phrase('lint.summary', { errors: 1, warnings: 2 })), '1 个错误，2 个警告');
  assert.equal(say('en', phrase('stage.manuscripts', { n: 1 })), 'Read 1 manuscript');
  assert.equal(say('en', phrase('summary.failed', { errors: 1 })), 'booklet: 1 error; nothing was written.');
});

test('a phrase may name a phrase: worded in the same language as the phrase that names it', () => {
  const inner = phrase('summary.failed', { errors: 2 });
  assert.equal(say('zh', phrase('internal-error', { detail: inner })).split('\n')[0], 'booklet：内部错误：booklet：2 个错误，未写出任何文件。');
  assert.equal(say('en', phrase('internal-error', { detail: inner })).split('\n')[0], 'booklet: internal error: booklet: 2 errors; nothing was written.');
  // Text already worded is taken as it is, in either language; so is a phrase two deep.
  assert.equal(say('zh', phrase('build.wrote', { files: 'output/booklet.pdf' })), '已写出 output/booklet.pdf');
  assert.equal(say('zh', phrase('build.wrote', { files: phrase('build.wrote', { files: phrase('watching') }) })), '已写出 已写出 正在监视改动；按 Ctrl-C 停止。');
  const message = createMessage(phrase('internal-error', { detail: inner }), { file: 'x' }, 'rule');
  assert.match(message.reason, /^booklet: internal error: booklet: 2 errors; nothing was written\./, 'the text of record words the inner phrase in English');
});

test('a message made of phrases is printed in the language asked; place and rule id stay', () => {
  const message = createMessage(phrase('summary.failed', { errors: 2 }), { file: '/b/booklet.yaml', line: 3, column: 5 }, 'config', { hint: phrase('watching') });
  assert.equal(message.reason, 'booklet: 2 errors; nothing was written.', 'the English is the text of record');
  assert.equal(formatMessage(message, '/b', 'zh'), 'booklet.yaml:3:5 错误 booklet：2 个错误，未写出任何文件。  config\n  提示：正在监视改动；按 Ctrl-C 停止。');
  assert.equal(formatMessage(message, '/b', 'en'), 'booklet.yaml:3:5 error booklet: 2 errors; nothing was written.  config\n  hint: Watching for changes; Ctrl-C stops.');
  // A message still worded in English only is printed as it is, with the words around it in Chinese.
  assert.equal(formatMessage(createMessage('Something', { file: 'x.md', line: 1 }, 'rule', { fatal: false }), '/', 'zh'), 'x.md:1:1 警告 Something  rule');
});

test('the locale: LC_ALL, then LC_MESSAGES, then LANG; zh_* is Chinese', () => {
  assert.equal(uiFromLocale({ LANG: 'zh_CN.UTF-8' }), 'zh');
  assert.equal(uiFromLocale({ LANG: 'zh_TW.Big5' }), 'zh');
  assert.equal(uiFromLocale({ LANG: 'en_US.UTF-8' }), 'en');
  assert.equal(uiFromLocale({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }), 'en');
  assert.equal(uiFromLocale({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }), 'zh');
  assert.equal(uiFromLocale({}), 'en');
});

test('the command speaks Chinese under a Chinese locale, booklet.yaml\'s ui: over the locale, --ui over both', async () => {
  await withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'basic'), dir, { recursive: true });
    const run = (env: NodeJS.ProcessEnv, ...args: string[]) =>
      spawnSync(process.execPath, [CLI, 'build', '-e', 'html', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', CI: 'true', ...env } });
    assert.match(run({ LANG: 'zh_CN.UTF-8' }).stderr, /秒内生成 1 个版本：output\/booklet\.html/);
    assert.match(run({ LANG: 'en_US.UTF-8' }).stderr, /Built 1 edition in [\d.]+ s: output\/booklet\.html/);
    assert.match(run({ LANG: 'en_US.UTF-8' }, '--ui', 'zh').stderr, /秒内生成 1 个版本/);
    const yaml = await readFile(join(dir, 'booklet.yaml'), 'utf8');
    await writeFile(join(dir, 'booklet.yaml'), `${yaml}ui: en\n`);
    assert.match(run({ LANG: 'zh_CN.UTF-8' }).stderr, /Built 1 edition/);
    assert.match(run({ LANG: 'zh_CN.UTF-8' }, '--ui=zh').stderr, /秒内生成 1 个版本/);
    // A mistake, in Chinese: the place and the rule id as they are.
    await writeFile(join(dir, 'booklet.yaml'), `${yaml}ui: zh\n`);
    await writeFile(join(dir, '01-sample.md'), '---\ntitle: [样例\n---\n');
    const failed = run({ LANG: 'en_US.UTF-8' }, '--ui', 'zh');
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /^01-sample\.md:2:\d+ 错误 .*front-matter\n/m);
    assert.match(failed.stderr, /booklet：1 个错误，未写出任何文件。/);
    assert.match(run({}, '--ui', 'fr').stderr, /--ui <language>' argument 'fr' is invalid/);
  });
});
