// A pool of browsers (--browser-url more than once, booklet.yaml's `browsers:`): the parts of the book are
// laid out across all of them at once, and the parts of one that dies mid-build are laid out again on the
// others; the build fails only when none is left. Each browser here is a Chromium of the test's own on
// 127.0.0.1, as a node of a remote pool would be.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { build, type BuildOptions } from '../../src/build.js';
import { BookletError, createMemoryReporter, type Reporter } from '../../src/diagnostics.js';
import { say } from '../../src/ui/catalogue.js';
import { FIXTURES } from '../helpers.js';
import { startChromium, type LocalChromium } from './local-chromium.js';

const BOOK = join(FIXTURES, 'every-feature');
let dir: string;
/** The book built by Chromium started here, page by page: what every pool must make. */
let reference: string[][];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-pool-'));
  await build({ dir: BOOK, out: join(dir, 'reference'), editions: ['html', 'screen'], cache: false, reporter: createMemoryReporter() });
  reference = pageTexts(join(dir, 'reference', 'booklet.pdf'));
});

after(() => rm(dir, { recursive: true, force: true }));

/** Each page's words with their places (pdftotext -bbox): where each starts exactly, where it ends to
 *  0.1 pt. The end comes from the font's widths, which the join merges from the parts' PDFs: Chromium
 *  writes a glyph's width as it first met it in that PDF, so which parts share a page of Chromium moves
 *  the last glyph's end by up to 0.03 pt (the glyphs are drawn at the same places). */
function pageTexts(pdf: string): string[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  return html
    .split('<page ')
    .slice(1)
    .map((page) => [...page.matchAll(word)].map(([, x0, y0, x1, y1, text]) => `${x0} ${y0} ${Number(x1).toFixed(1)} ${Number(y1).toFixed(1)} ${text}`));
}

/** Start `n` Chromiums, and watch each for the pages a build opens in it. */
async function startPool(n: number): Promise<{ nodes: LocalChromium[]; opened: number[]; watchers: Browser[]; stop: () => Promise<void> }> {
  const nodes = await Promise.all(Array.from({ length: n }, () => startChromium()));
  const opened = nodes.map(() => 0);
  const watchers = await Promise.all(nodes.map((node) => puppeteer.connect({ browserWSEndpoint: node.ws })));
  watchers.forEach((watcher, i) => watcher.on('targetcreated', (target: { type(): string }) => void (target.type() === 'page' && (opened[i] = opened[i]! + 1))));
  const stop = async () => {
    await Promise.all(watchers.map((w) => w.disconnect().catch(() => {})));
    await Promise.all(nodes.map((node) => node.stop()));
  };
  return { nodes, opened, watchers, stop };
}

/** A memory reporter that calls `onStage` with each stage's label as it starts. */
function watchingReporter(onStage: (label: string) => void): Reporter & { messages: ReturnType<typeof createMemoryReporter>['messages'] } {
  const reporter = createMemoryReporter();
  return { ...reporter, stage: (label) => (onStage(typeof label === 'string' ? label : say('en', label)), () => {}) };
}

const poolBuild = (out: string, urls: string[], reporter: Reporter, more: Partial<BuildOptions> = {}) =>
  build({ dir: BOOK, out: join(dir, out), editions: ['html', 'screen'], browserUrls: urls, jobs: urls.length, cache: false, reporter, ...more });

test('two browsers: the parts are laid out in both at once, and the book is the one Chromium makes alone', async () => {
  const pool = await startPool(2);
  try {
    const reporter = createMemoryReporter();
    const result = await poolBuild('two', pool.nodes.map((n) => n.url), reporter);
    assert.equal(result.parts!.pages, 2);
    assert.ok(result.parts!.laidOut >= 3);
    assert.deepEqual(pool.opened.map((n) => n >= 1), [true, true], `pages opened in each: ${pool.opened.join(', ')}`);
    assert.deepEqual(pageTexts(join(dir, 'two', 'booklet.pdf')), reference);
    assert.deepEqual(reporter.messages.filter((m) => m.ruleId === 'browser'), []);
  } finally {
    await pool.stop();
  }
});

for (const [when, stages] of [['layout', /Load|Lay out/], ['print', /Print/]] as const) {
  test(`three browsers, one killed during the ${when}: its parts are laid out again on the other two`, async () => {
    const pool = await startPool(3);
    try {
      const victim = pool.nodes[1]!;
      let killed = false;
      const reporter = watchingReporter((label) => {
        // Once every page of the build is open (the stages of all three), kill the second browser.
        if (!killed && stages.test(label) && pool.opened[1]! >= 1) {
          killed = true;
          process.kill(victim.pid, 'SIGKILL');
        }
      });
      const out = `killed-${when}`;
      const result = await poolBuild(out, pool.nodes.map((n) => n.url), reporter);
      assert.ok(killed, 'the browser was killed during the build');
      assert.deepEqual(pageTexts(join(dir, out, 'booklet.pdf')), reference);
      const lost = reporter.messages.filter((m) => m.ruleId === 'browser');
      assert.equal(lost.length, 1);
      assert.equal(lost[0]!.fatal, false);
      assert.match(lost[0]!.reason, new RegExp(`The browser at ${victim.url.replace(/[.:/]/g, '\\$&')} went away during the build`));
      assert.ok(result.parts!.laidOut >= 3);
    } finally {
      await pool.stop();
    }
  });
}

