// booklet import on what it cannot import: a source with no title it can recognise (until --title gives
// one), an empty file, a file that is not there, a kind it has no reader for, a booklet.yaml in --into that
// is broken, a second source that fails after a first that reads: each a message that names the file and
// what to do, and nothing written. And the no-text-lost check itself, on an article that lost a sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BookletError, createMemoryReporter } from '../../src/diagnostics.js';
import { importSources } from '../../src/import/import-source.js';
import { readTextSource } from '../../src/import/read-text-source.js';
import { sourceUnits } from '../../src/import/join-lines.js';
import { splitArticles } from '../../src/import/split-articles.js';
import { recogniseHeadings } from '../../src/import/recognise-headings.js';
import { composeArticle } from '../../src/import/compose-article.js';
import { checkNoTextLost } from '../../src/import/text-check.js';
import { placeRecorder } from '../../src/import/editorial.js';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import { withTempDir } from '../helpers.js';
import { hardWrapped } from './newspaper.js';

const BODY = '党的十八大以来，以习近平同志为核心的党中央高度重视我国新一代人工智能发展。当前和今后一个时期是关键时期。';

/** The message keys of the error an import fails with. */
async function failure(run: () => Promise<unknown>): Promise<{ keys: string[]; messages: BookletError['messages'] }> {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof BookletError, `a BookletError, not ${String(error)}`);
    return { keys: error.messages.map((m) => m.phrases?.reason?.key ?? m.reason), messages: error.messages };
  }
  assert.fail('the import did not fail');
}

const exists = (path: string) => stat(path).then(() => true, () => false);

test('a source with no title it can recognise: asks for --title, writes nothing; with --title, imports', async () => {
  await withTempDir(async (tmp) => {
    const source = join(tmp, 'notitle.txt');
    await writeFile(source, `${BODY}\n\n${BODY}\n`);
    const into = join(tmp, 'book');
    const { keys, messages } = await failure(() => importSources([source], { into, reporter: createMemoryReporter() }));
    assert.deepEqual(keys, ['import.no-title']);
    assert.equal(messages[0]!.line, 1);
    assert.match(messages[0]!.note ?? '', /--title/);
    assert.equal(await exists(into), false, 'nothing written');
    await importSources([source], { into, title: '学习笔记', reporter: createMemoryReporter() });
    const [m] = await readManuscripts(await loadBooklet(into), into);
    assert.equal(m!.meta.title, '学习笔记');
    assert.equal(m!.meta.editorial[0]!.action, 'metadata');
    assert.match(m!.meta.editorial[0]!.note, /--title/);
  });
});

test('an empty file, a missing one, a folder, and a kind with no reader: a message each, nothing written', async () => {
  await withTempDir(async (tmp) => {
    const into = join(tmp, 'book');
    const empty = join(tmp, 'empty.txt');
    await writeFile(empty, '\n  \n\n');
    await mkdir(join(tmp, 'folder.txt'));
    await writeFile(join(tmp, 'notes.rtf'), '{\\rtf1}');
    const run = (file: string) => failure(() => importSources([file], { into, reporter: createMemoryReporter() }));
    assert.deepEqual((await run(empty)).keys, ['import.empty']);
    assert.deepEqual((await run(join(tmp, 'missing.txt'))).keys, ['import.not-found']);
    assert.deepEqual((await run(join(tmp, 'folder.txt'))).keys, ['import.is-folder']);
    assert.deepEqual((await run(join(tmp, 'notes.rtf'))).keys, ['import.unknown-kind']);
    assert.equal(await exists(into), false);
  });
});

test('a title with no text before the next title: said so at its line, nothing written', async () => {
  await withTempDir(async (tmp) => {
    const source = join(tmp, 'x.txt');
    await writeFile(source, `标题甲\n■ 张三\n\n标题乙\n■ 李四\n\n${BODY}\n`);
    const { keys, messages } = await failure(() => importSources([source], { into: join(tmp, 'book'), reporter: createMemoryReporter() }));
    assert.deepEqual(keys, ['import.no-body']);
    assert.equal(messages[0]!.line, 1);
    assert.equal(await exists(join(tmp, 'book')), false);
  });
});

test('a Markdown file with front matter is a manuscript already: said so', async () => {
  await withTempDir(async (tmp) => {
    const file = join(tmp, 'a.md');
    await writeFile(file, `---\ntitle: 标题\n---\n\n${BODY}\n`);
    assert.deepEqual((await failure(() => importSources([file], { into: join(tmp, 'book'), reporter: createMemoryReporter() }))).keys, ['import.front-matter']);
  });
});

test('--into a folder whose booklet.yaml is broken: its own message at its line, the folder as it was', async () => {
  await withTempDir(async (tmp) => {
    const into = join(tmp, 'book');
    await mkdir(into);
    const broken = 'title: 学习读本\ncompiler: [本书编写组\ndate: 2026-12-01\narticles:\n  - a.md\n';
    await writeFile(join(into, 'booklet.yaml'), broken);
    const source = join(tmp, 'x.txt');
    await writeFile(source, hardWrapped());
    const { messages } = await failure(() => importSources([source], { into, reporter: createMemoryReporter() }));
    assert.equal(messages[0]!.ruleId, 'config');
    assert.ok(messages[0]!.line && messages[0]!.line >= 2, 'at its line');
    assert.deepEqual(await readdir(into), ['booklet.yaml']);
    assert.equal(await readFile(join(into, 'booklet.yaml'), 'utf8'), broken);
  });
});

test('--into a file: said so, the file as it was', async () => {
  await withTempDir(async (tmp) => {
    const source = join(tmp, 'x.txt');
    await writeFile(source, hardWrapped());
    await writeFile(join(tmp, 'book'), 'not a folder');
    assert.deepEqual((await failure(() => importSources([source], { into: join(tmp, 'book'), reporter: createMemoryReporter() }))).keys, ['import.into-not-folder']);
    assert.equal(await readFile(join(tmp, 'book'), 'utf8'), 'not a folder');
  });
});

test('two sources, the second bad: nothing of the first is written', async () => {
  await withTempDir(async (tmp) => {
    const good = join(tmp, 'good.txt');
    await writeFile(good, hardWrapped());
    const into = join(tmp, 'book');
    const { keys } = await failure(() => importSources([good, join(tmp, 'missing.txt')], { into, reporter: createMemoryReporter() }));
    assert.deepEqual(keys, ['import.not-found']);
    assert.equal(await exists(into), false);
  });
});

test('the no-text-lost check fails on an article that lost a sentence, naming the place in the source', async () => {
  await withTempDir(async (tmp) => {
    const source = join(tmp, 'x.txt');
    await writeFile(source, hardWrapped());
    const doc = await readTextSource(source);
    const [draft] = splitArticles(doc, sourceUnits(doc));
    const record = placeRecorder(new Map());
    const article = composeArticle(doc, draft!, recogniseHeadings(draft!.body, doc.kind), '01-x.md', 'x', record);
    checkNoTextLost(doc, [article], record, false);
    const lost = { ...article, inOrder: article.inOrder.map((t) => t.replace('人才是乡村振兴的关键。', '')) };
    const { keys, messages } = await failure(async () => checkNoTextLost(doc, [lost], record, false));
    assert.deepEqual(keys, ['import.text-differs']);
    assert.match(messages[0]!.reason, /人才是乡村振兴的关键/);
    const added = { ...article, inOrder: [...article.inOrder, '多出来的一句话。'] };
    assert.deepEqual((await failure(async () => checkNoTextLost(doc, [added], record, false))).keys, ['import.text-differs']);
  });
});
