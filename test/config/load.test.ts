import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBooklet } from '../../src/config/load.js';
import { BookletError, formatMessage } from '../../src/diagnostics.js';
import { FIXTURES, withTempDir } from '../helpers.js';

/** Load a booklet.yaml written into a temp folder (with 01.md present) and return the messages. */
async function problems(yaml: string): Promise<string[]> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), yaml);
    await writeFile(join(dir, '01.md'), '---\ntitle: 一\n---\n正文');
    try {
      await loadBooklet(dir);
      return [];
    } catch (error) {
      if (!(error instanceof BookletError)) throw error;
      return error.messages.map((m) => formatMessage(m, dir).split('\n')[0]!);
    }
  });
}

const valid = 'title: 读本\ncompiler: 编写组\ndate: 2026-01-01\narticles:\n  - 01.md\n';

test('a valid booklet.yaml loads with defaults filled in', async () => {
  const booklet = await loadBooklet(join(FIXTURES, 'basic'));
  assert.equal(booklet.title, '测试读本');
  assert.equal(booklet.language, 'zh-Hans');
  assert.equal(booklet.edition, '第1版');
  assert.deepEqual(booklet.page, { name: 'A5', width: 148, height: 210, bodySize: 10.5, lineHeight: 1.75, margins: {} });
  assert.equal(booklet.articles.length, 1);
  assert.equal(booklet.articles[0]!.place.line, 6);
});

test('the valid minimal file has no problems', async () => {
  assert.deepEqual(await problems(valid), []);
});

test('an unknown key names its line and the known keys', async () => {
  assert.deepEqual(await problems(valid + 'colour: red\n'), ['booklet.yaml:6:1 error Unknown key `colour`  config']);
});

test('an unknown nested key names its line', async () => {
  assert.deepEqual(await problems(valid + 'page:\n  size: A5\n  bleed: 3\n'), ['booklet.yaml:8:3 error Unknown key `page.bleed`  config']);
});

test('a value of the wrong type names the key and line', async () => {
  assert.deepEqual(await problems(valid.replace('compiler: 编写组', 'compiler: 2026')), [
    'booklet.yaml:2:11 error `compiler` must be text, not a number  config',
  ]);
});

test('schema messages are in the project\'s words, with the nearest name and correct plurals', async () => {
  assert.deepEqual(await problems(valid + 'titel: 读本\n'), ['booklet.yaml:6:1 error Unknown key `titel`; did you mean `title`?  config']);
  assert.deepEqual(await problems(valid + 'notes:\n  placement: artcle\n'), ['booklet.yaml:7:14 error `notes.placement` must be one of: none, article, end; did you mean article?  config']);
  assert.deepEqual(await problems(valid + 'page:\n  bodySize: 3\n'), ['booklet.yaml:7:13 error `page.bodySize` must be at least 7.875  config']);
  assert.deepEqual(await problems(valid + 'page:\n  size: {width: 50, height: 210}\n'), ['booklet.yaml:7:17 error `page.size.width` must be at least 90  config']);
  assert.deepEqual(await problems(valid + 'internal: yes please\n'), ['booklet.yaml:6:11 error `internal` must be true or false, not text  config']);
  assert.deepEqual(await problems(valid + 'styles: my.css\n'), ['booklet.yaml:6:9 error `styles` must be a list (lines starting with "- "), not text  config']);
  assert.deepEqual(await problems(valid + 'subtitle: ""\n'), ['booklet.yaml:6:11 error `subtitle` must not be empty  config']);
  assert.deepEqual(await problems(valid + 'title: 二\n'), ['booklet.yaml:6:1 error The key `title` is given twice  config']);
  assert.deepEqual(await problems(valid.replace('  - 01.md\n', '') + '  []\n'), ['booklet.yaml:5:3 error `articles` must list at least one article  config']);
  // Both bounds, each in words (not the schema library's "Too small", ">=" or "expected").
  const bounds = await problems(valid + 'page:\n  size: {width: 50, height: 700}\n');
  assert.deepEqual(bounds, ['booklet.yaml:7:17 error `page.size.width` must be at least 90  config', 'booklet.yaml:7:29 error `page.size.height` must be at most 600  config']);
});

