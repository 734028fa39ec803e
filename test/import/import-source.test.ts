// booklet import on the user's source (test/fixtures/source/): the manuscripts it makes hold the text of
// the hand-cleaned ones (manuscripts/01-ai.md, 02-heyuan.md) sentence by sentence, with the same front
// matter and the same joins and heading in their editorial record, reached by general rules; what the hand
// record decided by judgement (the misplaced fragment, the missing 二 heading) is left as it is and
// reported at its place. And on an article of another newspaper's style (newspaper.ts), hard-wrapped as
// text copied out of a PDF line by line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts, type Manuscript } from '../../src/manuscript/read.js';
import { lintFiles } from '../../src/manuscript/lint-files.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { importSources } from '../../src/import/import-source.js';
import { manuscriptText, normalise, sentences } from '../text.js';
import { ROOT, SOURCE_TEXT, withTempDir } from '../helpers.js';
import { AFFILIATION, AUTHOR, PAGE_BREAK_AFTER, SUBTITLE, TITLE, expectedBody, hardWrapped } from './newspaper.js';

async function read(dir: string): Promise<Manuscript[]> {
  return readManuscripts(await loadBooklet(dir), dir);
}

const sourceLines = async () => (await readFile(SOURCE_TEXT, 'utf8')).split('\n');

test('the user\'s source: two articles whose text is the hand-cleaned manuscripts\', sentence by sentence', async () => {
  await withTempDir(async (tmp) => {
    const into = join(tmp, 'book');
    const reporter = createMemoryReporter();
    const result = await importSources([SOURCE_TEXT], { into, reporter });
    const ours = await read(into);
    const hand = await read(join(ROOT, 'manuscripts'));
    assert.equal(ours.length, 2);
    assert.equal(result.newBooklet, true);
    const keys = ['title', 'subtitle', 'author', 'source', 'affiliation', 'note'] as const;
    for (const [k, m] of ours.entries()) {
      for (const key of keys) assert.equal(m.meta[key], hand[k]!.meta[key], `article ${k + 1}: ${key}`);
    }
    // The first: the same sentences, in the same order.
    assert.ok(sentences(normalise(manuscriptText(hand[0]!))).length > 80);
    assert.deepEqual(sentences(normalise(manuscriptText(ours[0]!))), sentences(normalise(manuscriptText(hand[0]!))));
    // The second: the same once the hand record's one decision of judgement, its `move`, is made on ours.
    const move = hand[1]!.meta.editorial.find((e) => e.action === 'move')!;
    const lines = await sourceLines();
    const fragment = ours[1]!.tree.children.find((n) => n.type === 'paragraph' && toString(n).startsWith(move.text!));
    assert.ok(fragment, 'the fragment is a paragraph of its own, where the source has it');
    let text = normalise(manuscriptText(ours[1]!));
    const piece = normalise(toString(fragment));
    text = text.replace(piece, '');
    const target = normalise(lines[move.to! - 1]!);
    const at = text.indexOf(target) + target.length;
    text = text.slice(0, at) + piece + text.slice(at);
    assert.deepEqual(sentences(text), sentences(normalise(manuscriptText(hand[1]!))));
    // And block by block: the same headings at the same levels, the same paragraphs (the move made).
    assert.deepEqual(blocks(ours[0]!), blocks(hand[0]!));
    const moved = blocks(ours[1]!);
    const k = moved.findIndex((b) => b.startsWith(`paragraph ${move.text}`));
    const [cut] = moved.splice(k, 1);
    const to = moved.findIndex((b) => b.endsWith(lines[move.to! - 1]!.slice(-10)));
    moved[to] += cut!.slice('paragraph '.length);
    assert.deepEqual(moved, blocks(hand[1]!));
  });
});

/** A manuscript's body, block by block: `heading2 …`, `paragraph …`. */
function blocks(m: Manuscript): string[] {
  return m.tree.children.filter((n) => n.type !== 'yaml').map((n) => `${n.type}${n.type === 'heading' ? n.depth : ''} ${toString(n)}`);
}

