// A part that cannot be laid out apart makes the book be laid out whole, once: never a loop. A typeset
// HTML whose body does not hold the parts the build made (a `</style>` in a value written into the head
// ends the head early and moves what follows into the body) is one clear error, not a retry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BookletError } from '../../src/diagnostics.js';
import { launchBrowser } from '../../src/paginate/browser.js';
import { paginateBook } from '../../src/paginate/paginate-book.js';
import { browserPool } from '../../src/paginate/browser-pool.js';
import type { Unit } from '../../src/paginate/units.js';
import { withTempDir } from '../helpers.js';

const units: Unit[] = [
  { index: 0, size: 1, weight: 1, key: 'a' },
  { index: 1, size: 1, weight: 1, key: 'b' },
];
const body = '<section class="article"><p>一</p></section><section class="article"><p>二</p></section>';

test('a broken head (elements pushed into the body) fails at once with a message, no endless retry', { timeout: 60_000 }, async () => {
  await withTempDir(async (dir) => {
    const html = join(dir, 'booklet.html');
    await writeFile(html, `<!doctype html><html><head><style>:root { --t: "a</style><p>x"; }</style></head><body>${body}</body></html>`);
    const browser = await launchBrowser();
    try {
      const started = Date.now();
      const error = await paginateBook(browserPool([browser], { file: html }), html, units, { width: 420, height: 595, fonts: new Map() }).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(error instanceof BookletError, `a BookletError, not ${String(error)}`);
      const [message] = error.messages;
      assert.equal(message?.ruleId, 'paginate');
      assert.match(message!.reason, /body holds 3 elements where the build typeset 2/);
      assert.match(message!.note ?? '', /<\/style>/);
      assert.ok(Date.now() - started < 20_000, `failed in ${Date.now() - started} ms`);
    } finally {
      await browser.release();
    }
  });
});

test('parts that do not open on a recto are laid out as one book, once', { timeout: 60_000 }, async () => {
  await withTempDir(async (dir) => {
    const html = join(dir, 'booklet.html');
    // No stylesheet: the second part does not break before a recto.
    await writeFile(html, `<!doctype html><html><head></head><body>${body}</body></html>`);
    const browser = await launchBrowser();
    try {
      const steps: string[] = [];
      const result = await paginateBook(browserPool([browser], { file: html }), html, units, { width: 420, height: 595, fonts: new Map(), step: (label) => (steps.push(label), () => {}) });
      assert.equal(result.facts.pages.length >= 1, true);
      assert.equal(steps.filter((s) => s.startsWith('Lay out the pages')).length, 2, `laid out apart, then whole: ${steps}`);
    } finally {
      await browser.release();
    }
  });
});
