// The book's furniture from booklet.yaml (issue 22 §4), built and proofed as a user would: a 32开 page with
// custom margins, contents three levels deep, a section as the versos' running head and the title as the
// rectos', centred folios in dashes, and study-box titles; read back from the PDF with poppler.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfBoxes, pdfTextPages, type TextPage } from '../../src/proof/poppler.js';
import { CLI, ROOT } from '../helpers.js';

const PT_PER_MM = 72 / 25.4;
const MARGINS = { top: 18, bottom: 16, inner: 20, outer: 14 };
const BODY = 10.5;
const PITCH = 10.5 * 1.75;

const YAML = `title: 版式读本
compiler: 测试编写组
date: 2026年12月1日
page:
  size: 32开
  margins: { top: ${MARGINS.top}, bottom: ${MARGINS.bottom}, inner: ${MARGINS.inner}, outer: ${MARGINS.outer} }
contents:
  depth: 3
runningHeads:
  verso: section
  recto: title
folio:
  position: center
  form: dashes
studyBoxes:
  titles:
    questions: 课后思考
    key-points: 学习提要
articles:
  - 01-ai.md
`;

let dir: string;
let pages: TextPage[];
let proof: { status: number | null; stderr: string };

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-furniture-'));
  // The project's first article, with two ### subsections and two study boxes.
  const article = (await readFile(join(ROOT, 'manuscripts', '01-ai.md'), 'utf8'))
    .replace('## 新一代人工智能正在全球范围蓬勃兴起\n', '## 新一代人工智能正在全球范围蓬勃兴起\n\n### 小节甲：技术突破\n')
    .replace('## 深入把握人工智能发展趋势\n', '## 深入把握人工智能发展趋势\n\n### 小节乙：发展趋势\n\n:::questions\n1. 人工智能为什么是新一轮科技革命的驱动力量？\n:::\n\n:::key-points[本节要点]\n- 把握发展趋势。\n:::\n');
  assert.match(article, /小节乙[\s\S]*:::questions/, 'the article was changed');
  await writeFile(join(dir, '01-ai.md'), article);
  await writeFile(join(dir, 'booklet.yaml'), YAML);
  const cli = (command: string) => spawnSync(process.execPath, [CLI, command, dir, '--out', join(dir, 'out')], { encoding: 'utf8', env: { ...process.env, CI: 'true', LC_ALL: 'C.UTF-8' } });
  const built = cli('build');
  assert.equal(built.status, 0, built.stderr);
  // The proof builds the screen PDF again (the same), then checks it.
  const run = cli('proof');
  proof = { status: run.status, stderr: run.stderr };
  pages = await pdfTextPages(join(dir, 'out', 'booklet.pdf'));
});

after(() => rm(dir, { recursive: true, force: true }));

/** The body lines of a page: inside the margins given, not in the head or the foot. */
const bodyLines = (page: TextPage) => page.lines.filter((l) => l.yMin > MARGINS.top * PT_PER_MM - 2 && l.yMax < page.height - MARGINS.bottom * PT_PER_MM + 2);
const head = (page: TextPage) => page.lines.filter((l) => l.yMax < MARGINS.top * PT_PER_MM).map((l) => l.text).join('');
const foot = (page: TextPage) => page.lines.filter((l) => l.yMin > page.height - MARGINS.bottom * PT_PER_MM);

test('the proof of the furnished booklet finds no error (running heads, folios and contents as configured)', () => {
  assert.equal(proof.status, 0, proof.stderr);
  assert.match(proof.stderr, /\d+ pages, 0 errors/);
});

test('32开: every page is 130×184 mm (GB/T 788), within 1 mm: the screen PDF\'s MediaBox, the print PDF\'s TrimBox', async () => {
  for (const file of ['booklet-print.pdf', 'booklet.pdf']) {
    const boxes = await pdfBoxes(join(dir, 'out', file));
    assert.ok(boxes.length > 4, file);
    for (const box of boxes) {
      const [x0, y0, x1, y1] = (file === 'booklet.pdf' ? box.media : box.trim) as [number, number, number, number];
      assert.ok(Math.abs((x1 - x0) / PT_PER_MM - 130) < 1 && Math.abs((y1 - y0) / PT_PER_MM - 184) < 1, `${file} p. ${box.number}: ${box.media.join(' ')}`);
    }
  }
});