test('a browser of the pool gone before the pagination begins (killed while the book is typeset): the others lay it out', async () => {
  const pool = await startPool(2);
  try {
    const victim = pool.nodes[1]!;
    let killed = false;
    const reporter = watchingReporter((label) => {
      if (!killed && /Typeset/.test(label)) {
        killed = true;
        process.kill(victim.pid, 'SIGKILL');
      }
    });
    await poolBuild('gone-early', pool.nodes.map((n) => n.url), reporter);
    assert.ok(killed);
    assert.deepEqual(pageTexts(join(dir, 'gone-early', 'booklet.pdf')), reference);
    const lost = reporter.messages.filter((m) => m.ruleId === 'browser');
    assert.deepEqual(lost.map((m) => m.reason), [`The browser at ${victim.url} went away during the build: its parts were laid out again in the others`]);
  } finally {
    await pool.stop();
  }
});

test('a browser of the pool cut off (stopped: its connection open, never answering) during the layout: its parts go to the others', async () => {
  const pool = await startPool(3);
  const victim = pool.nodes[1]!;
  try {
    let stopped = false;
    const reporter = watchingReporter((label) => {
      if (!stopped && /Load|Lay out/.test(label) && pool.opened[1]! >= 1) {
        stopped = true;
        process.kill(victim.pid, 'SIGSTOP');
      }
    });
    await poolBuild('cut-off', pool.nodes.map((n) => n.url), reporter, { pageTimeout: 3_000 });
    assert.ok(stopped);
    assert.deepEqual(pageTexts(join(dir, 'cut-off', 'booklet.pdf')), reference);
    const lost = reporter.messages.filter((m) => m.ruleId === 'browser');
    assert.deepEqual(lost.map((m) => m.reason), [`The browser at ${victim.url} went away during the build: its parts were laid out again in the others`]);
  } finally {
    process.kill(victim.pid, 'SIGCONT');
    await pool.stop();
  }
});

test('the only browser cut off (stopped) as the pagination begins: the build fails with one clear message, and no edition is written', async () => {
  const pool = await startPool(1);
  const [node] = pool.nodes;
  try {
    let stopped = false;
    const reporter = watchingReporter((label) => {
      if (!stopped && /Paginate/.test(label)) {
        stopped = true;
        process.kill(node!.pid, 'SIGSTOP');
      }
    });
    const error = await poolBuild('cut-off-alone', [node!.url], reporter, { pageTimeout: 3_000 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(stopped);
    assert.ok(error instanceof BookletError, String(error));
    assert.deepEqual(
      error.messages.map((m) => [m.file, m.reason]),
      [[join(dir, 'cut-off-alone', 'booklet.html'), 'The page of Chromium gave no answer for 3 s']],
    );
    await assert.rejects(readFile(join(dir, 'cut-off-alone', 'booklet.pdf')));
  } finally {
    process.kill(node!.pid, 'SIGCONT');
    await pool.stop();
  }
});

test('every browser of the pool killed: the build fails with one clear message, and no edition is written', async () => {
  const pool = await startPool(2);
  try {
    let killed = false;
    const reporter = watchingReporter((label) => {
      if (!killed && /Load|Lay out/.test(label) && pool.opened.every((n) => n >= 1)) {
        killed = true;
        pool.nodes.forEach((node) => process.kill(node.pid, 'SIGKILL'));
      }
    });
    const error = await poolBuild('none-left', pool.nodes.map((n) => n.url), reporter).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(killed);
    assert.ok(error instanceof BookletError, String(error));
    assert.match(error.messages[0]!.reason, /^Chromium quit while it paginated the book/);
    await assert.rejects(readFile(join(dir, 'none-left', 'booklet.pdf')));
  } finally {
    await pool.stop();
  }
});

test("booklet.yaml's browsers: is the pool; a value that is no DevTools address is refused at its line", async () => {
  const pool = await startPool(2);
  const copy = join(dir, 'yaml-book');
  try {
    await cp(BOOK, copy, { recursive: true });
    const yaml = await readFile(join(copy, 'booklet.yaml'), 'utf8');
    await writeFile(join(copy, 'booklet.yaml'), `${yaml}\nbrowsers:\n${pool.nodes.map((n) => `  - ${n.url}\n`).join('')}`);
    const result = await build({ dir: copy, out: join(dir, 'yaml-out'), editions: ['html', 'screen'], jobs: 2, cache: false, reporter: createMemoryReporter() });
    assert.equal(result.parts!.pages, 2);
    assert.deepEqual(pool.opened.map((n) => n >= 1), [true, true], `pages opened in each: ${pool.opened.join(', ')}`);
    const bad = `${yaml}\nbrowsers:\n  - ${pool.nodes[0]!.url}\n  - node2:9222\n`;
    await writeFile(join(copy, 'booklet.yaml'), bad);
    const error = await build({ dir: copy, out: join(dir, 'yaml-bad'), editions: ['html', 'screen'], reporter: createMemoryReporter() }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof BookletError, String(error));
    const [message] = error.messages;
    assert.equal(message!.line, bad.split('\n').indexOf('  - node2:9222') + 1);
    assert.match(message!.reason, /DevTools address/);
  } finally {
    await pool.stop();
  }
});
