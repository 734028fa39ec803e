import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { parseManuscript } from '../../src/manuscript/parse.js';
import { bookStrings } from '../../src/html/book-strings.js';
import { notoFace } from '../../src/html/fonts.js';
import { escapeMarkup, typstString } from '../../bench/typst/markdown-to-typst.js';
import { manuscriptToTypst } from '../../bench/typst/book-source.js';
import { loadTypst } from '../../bench/typst/compiler.js';

const typst = async (md: string) => {
  const file = new VFile({ path: 'test.md', value: md });
  return manuscriptToTypst(parseManuscript(file), file, bookStrings());
};

const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

test('every ASCII punctuation character is escaped; letters, Han, the ideographic space are not', () => {
  assert.equal(escapeMarkup(PUNCTUATION), [...PUNCTUATION].map((c) => `\\${c}`).join(''));
  assert.equal(escapeMarkup('本书编写组　编 abc'), '本书编写组　编 abc');
  // A line break in the text is a space: it never starts a line of markup (`= `, `- `, `1. `).
  assert.equal(escapeMarkup('a\n- b'), 'a \\- b');
});

test('headings, paragraphs, emphasis and strong', async () => {
  assert.equal(await typst('开头。\n\n## 第一节\n\n**重点**与*强调*。'), '开头。\n\n== 第一节\n\n#strong[重点]与#emph[强调]。');
});

test('`#` sections move under the title as the booklet sets them; soft breaks between Han characters go', async () => {
  assert.equal(await typst('# 第一节\n\n第一行\n第二行'), '== 第一节\n\n第一行第二行');
});

test('a footnote is set where it is called, and its definition nowhere else', async () => {
  assert.equal(await typst('正文[^1]。\n\n[^1]: 注释。'), '正文#footnote[注释。]。');
});

test('lists, ordered lists with their start, block quotes, code', async () => {
  assert.equal(await typst('- 甲\n- 乙'), '#list(tight: true, [甲], [乙])');
  assert.equal(await typst('3. 丙\n4. 丁'), '#enum(tight: true, start: 3, [丙], [丁])');
  assert.equal(await typst('> 引文'), '#quote(block: true)[引文]');
  assert.equal(await typst('```js\nlet a = "b";\n```'), `#raw(block: true, lang: "js", ${typstString('let a = "b";')})`);
});

test('a table: its columns, alignments, header row and cells', async () => {
  assert.equal(
    await typst('| 项目 | 数量 |\n|:--|--:|\n| 甲 | 1 |'),
    '#table(columns: 2, align: (left, right,), table.header([项目], [数量]), [甲], [1])',
  );
});

test('a study box is a ruled block under its title', async () => {
  assert.equal(await typst(':::key-points\n要点。\n:::'), `#block(width: 100%, inset: 0.75em, stroke: 0.5pt)[#strong[${bookStrings().studyBoxes['key-points']}]\n\n要点。]`);
});

test('images and raw HTML are left out', async () => {
  assert.equal(await typst('前![图](a.png)后<span>中</span>'), '前后中');
});

// Typst itself: the mapping compiles, and the text comes back out of the PDF as it went in.
const compiler = loadTypst();
test('Typst sets every construct, and the PDF holds the text as written', { skip: 'missing' in compiler && compiler.missing }, async () => {
  if ('missing' in compiler) return;
  // In the Markdown the backslash is written \\ (CommonMark's escape); the rest is literal there.
  const body = await typst(
    `甲 ${PUNCTUATION.replace('\\', '\\\\')} 乙\n\n## 一节\n\n**重**与*轻*，\`代码\`[^n]。\n\n[^n]: 注。\n\n- 列一\n- 列二\n\n> 引\n\n| 头 | 尾 |\n|--|--|\n| 左 | 右 |\n\n:::note\n框\n:::`,
  );
  const font = notoFace('serif', 'SC', 400);
  const dir = await mkdtemp(join(tmpdir(), 'typst-'));
  try {
    const main = join(dir, 'main.typ');
    await writeFile(main, `#set text(font: "${font.family}", fallback: false)\n#show raw: set text(font: "${font.family}")\n#show heading: set text(font: "${font.family}")\n#show strong: set text(font: "${font.family}")\n${body}\n`);
    const typstCompiler = compiler.NodeCompiler.create({ workspace: dir, fontArgs: [{ fontPaths: [font.path] }] });
    const compiled = typstCompiler.compile({ mainFilePath: main });
    assert.ok(compiled.result, JSON.stringify(compiled.takeDiagnostics()?.shortDiagnostics));
    await writeFile(join(dir, 'out.pdf'), typstCompiler.pdf(compiled.result));
    const text = execFileSync('pdftotext', [join(dir, 'out.pdf'), '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\s+/g, '');
    const note = bookStrings().studyBoxes['note'];
    // The footnote's number follows the call, the note itself is at the page foot; list items have bullets.
    assert.equal(text, `甲${PUNCTUATION}乙一节重与轻，代码1。•列一•列二引头尾左右${note}框1注。`);
    assert.equal(execFileSync('pdffonts', [join(dir, 'out.pdf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').slice(2).filter(Boolean).length, 1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