test('an unknown lint rule or proof check is an error at its line, with the nearest id', async () => {
  const { checkSettingIds } = await import('../../src/config/setting-ids.js');
  const { RULES } = await import('../../src/manuscript/lint/index.js');
  const { CHECKS } = await import('../../src/proof/checks/index.js');
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), valid + 'lint:\n  rules:\n    dash: off\n    heading-sequnce: warning\nproof:\n  checks:\n    widows: off\n    tofu: error\n');
    await writeFile(join(dir, '01.md'), '---\ntitle: 一\n---\n正文');
    const booklet = await loadBooklet(dir);
    const said = (which: 'lint' | 'proof', known: string[]) => {
      try {
        checkSettingIds(booklet, which, known);
        return [];
      } catch (error) {
        return (error as BookletError).messages.map((m) => formatMessage(m, dir).split('\n')[0]);
      }
    };
    assert.deepEqual(said('lint', RULES.map((r) => r.id)), ['booklet.yaml:9:5 error Unknown lint rule `heading-sequnce`; did you mean `heading-sequence`?  config']);
    assert.deepEqual(said('proof', CHECKS.map((c) => c.id)), ['booklet.yaml:12:5 error Unknown proof check `widows`; did you mean `widows-orphans`?  config']);
  });
});

test('a date that does not exist is refused', async () => {
  assert.deepEqual(await problems(valid.replace('date: 2026-01-01', 'date: 2026-02-30')), ['booklet.yaml:3:7 error `date` must be a real calendar date  config']);
});

test('a page size that does not exist is refused', async () => {
  assert.deepEqual(await problems(valid + 'page:\n  size: B7\n'), ['booklet.yaml:7:9 error `page.size` must be one of: A5, A4, B5, 大32开, 16开, 32开, 64开, or the other form in the hint; did you mean B5?  config']);
});

test('a page size is named in any case; A4 and B5 are sizes too', async () => {
  const sizes: Record<string, [number, number]> = { A5: [148, 210], A4: [210, 297], B5: [176, 250] };
  for (const [written, name] of [['a5', 'A5'], ['a4', 'A4'], ['b5', 'B5'], ['A4', 'A4']] as const) {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'booklet.yaml'), `${valid}page:\n  size: ${written}\n`);
      await writeFile(join(dir, '01.md'), '---\ntitle: 一\n---\n正文');
      const booklet = await loadBooklet(dir);
      assert.deepEqual([booklet.page.name, booklet.page.width, booklet.page.height], [name, ...sizes[name]!]);
    });
  }
});

test('a booklet.yml (the other spelling) is named, with the command that renames it', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yml'), valid);
    const error = await loadBooklet(dir).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof BookletError);
    const message = formatMessage(error.messages[0]!, dir);
    assert.match(message, /^booklet\.yml error No booklet\.yaml in .*, but there is booklet\.yml  config/);
    assert.match(message, /Rename it: mv .*booklet\.yml .*booklet\.yaml/);
  });
});

test('a missing required key is named', async () => {
  assert.deepEqual(await problems(valid.replace('compiler: 编写组\n', '')), ['booklet.yaml:1:1 error Missing required key `compiler`  config']);
});

test('invalid YAML names its line', async () => {
  const messages = await problems('title: 读本\ncompiler: [编写组\ndate: 2026-01-01\n');
  assert.equal(messages.length >= 1, true);
  assert.match(messages[0]!, /^booklet\.yaml:\d+:\d+ error Invalid YAML: /);
});

test('an article file that does not exist is named at its line in booklet.yaml', async () => {
  const messages = await problems(valid + '  - 02.md\n');
  assert.equal(messages.length, 1);
  assert.match(messages[0]!, /^booklet\.yaml:6:5 error Article `02\.md` not found \(looked for .*\/02\.md\)  config$/);
});

test('a folder without booklet.yaml is one clear message', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, 'empty'));
    await assert.rejects(loadBooklet(join(dir, 'empty')), (error: unknown) => {
      assert.ok(error instanceof BookletError);
      assert.match(error.messages[0]!.reason, /^No booklet\.yaml in /);
      return true;
    });
  });
});

test('footnotes.numbering: article by default, page when asked, anything else at its line', async () => {
  assert.equal((await loadBooklet(join(FIXTURES, 'basic'))).footnotes.numbering, 'article');
  assert.deepEqual(await problems(`${valid}footnotes:\n  numbering: page\n`), []);
  assert.deepEqual(await problems(`${valid}footnotes:\n  numbering: chapter\n`), ['booklet.yaml:7:14 error `footnotes.numbering` must be one of: article, page  config']);
});
