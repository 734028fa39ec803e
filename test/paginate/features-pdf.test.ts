// The feature fixture (footnote, study boxes, table) through the PDF editions, and the failures a user
// can meet: Chromium missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildResult } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { pdfTextPages, type TextPage } from '../../src/proof/poppler.js';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';
import { layOutWithStyle } from './lay-out-html.js';

let dir: string;
let result: BuildResult;
let pages: TextPage[];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-features-'));
  result = await build({ dir: join(FIXTURES, 'basic'), out: dir, editions: ['html', 'screen'], reporter: createMemoryReporter() });
  pages = await pdfTextPages(join(dir, 'booklet.pdf'));
});

after(() => rm(dir, { recursive: true, force: true }));

const pageOf = (text: string) => pages.findIndex((p) => p.lines.map((l) => l.text).join('').includes(text)) + 1;

test('only the editions asked for are written', async () => {
  assert.deepEqual((await readdir(dir)).filter((f) => !f.startsWith('.')).sort(), ['booklet.html', 'booklet.pdf', 'fonts']);
});

test('a footnote is set at the foot of the page that calls it, below the text', () => {
  const call = pageOf('脚注在此');
  const note = pageOf('脚注内容。');
  assert.ok(call > 0 && note === call, `call on page ${call}, note on page ${note}`);
  const page = pages[call - 1]!;
  const noteLine = page.lines.find((l) => l.text.includes('脚注内容'))!;
  // The body text on that page: the lines of the paragraph that calls the note.
  const bodyLines = page.lines.filter((l) => l.text.includes('脚注在此'));
  assert.ok(bodyLines.length > 0, 'the calling paragraph is on the page');
  assert.ok(bodyLines.every((l) => l.yMax < noteLine.yMin), 'the note is below the body text');
});

test('a footnote that holds a list is set whole on its page', () => {
  const call = pageOf('不是指令');
  assert.ok(call > 0);
  assert.equal(pageOf('第二个脚注含列表'), call);
  assert.equal(pageOf('列表项甲'), call);
  assert.equal(pageOf('列表项乙'), call);
});

test('study boxes are laid out whole, with their titles', () => {
  assert.ok(pageOf('学习要点') > 0 && pageOf('课后思考') > 0, 'the boxes are in the PDF');
  assert.equal(pageOf('学习要点'), pageOf('要点二'));
  assert.equal(pageOf('课后思考'), pageOf('问题二？'));
  assert.equal(result.pagination!.pages.filter((p) => p.opens === 'article').length, 1);
});

test('a missing Chromium is one clear message, exit 1, and the previous outputs stay', async () => {
  await withTempDir(async (tmp) => {
    await cp(join(FIXTURES, 'basic'), join(tmp, 'manuscripts'), { recursive: true });
    // A good HTML build first; then the text changes (new font subsets) and the PDF build fails.
    const first = spawnSync(process.execPath, [CLI, 'build', '--edition', 'html'], { cwd: tmp, encoding: 'utf8' });
    assert.equal(first.status, 0, first.stderr);
    const previousHtml = await readFile(join(tmp, 'manuscripts', 'output', 'booklet.html'), 'utf8');
    await writeFile(join(tmp, 'manuscripts', '01-sample.md'), (await readFile(join(tmp, 'manuscripts', '01-sample.md'), 'utf8')) + '\n新增一段：龘靐齉。\n');
    await writeFile(join(tmp, 'manuscripts', 'output', 'booklet.pdf'), 'previous');
    const run = spawnSync(process.execPath, [CLI, 'build', '--chromium', '/nonexistent/chromium'], { cwd: tmp, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^\/nonexistent\/chromium error Chromium not found at \/nonexistent\/chromium  browser\n  hint: Install it with `apt-get install chromium-headless-shell`/m);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    assert.equal(await readFile(join(tmp, 'manuscripts', 'output', 'booklet.pdf'), 'utf8'), 'previous');
    assert.equal(await readFile(join(tmp, 'manuscripts', 'output', 'booklet.html'), 'utf8'), previousHtml);
    // Every font the previous booklet.html loads is still there.
    const urls = [...previousHtml.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1]!);
    assert.equal(urls.length, 4, `the four faces: ${urls.join(' ')}`);
    for (const url of urls) await readFile(join(tmp, 'manuscripts', 'output', url));
    assert.deepEqual((await readdir(join(tmp, 'manuscripts', 'output'))).filter((f) => f.endsWith('.tmp') || f.includes('.tmp.')), []);
  });
});

test('a file a user stylesheet names that is missing is a warning at its line, not a request of the page', async () => {
  await withTempDir(async (tmp) => {
    await cp(join(FIXTURES, 'basic'), join(tmp, 'm'), { recursive: true });
    await writeFile(join(tmp, 'm', 'extra.css'), '.cover { background-image: url("no-such-image.png"); }');
    const yaml = await readFile(join(tmp, 'm', 'booklet.yaml'), 'utf8');
    await writeFile(join(tmp, 'm', 'booklet.yaml'), `${yaml}styles:\n  - extra.css\n`);
    const reporter = createMemoryReporter();
    await build({ dir: join(tmp, 'm'), out: join(tmp, 'out'), editions: ['html', 'screen'], reporter });
    assert.deepEqual(
      reporter.messages.filter((m) => /^(page-request|stylesheet-url)/.test(m.ruleId ?? '')).map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.fatal}`),
      ['stylesheet-url 1:28 false'],
    );
  });
});

test('a failed request inside the page is reported as a warning naming the HTML', async () => {
  await withTempDir(async (tmp) => {
    await cp(join(FIXTURES, 'basic'), join(tmp, 'm'), { recursive: true });
    const { warnings, htmlPath } = await layOutWithStyle(join(tmp, 'm'), join(tmp, 'out'), '.cover { background-image: url("no-such-image.png"); }');
    const failed = warnings.filter((m) => m.ruleId === 'page-request');
    assert.equal(failed.length, 1, warnings.map((m) => m.reason).join('\n'));
    assert.match(failed[0]!.reason, /^Failed to load file:\/\/.*\/no-such-image\.png \(net::ERR_FILE_NOT_FOUND\)$/);
    assert.equal(failed[0]!.fatal, false);
    assert.equal(failed[0]!.file, htmlPath);
  });
});
