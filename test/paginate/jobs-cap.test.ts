// --jobs asks for pages of Chromium at once; each is a Chromium of its own (~250 MB) on a core of its
// own. More than the machine has cores (or memory) for is capped, with a warning saying so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../../src/paginate/browser.js';
import { paginateBook } from '../../src/paginate/paginate-book.js';
import { browserPool } from '../../src/paginate/browser-pool.js';
import type { Unit } from '../../src/paginate/units.js';
import { withTempDir } from '../helpers.js';

test('--jobs 500 lays out in no more pages of Chromium than the machine has cores, and says so', { timeout: 90_000 }, async () => {
  await withTempDir(async (dir) => {
    const html = join(dir, 'booklet.html');
    const parts = ['一', '二', '三', '四'].map((t, i) => `<section class="${i > 0 ? 'recto' : ''}"><p>${t}</p></section>`).join('');
    await writeFile(html, `<!doctype html><html><head><style>.recto { break-before: right; }</style></head><body>${parts}</body></html>`);
    const units: Unit[] = [0, 1, 2, 3].map((index) => ({ index, size: 1, weight: 1, key: String(index) }));
    const browser = await launchBrowser();
    try {
      const result = await paginateBook(browserPool([browser], { file: html }), html, units, { jobs: 500, width: 420, height: 595, fonts: new Map() });
      assert.ok(result.pages <= availableParallelism(), `${result.pages} pages of Chromium on ${availableParallelism()} cores`);
      assert.equal(result.facts.pages.filter((p) => !p.blank).length, 4, 'every part laid out');
      const warning = result.warnings.find((m) => m.ruleId === 'jobs');
      assert.ok(warning, 'a warning about the cap');
      assert.equal(warning.fatal, false);
      assert.match(warning.reason, /^--jobs 500 is more than this machine runs at once: laying out with \d+ \(\d+ cores?, [\d.]+ GB free, ~250 MB each\)$/);
    } finally {
      await browser.release();
    }
  });
});
