// The contents and the footnotes as printed (issue 18, item 6), read from the screen PDF's words and
// their boxes (pdftotext -bbox): one leader style that ends a fixed gap before a right-aligned number,
// and footnotes under a short rule, called and numbered ① ② … per article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, FIXTURES } from '../helpers.js';

interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

let dir: string;
let words: Word[];
let byPage: Word[];

/** Build the fixture (with `yaml` added to its booklet.yaml) into `<dir>/<name>`; the screen PDF's words. */
async function build(name: string, yaml = ''): Promise<Word[]> {
  const book = join(dir, name);
  await cp(join(FIXTURES, 'faces'), book, { recursive: true });
  await appendFile(join(book, 'booklet.yaml'), yaml);
  const built = spawnSync(process.execPath, [CLI, 'build', book, '--out', join(book, 'out')], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  return pdfWords(join(book, 'out', 'booklet.pdf'));
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-notes-'));
  words = await build('article');
  byPage = await build('page', 'footnotes:\n  numbering: page\n');
});

after(() => rm(dir, { recursive: true, force: true }));

function pdfWords(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  html.split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      out.push({ page: i + 1, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! });
    }
  });
  return out;
}

/** The words of one page in lines (by their top, within 2 pt), top to bottom, each left to right. */
function lines(page: number, from = words): Word[][] {
  const rows: Word[][] = [];
  for (const w of from.filter((x) => x.page === page).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const row = rows.find((r) => Math.abs(r[0]!.y0 - w.y0) < 2);
    if (row) row.push(w);
    else rows.push([w]);
  }
  return rows.map((r) => r.sort((a, b) => a.x0 - b.x0));
}

const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

test('contents: one leader style, ending a fixed gap before numbers aligned right', () => {
  const page = words.find((w) => w.text === '目')!.page;
  const entries = lines(page)
    .filter((l) => /^\d+$/.test(l.at(-1)!.text) && l.some((w) => w.text === '·'))
    .map((l) => ({ number: l.at(-1)!, dots: l.filter((w) => w.text === '·') }));
  // Articles, sections and a wrapped section (its leader on its last line).
  assert.ok(entries.length >= 6, `${entries.length} entries with a leader`);
  const dotWidths = entries.flatMap((e) => e.dots.map((d) => d.x1 - d.x0));
  assert.ok(spread(dotWidths) < 0.05, `one dot glyph: widths ${[...new Set(dotWidths.map((w) => w.toFixed(2)))].join(', ')}`);
  const pitches = entries.flatMap((e) => e.dots.slice(1).map((d, i) => d.x0 - e.dots[i]!.x0));
  assert.ok(spread(pitches) < 0.05, `one pitch: ${[...new Set(pitches.map((p) => p.toFixed(2)))].join(', ')}`);
  const gaps = entries.map((e) => e.number.x0 - e.dots.at(-1)!.x1);
  assert.ok(spread(gaps) < 0.3 && Math.min(...gaps) > 3, `a fixed gap before the number (a cut dot would shorten it): ${gaps.map((g) => g.toFixed(2)).join(', ')}`);
  assert.ok(spread(entries.map((e) => e.number.x1)) < 0.3, 'numbers aligned right');
});

const CIRCLED = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/gu;
const ONE_CIRCLED = /^[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]$/u;
const circled = (n: number) => String.fromCodePoint(n <= 20 ? 0x2460 + n - 1 : n <= 35 ? 0x3251 + n - 21 : 0x32b1 + n - 36);
const run = (to: number) => Array.from({ length: to }, (_, i) => circled(i + 1));

/** Per page: the notes' numbers (`① 第一条…` at the foot) and the calls (circled numbers elsewhere). */
function notes(from: Word[]): { page: number; markers: string[]; calls: string[] }[] {
  const pages = [...new Set(from.map((w) => w.page))];
  return pages
    .map((page) => {
      const on = from.filter((w) => w.page === page);
      // A note's number starts its line at the type area's left edge; a call never starts a line.
      const left = Math.min(...on.map((w) => w.x0));
      const isMarker = (w: Word) => ONE_CIRCLED.test(w.text) && w.x0 - left < 1;
      const markers = on.filter(isMarker).map((w) => w.text);
      const calls = on.filter((w) => !isMarker(w)).flatMap((w) => w.text.match(CIRCLED) ?? []);
      return { page, markers, calls };
    })
    .filter((p) => p.markers.length > 0 || p.calls.length > 0);
}

test('footnotes: ① ② … for calls and notes, from ① in each article, across pages', () => {
  const found = notes(words);
  // Three articles with 3, 1 and 18 notes; the third one's run over four pages.
  assert.deepEqual(found.flatMap((p) => p.markers), [...run(3), ...run(1), ...run(18)]);
  for (const p of found) assert.deepEqual(p.calls, p.markers, `p. ${p.page}: every call and its note on one page, numbered alike`);
  assert.ok(found.length >= 5);
});

test('footnotes: numbering: page starts from ① on every page', () => {
  const found = notes(byPage);
  assert.ok(found.length >= 5);
  for (const p of found) {
    assert.deepEqual(p.markers, run(p.markers.length), `p. ${p.page}`);
    assert.deepEqual(p.calls, p.markers, `p. ${p.page}: the calls as their notes`);
  }
  assert.ok(found.some((p) => p.markers.length >= 4));
});

test('footnotes: a short rule above them, about a quarter of the measure', async () => {
  // The first page with notes, in grey at 72 dpi (1 px = 1 pt): the longest unbroken dark run of a row
  // in the lower half is the rule (text rows are broken between characters).
  const page = words.find((w) => w.text.includes('第一条脚注的文字'))!.page;
  const out = join(dir, 'rule');
  execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', String(page), '-l', String(page), '-singlefile', join(dir, 'article', 'out', 'booklet.pdf'), out]);
  const pgm = await readFile(`${out}.pgm`);
  const [, w, h] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 20).toString('latin1'))!.map(Number) as [number, number, number];
  const header = pgm.length - w * h;
  let longest = 0;
  for (let y = Math.floor(h / 2); y < h; y++) {
    let length = 0;
    for (let x = 0; x < w; x++) {
      length = pgm[header + y * w + x]! < 160 ? length + 1 : 0;
      longest = Math.max(longest, length);
    }
  }
  const contents = words.find((w) => w.text === '目')!.page;
  const entries = lines(contents).filter((l) => /^\d+$/.test(l.at(-1)!.text));
  const measure = Math.max(...entries.map((l) => l.at(-1)!.x1)) - Math.min(...entries.map((l) => l[0]!.x0));
  assert.ok(longest > 0.2 * measure && longest < 0.3 * measure, `rule ${longest} pt, measure ${measure.toFixed(1)} pt`);
});
