// A booklet with every feature the README lists (issue 18, "done when"): footnotes, a table, a wide and a
// tall figure, an inline image, every study box with lists, emphasis, a blockquote, nested lists, `#`
// headings, a manuscript without front matter, Latin text. It proofs with no finding, no ink lies outside
// the type area but the running heads and folios, every caption and footnote is printed, and only the
// book's faces are in the PDFs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { pageGeometry, type PageGeometry } from '../../src/html/page-geometry.js';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

const BOOK_FACE = /^[A-Z]{6}\+Noto(Serif|Sans)SC-(Regular|Medium|Bold)$/;
/** The default page (A5, 五号 on a 1.75 pitch), which the fixture's booklet.yaml does not change. */
const GEOMETRY = pageGeometry({ name: 'A5', width: 148, height: 210, bodySize: 10.5, lineHeight: 1.75 });
/** How far (pt) anti-aliasing may reach past a box. */
const SLACK = 1.5;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Word extends Box {
  text: string;
}

test('the every-feature booklet proofs clean, keeps its ink in the type area and prints every caption and note', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'book');
    const out = join(dir, 'out');
    await cp(join(FIXTURES, 'every-feature'), book, { recursive: true });
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, book, '--out', out], { encoding: 'utf8' });

    // Every edition builds; then the pages are approved and proofed against: no finding, no change, exit 0.
    const built = cli('build');
    assert.equal(built.status, 0, built.stderr);
    // The summary, in the words the messages would be in.
    assert.match(built.stderr, /^Built 6 editions in /m);
    assert.doesNotMatch(built.stderr, /warning|error/);
    const approved = cli('proof', '--approve');
    assert.equal(approved.status, 0, approved.stderr);
    const proofed = cli('proof');
    assert.equal(proofed.status, 0, proofed.stderr);
    const report = JSON.parse(await readFile(join(out, 'proof', 'report.json'), 'utf8')) as { findings: { check: string; message: string }[] };
    assert.deepEqual(report.findings.map((f) => `${f.check}: ${f.message}`), []);
    const lint = spawnSync(process.execPath, [CLI, 'lint', book], { encoding: 'utf8' });
    assert.equal(lint.status, 0, lint.stderr);
    assert.match(lint.stderr + lint.stdout, /0 errors, 0 warnings/);

    const pdf = join(out, 'booklet.pdf');
    const pages = wordsByPage(execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }));
    // Word joiners (U+2060) keep marks on their lines; they are not text.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\s\u2060]+/g, '');
    for (const caption of ['图1　六个年度的学习参与率', '图2　竖长条幅示意图']) assert.ok(text.includes(caption.replace(/\s+/g, '')), `caption ${caption}`);
    for (const note of [
      '①语出《论语·为政》。意思是只读书而不思考，就会迷惑而无所得；只空想而不读书，就会疑惑而不能确定。',
      '②“牛鼻子”比喻事物的关键或要害之处。',
      '①图随文走，是指图片的位置跟随正文中提到它的地方。',
    ]) assert.ok(text.includes(note), `footnote ${note}`);
    for (const heading of ['第一部分：竖长的图', '没有前言的短文', '（一）小节', '思考题', '学习要点', '延伸阅读']) assert.ok(text.includes(heading), heading);

    // Every dark pixel of every page lies in the type area, or on a running head or folio beside it.
    const titles = ['功能样例读本', '在学习中把握方法与重点', '用图表说话', '没有前言的短文'];
    const rendered = join(dir, 'page');
    execFileSync('pdftoppm', ['-r', '72', '-gray', '-png', pdf, rendered]);
    const digits = String(pages.length).length;
    let inked = 0;
    for (const [index, words] of pages.entries()) {
      const area = typeArea(GEOMETRY, index);
      const furniture = words.filter((w) => !inside(w, area, SLACK));
      for (const w of furniture) assert.ok(titles.includes(w.text) || /^\d+$/.test(w.text), `p. ${index + 1}: “${w.text}” lies outside the type area`);
      const png = PNG.sync.read(await readFile(`${rendered}-${String(index + 1).padStart(digits, '0')}.png`));
      const scale = png.width / GEOMETRY.width;
      for (let y = 0; y < png.height; y++) {
        for (let x = 0; x < png.width; x++) {
          if (png.data[(y * png.width + x) * 4]! > 160) continue;
          inked++;
          const at = { x0: x / scale, y0: y / scale, x1: (x + 1) / scale, y1: (y + 1) / scale };
          const allowed = inside(at, area, SLACK) || furniture.some((w) => inside(at, w, SLACK));
          assert.ok(allowed, `p. ${index + 1}: ink at ${at.x0.toFixed(0)},${at.y0.toFixed(0)} pt, outside the type area ${JSON.stringify(area)}`);
        }
      }
    }
    assert.ok(inked > 10_000, `only ${inked} dark pixels: the pages were not rendered`);

    for (const file of ['booklet.pdf', 'booklet-print.pdf']) {
      const names = execFileSync('pdffonts', [join(out, file)], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim()).map((l) => l.trim().split(/\s+/)[0]!);
      assert.equal(names.length, 4, `${file}: ${names.join(', ')}`);
      assert.deepEqual(names.filter((n) => !BOOK_FACE.test(n)), [], `${file}: a face that is not the book’s`);
    }
  });
});

/** The type area of the page at a 0-based index: the first page is a recto, its gutter on the left. */
function typeArea(g: PageGeometry, index: number): Box {
  const left = index % 2 === 0 ? g.inner : g.outer;
  return { x0: left, y0: g.top, x1: g.width - (index % 2 === 0 ? g.outer : g.inner), y1: g.height - g.bottom };
}

function inside(b: Box, area: Box, slack: number): boolean {
  return b.x0 >= area.x0 - slack && b.x1 <= area.x1 + slack && b.y0 >= area.y0 - slack && b.y1 <= area.y1 + slack;
}

/** pdftotext -bbox output as words per page. */
function wordsByPage(xhtml: string): Word[][] {
  return xhtml.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
      text: m[5]!,
    })),
  );
}