test('the margins given are where the text stands: inner 20 mm, top 18 mm; a whole number of characters across', () => {
  // Full body pages: those with a running head (not an opener), and at least 15 lines of text.
  const full = pages.filter((p) => head(p) !== '' && bodyLines(p).length >= 15);
  assert.ok(full.length >= 4, `${full.length} full pages`);
  const tops: number[] = [];
  for (const page of full) {
    const lines = bodyLines(page);
    const left = Math.min(...lines.map((l) => l.xMin));
    const right = Math.max(...lines.map((l) => l.xMax));
    // Versos (even PDF pages: the cover is p. 1, a recto) have the gutter on the right.
    const verso = page.number % 2 === 0;
    const inner = verso ? page.width - right : left;
    assert.ok(Math.abs(inner - MARGINS.inner * PT_PER_MM) < 1.5, `p. ${page.number}: inner margin ${inner / PT_PER_MM} mm`);
    const outer = verso ? left : page.width - right;
    // The outer margin takes what is left of a character: at least as given, less than a character more.
    assert.ok(outer > MARGINS.outer * PT_PER_MM - 1.5 && outer < MARGINS.outer * PT_PER_MM + BODY + 1.5, `p. ${page.number}: outer margin ${outer / PT_PER_MM} mm`);
    const chars = (right - left) / BODY;
    assert.ok(Math.abs(chars - Math.round(chars)) < 0.1, `p. ${page.number}: ${chars} characters across`);
    const top = Math.min(...lines.map((l) => l.yMin));
    assert.ok(top > MARGINS.top * PT_PER_MM - 1, `p. ${page.number}: first line at ${top} pt`);
    tops.push(top);
  }
  // A page that starts with a line of text (not a heading, which takes more room): its glyphs sit in
  // the first pitch, which starts at the top margin.
  const top = Math.min(...tops);
  assert.ok(top < MARGINS.top * PT_PER_MM + PITCH - BODY + 1, `the highest first line is at ${top} pt`);
});

test('contents to depth 3: the ### subsections are listed, with their page numbers', () => {
  const contents = pages.find((p) => p.lines.some((l) => l.text.includes('小节甲')) && p.lines.some((l) => /^目/.test(l.text)));
  assert.ok(contents, 'a contents page lists 小节甲');
  const entry = (text: string) => contents.lines.find((l) => l.text.includes(text))?.text ?? '';
  assert.match(entry('小节甲'), /小节甲：技术突破[·\s]*\d+$/);
  assert.match(entry('小节乙'), /小节乙：发展趋势[·\s]*\d+$/);
  assert.match(entry('深入把握'), /深入把握人工智能发展趋势[·\s]*\d+$/);
});

test('running heads: the current section on versos, the booklet title on rectos; none on the opener', () => {
  const heads = pages.filter((p) => head(p) !== '');
  assert.ok(heads.length >= 4);
  const versos = heads.filter((p) => p.number % 2 === 0).map(head);
  const rectos = heads.filter((p) => p.number % 2 === 1).map(head);
  assert.ok(rectos.length > 0 && rectos.every((h) => h === '版式读本'), rectos.join(' | '));
  const sections = ['抢抓人工智能发展的历史性机遇', '人工智能引领新一轮科技革命和产业变革', '新一代人工智能正在全球范围蓬勃兴起', '深入把握人工智能发展趋势', '全面推进我国人工智能高质量发展'];
  assert.ok(versos.length > 0 && versos.every((h) => sections.includes(h)), versos.join(' | '));
  assert.ok(new Set(versos).size >= 2, `the section changes: ${versos.join(' | ')}`);
  const opener = pages.find((p) => p.lines.some((l) => l.text.includes('抢抓人工智能发展的历史性机遇') && l.yMin > MARGINS.top * PT_PER_MM));
  assert.equal(head(opener!), '', 'no head on the opening page');
});

test('folios: — N — in the middle of the foot (under the type area), counting from 1 at the article', () => {
  const folios = pages.flatMap((p) => foot(p).map((l) => ({ page: p, line: l })));
  assert.ok(folios.length >= 5);
  const numbers = folios.map(({ line }) => /^—\s*(\d+)\s*—$/.exec(line.text.replace(/\s+/g, ' '))?.[1]);
  assert.ok(numbers.every(Boolean), folios.map((f) => f.line.text).join(' | '));
  assert.equal(numbers[0], '1');
  let measured = 0;
  for (const { page, line } of folios) {
    const lines = bodyLines(page);
    if (lines.length < 15) continue;
    const area = (Math.min(...lines.map((l) => l.xMin)) + Math.max(...lines.map((l) => l.xMax))) / 2;
    const centre = (line.xMin + line.xMax) / 2;
    assert.ok(Math.abs(centre - area) < 2, `p. ${page.number}: folio centred at ${centre}, the type area at ${area}`);
    measured += 1;
  }
  assert.ok(measured >= 3);
});

test('study boxes: the title booklet.yaml gives, and the text\'s own [label] over it', () => {
  const text = pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
  assert.match(text, /^课后思考$/m);
  assert.match(text, /^本节要点$/m);
  assert.doesNotMatch(text, /学习提要|思考题/);
});
