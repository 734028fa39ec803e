// booklet import from a PDF, as a user runs it (issue 21): a newspaper page of four columns printed by
// Chromium from the user's source text becomes manuscripts that hold every sentence in order, with the
// article's title, subtitle and author in the front matter and none of the paper's furniture, that lint
// without error and build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { launchBrowser } from '../../src/paginate/browser.js';
import { newspaperHtml, PAPER, printPdf, sourceArticles } from './pdf-fixtures.js';
import { CLI, withTempDir } from '../helpers.js';

const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--ui', 'en'], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
/** Letters, digits and Han: what the no-text-lost check compares. */
const bare = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

for (const [k, article] of sourceArticles().entries()) test(`a newspaper PDF of article ${k + 1} imports into manuscripts that hold its text in order, lint clean and build`, async () => {
  await withTempDir(async (dir) => {
    const chromium = await launchBrowser();
    let pdf: string;
    try {
      pdf = await printPdf(chromium.browser, dir, 'paper', newspaperHtml(article));
    } finally {
      await chromium.release();
    }
    const imported = run(dir, 'import', pdf, '--into', 'book');
    assert.equal(imported.status, 0, imported.stderr);
    const files = (await readdir(join(dir, 'book'))).filter((f) => f.endsWith('.md'));
    assert.equal(files.length, 1, files.join(', '));
    const text = await readFile(join(dir, 'book', files[0]!), 'utf8');
    const [, front = '', body = ''] = /^---\n([^]*?)\n---\n([^]*)$/.exec(text) ?? [];
    const meta = parse(front) as Record<string, unknown>;
    assert.equal(meta['title'], article.title);
    if (article.subtitle) assert.equal(meta['subtitle'], article.subtitle);
    assert.equal(meta['author'], article.byline.replace(/^■\s*/, ''));
    // Every block of the article, in order, in the body (or the front matter, for the source note).
    let at = 0;
    const all = bare(body);
    for (const block of article.blocks.filter((b) => b.kind !== 'note')) {
      const found = all.indexOf(bare(block.text), at);
      assert.ok(found >= at, `in order: ${block.text.slice(0, 20)}`);
      at = found + bare(block.text).length;
    }
    assert.ok(body.length > 2000, 'the body holds the article');
    assert.ok(!text.includes(PAPER.name) && !text.includes(PAPER.date), 'none of the paper\'s furniture');
    const lint = run(dir, 'lint', 'book');
    assert.equal(lint.status, 0, lint.stderr);
    const built = run(dir, 'build', 'book', '-e', 'html');
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stderr, /Built 1 edition in /);
  });
});
