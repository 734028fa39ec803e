// The contents and the footnotes as printed (issue 18, item 6), read from the screen PDF's words and
// their boxes (pdftotext -bbox): one leader style that ends a fixed gap before a right-aligned number,
// and footnotes under a short rule, called and numbered ① ② … per article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
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

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-notes-'));
  const book = join(dir, 'book');
  await cp(join(FIXTURES, 'faces'), book, { recursive: true });
  const built = spawnSync(process.execPath, [CLI, 'build', book, '--out', join(dir, 'out')], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  words = pdfWords(join(dir, 'out', 'booklet.pdf'));
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
function lines(page: number): Word[][] {
  const rows: Word[][] = [];
  for (const w of words.filter((x) => x.page === page).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
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