test('the editorial record names the joins, the heading and what moved into the front matter, at the source\'s lines', async () => {
  await withTempDir(async (tmp) => {
    const into = join(tmp, 'book');
    await importSources([SOURCE_TEXT], { into, reporter: createMemoryReporter() });
    const ours = await read(into);
    const hand = await read(join(ROOT, 'manuscripts'));
    const lines = (m: Manuscript, action: string) => m.meta.editorial.filter((e) => e.action === action).map((e) => e.line);
    for (const k of [0, 1]) {
      assert.deepEqual(lines(ours[k]!, 'join'), lines(hand[k]!, 'join'), `article ${k + 1}: joins`);
      assert.deepEqual(lines(ours[k]!, 'heading'), lines(hand[k]!, 'heading'), `article ${k + 1}: headings made`);
    }
    assert.deepEqual(lines(ours[0]!, 'metadata'), [3, 5, 7, 67]);
    assert.deepEqual(lines(ours[1]!, 'metadata'), [69, 71, 93]);
    // No decision of judgement is taken: nothing moved, no gap filled.
    assert.deepEqual(ours.flatMap((m) => m.meta.editorial.filter((e) => e.action === 'move' || e.action === 'gap')), []);
    const source = await sourceLines();
    for (const entry of ours.flatMap((m) => m.meta.editorial)) {
      if (entry.text) assert.ok(source[entry.line - 1]!.includes(entry.text), `line ${entry.line} holds “${entry.text}”`);
    }
    // The joined paragraph reads on: 医 + 疗.
    assert.match(ours[0]!.file.value as string, /人工智能深入到医疗、教育/);
  });
});

test('what needs a human is left as the source has it and reported at its place, as a warning', async () => {
  await withTempDir(async (tmp) => {
    const into = join(tmp, 'book');
    const result = await importSources([SOURCE_TEXT], { into, reporter: createMemoryReporter() });
    const left = result.left.map((m) => `${m.ruleId} ${m.fatal ? 'error' : 'warning'} ${m.reason}`);
    assert.deepEqual(result.left.filter((m) => m.fatal), [], 'no error is left');
    const find = (rule: string, where: string) => assert.ok(left.some((l) => l.startsWith(`${rule} warning`) && l.includes(`(source: ${where})`)), `${rule} at ${where}: ${left.join('\n')}`);
    find('fragment-start', 'line 87');
    find('heading-sequence', 'line 83');
    find('unterminated-ending', 'line 91');
    const yaml = await readFile(join(into, 'booklet.yaml'), 'utf8');
    assert.match(yaml, /fragment-start: warning/);
    assert.match(yaml, /heading-sequence: warning/);
    // They lint without error, as `booklet lint` runs.
    const lint = await lintFiles([into], { cwd: tmp });
    assert.deepEqual(lint.messages.filter((m) => m.fatal).map((m) => m.reason), []);
  });
});

test('another newspaper\'s article, hard-wrapped as copied out of a PDF: its paragraphs, numbered sections and front matter', async () => {
  await withTempDir(async (tmp) => {
    const source = join(tmp, 'xiangcun.txt');
    await writeFile(source, hardWrapped());
    const into = join(tmp, 'book');
    const result = await importSources([source], { into, reporter: createMemoryReporter() });
    const [m] = await read(into);
    assert.equal(result.articles.length, 1);
    assert.equal(m!.meta.id, 'xiangcun');
    assert.equal(m!.meta.title, TITLE);
    assert.equal(m!.meta.subtitle, SUBTITLE);
    assert.equal(m!.meta.author, AUTHOR);
    assert.equal(m!.meta.affiliation, AFFILIATION);
    assert.equal(m!.meta.note, `作者单位：${AFFILIATION}`);
    const text = String(m!.file.value);
    assert.equal(text.slice(text.indexOf('\n---\n') + 5).trim(), expectedBody());
    const actions = m!.meta.editorial.map((e) => e.action);
    // The page's end inside a sentence is the one join recorded (line ends are how the text was wrapped).
    const joins = m!.meta.editorial.filter((e) => e.action === 'join');
    assert.equal(joins.length, 1);
    assert.ok(joins[0]!.text!.endsWith(PAGE_BREAK_AFTER));
    assert.ok(actions.includes('punctuation') && actions.includes('fix'), actions.join(' '));
    assert.equal(m!.meta.editorial.filter((e) => e.action === 'heading').length, 5);
    const byline = m!.meta.editorial.find((e) => e.action === 'metadata' && e.line === 4)!;
    assert.match(byline.note, /作者/);
    assert.deepEqual(result.left.map((l) => l.reason), []);
  });
});

test('a GB18030 text is read as GB18030, with a warning, into the same manuscripts', async () => {
  const { execFileSync } = await import('node:child_process');
  await withTempDir(async (tmp) => {
    // The same name, for the editorial record names its source.
    const utf8 = join(tmp, 'u', 'src.txt');
    const gb = join(tmp, 'g', 'src.txt');
    await mkdir(join(tmp, 'u'));
    await mkdir(join(tmp, 'g'));
    await writeFile(utf8, hardWrapped());
    await writeFile(gb, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030', utf8]));
    const reporter = createMemoryReporter();
    await importSources([gb], { into: join(tmp, 'gb'), reporter });
    await importSources([utf8], { into: join(tmp, 'utf8'), reporter: createMemoryReporter() });
    const warning = reporter.messages.find((m) => m.ruleId === 'import-encoding');
    assert.ok(warning && warning.fatal === false && /GB18030/.test(warning.reason), 'a warning names the encoding');
    const body = async (dir: string) => String((await read(dir))[0]!.file.value);
    assert.equal(await body(join(tmp, 'gb')), await body(join(tmp, 'utf8')));
  });
});

test('a Markdown source of two articles: 文／ bylines, source notes with 来源 and 作者系, half-width brackets', async () => {
  await withTempDir(async (tmp) => {
    const source = join(tmp, 'two.md');
    const text = [
      '# 让理论学习走深走实',
      '',
      '文／张华',
      '',
      '理论学习是一项长期任务。要坚持学以致用，',
      '把学习成果转化为推动工作的实际成效。',
      '',
      '## 一、在学懂上下功夫',
      '',
      '学懂是前提。要原原本本读原著、学原文、悟原理。',
      '',
      '## 二、在做实上见成效',
      '',
      '做实是目的。要坚持问题导向，推动各项工作落地见效。',
      '',
      '(来源:光明日报;作者系某大学教授)',
      '',
      '# 基层治理的几点体会',
      '',
      '■ 王小川',
      '',
      '基层治理是国家治理的基石。',
      '',
      '（作者单位：某县委党校）',
      '',
    ].join('\n');
    await writeFile(source, text);
    const into = join(tmp, 'book');
    const result = await importSources([source], { into, reporter: createMemoryReporter() });
    const [a, b] = await read(into);
    assert.deepEqual([a!.meta.title, a!.meta.author, a!.meta.source, a!.meta.affiliation, a!.meta.note], ['让理论学习走深走实', '张华', '光明日报', '某大学教授', '来源：光明日报；作者系某大学教授']);
    assert.deepEqual([b!.meta.title, b!.meta.author, b!.meta.affiliation, b!.meta.note, b!.meta.source], ['基层治理的几点体会', '王小川', '某县委党校', '作者单位：某县委党校', undefined]);
    // The Markdown paragraph's line end is a soft break: one paragraph, no join recorded.
    assert.match(String(a!.file.value), /要坚持学以致用，把学习成果转化/);
    assert.deepEqual(a!.meta.editorial.filter((e) => e.action === 'join'), []);
    // The note's half-width colon and semicolon mended, and recorded at its line.
    const marks = a!.meta.editorial.filter((e) => e.action === 'punctuation');
    assert.deepEqual(marks.map((e) => e.line), [16, 16]);
    assert.deepEqual(result.left.map((m) => m.ruleId), []);
  });
});

test('a headline in two lines is one title; a second article in plain text starts at its title and byline', async () => {
  await withTempDir(async (tmp) => {
    const source = join(tmp, 'two.txt');
    const text = [
      '加快构建新发展格局',
      '着力推动高质量发展',
      '■ 赵六',
      '',
      '　　构建新发展格局是事关全局的系统性深层次变革。我们要准确把握新发展阶段，深入贯彻新发展理念。',
      '',
      '（作者系某大学经济学院教授）',
      '',
      '第二篇文章的标题',
      '作者：钱七',
      '',
      '　　这是第二篇文章的正文，写得很短。',
    ].join('\n');
    await writeFile(source, text);
    const into = join(tmp, 'book');
    await importSources([source], { into, reporter: createMemoryReporter() });
    const [a, b] = await read(into);
    assert.deepEqual([a!.meta.title, a!.meta.author, a!.meta.affiliation], ['加快构建新发展格局 着力推动高质量发展', '赵六', '某大学经济学院教授']);
    assert.match(a!.meta.editorial[0]!.note, /两行/);
    assert.deepEqual([b!.meta.title, b!.meta.author], ['第二篇文章的标题', '钱七']);
    assert.equal(String(b!.file.value).split('---\n').at(-1)!.trim(), '这是第二篇文章的正文，写得很短。');
  });
});
