// booklet proof as a user runs it: the project's booklet proofs clean against its committed baseline;
// manuscripts that break a rule get a finding at the right page and line; a one-character change fails
// with the page named and --approve makes it pass; the report loads in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { proofBooklet, type ProofResult } from '../../src/proof/proof-booklet.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { launchBrowser } from '../../src/paginate/browser.js';
import { subsetFace } from '../../src/html/subset-face.js';
import { FONT_FACES } from '../../src/html/fonts.js';
import { CLI, ROOT } from '../helpers.js';

let dir: string;
let project: ProofResult;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-proof-'));
  project = await proofBooklet({ dir: join(ROOT, 'manuscripts'), out: join(dir, 'project'), reporter: createMemoryReporter() });
});

after(() => rm(dir, { recursive: true, force: true }));

test('the project’s booklet: no error finding, and every page matches the committed baseline', () => {
  assert.deepEqual(project.findings.filter((f) => f.severity === 'error'), []);
  // Compared with the committed pages: with no baseline found, nothing is compared and there is no change.
  assert.deepEqual(project.baseline, { path: join(ROOT, 'manuscripts', 'proof-baseline'), found: true });
  assert.deepEqual(project.changes, []);
  assert.ok(project.pages >= 16);
  assert.ok(project.ok);
});

test('the report: index.html loads in Chromium with every thumbnail; report.json and junit.xml', async () => {
  const report = JSON.parse(await readFile(join(project.reportDir, 'report.json'), 'utf8')) as { pages: number; checks: unknown[] };
  assert.equal(report.pages, project.pages);
  assert.ok(report.checks.length >= 18);
  const junit = await readFile(join(project.reportDir, 'junit.xml'), 'utf8');
  assert.match(junit, /<testsuite name="booklet proof: 学习读本：人工智能与高质量发展" tests="\d+" failures="0" skipped="0">/);
  const { browser } = await launchBrowser();
  try {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(pathToFileURL(join(project.reportDir, 'index.html')).href, { waitUntil: 'load' });
    const images = await page.evaluate(async () => {
      const all = [...document.images];
      all.forEach((img) => (img.loading = 'eager'));
      await Promise.all(all.map((img) => (img.complete ? undefined : new Promise((r) => img.addEventListener('load', r, { once: true })))));
      return all.map((img) => img.naturalWidth);
    });
    assert.equal(images.length, project.pages);
    assert.ok(images.every((w) => w > 500), `thumbnail widths ${images.join(',')}`);
    assert.deepEqual(failed, []);
  } finally {
    await browser.close();
  }
});

/** A one-article booklet with `body` as its text (and `css` as an extra stylesheet), proofed. */
async function proofOf(name: string, body: string, yaml = '', css = ''): Promise<ProofResult> {
  const book = join(dir, name);
  await mkdir(book, { recursive: true });
  const styles = css ? 'styles:\n  - extra.css\n' : '';
  await writeFile(join(book, 'booklet.yaml'), `title: 测试\ncompiler: 测试组\ndate: 2026-01-01\n${styles}articles:\n  - 01-case.md\n${yaml}`);
  if (css) await writeFile(join(book, 'extra.css'), css);
  await writeFile(join(book, '01-case.md'), `---\ntitle: 样例\n---\n\n${body}\n`);
  return proofBooklet({ dir: book, out: join(book, 'out'), approve: true, reporter: createMemoryReporter() });
}

const summary = (r: ProofResult) => r.findings.map((f) => `${f.check} ${f.severity} p${f.page ?? '-'} ${f.file ? basename(f.file) : '-'}:${f.line ?? '-'}`);

test('a clean manuscript gets no finding', async () => {
  assert.deepEqual(summary(await proofOf('clean', '这是一段正常的文字，其中有“引号”和《书名》，还有破折号——说明。\n\n第二段文字也很正常。')), []);
});

test('a hard line break before ， makes a line start with it (line-start)', async () => {
  assert.deepEqual(summary(await proofOf('line-start', '第一段。\n\n这一行在这里断开\\\n，逗号开头的下一行。')), ['line-start error p7 01-case.md:7']);
});

test('booklet.yaml can turn a check off or change its severity', async () => {
  const off = await proofOf('line-start-off', '第一段。\n\n这一行在这里断开\\\n，逗号开头的下一行。', 'proof:\n  checks:\n    line-start: off\n');
  assert.deepEqual(summary(off), []);
  const warn = await proofOf('line-start-warn', '第一段。\n\n这一行在这里断开\\\n，逗号开头的下一行。', 'proof:\n  checks:\n    line-start: warning\n');
  assert.deepEqual(summary(warn), ['line-start warning p7 01-case.md:7']);
  assert.ok(warn.ok, 'warnings alone do not fail the proof');
  await assert.rejects(proofOf('unknown-check', '正文。', 'proof:\n  checks:\n    no-such-check: off\n'), /Unknown proof check `no-such-check`/);
});

test('a hard line break after “ makes a line end with it (line-end)', async () => {
  assert.deepEqual(summary(await proofOf('line-end', '第一段。\n\n这一行以引号结尾“\\\n下一行”。')), ['line-end error p7 01-case.md:7']);
});

test('a hard line break inside —— splits the dash (split-mark)', async () => {
  // The second half of a split dash also starts a line: both rules are broken, and both are reported.
  assert.deepEqual(summary(await proofOf('split-mark', '第一段。\n\n说明—\\\n—继续。')), ['line-start error p7 01-case.md:7', 'split-mark error p7 01-case.md:7']);
});

test('a character no booklet font has: tofu at its line, and the system font that drew it', async () => {
  const result = await proofOf('fallback', '第一段。\n\n亚美尼亚字母Ա。');
  assert.deepEqual(summary(result).filter((s) => s.startsWith('tofu')), ['tofu error p- 01-case.md:7']);
  assert.deepEqual(summary(result).filter((s) => !s.startsWith('tofu')).map((s) => s.split(' ')[0]), ['font-allowlist']);
});

test('a face that a user stylesheet loads is the user’s to use: no font-allowlist finding', async () => {
  const black = join(dirname(dirname(FONT_FACES[0]!.path)), '900Black', 'NotoSerifSC_900Black.ttf');
  await mkdir(join(dir, 'user-face'), { recursive: true });
  await writeFile(join(dir, 'user-face', 'black.ttf'), await subsetFace(black, '样例', { retainGids: false }));
  const result = await proofOf('user-face', '第一段。', '', '@font-face { font-family: "My Black"; src: url(black.ttf); }\n.article-title { font-family: "My Black"; }\n');
  assert.deepEqual(summary(result), []);
  const fonts = execFileSync('pdffonts', [join(dir, 'user-face', 'out', 'booklet.pdf')], { encoding: 'utf8' });
  assert.match(fonts, /\+NotoSerifSC-Black +CID TrueType/, 'the title is drawn with it');
});

test('changing one character fails proof with the changed page named; --approve makes it pass', async () => {
  const book = join(dir, 'edit');
  await cp(join(ROOT, 'manuscripts'), book, { recursive: true });
  const file = join(book, '02-heyuan.md');
  await writeFile(file, (await readFile(file, 'utf8')).replace('绿色发展是构建现代化产业体系的必然要求', '绿色发展是构建现代化产业体系的必要要求'));
  const env = { ...process.env, CI: 'true' };
  const failed = spawnSync(process.execPath, [CLI, 'proof', book, '--out', join(book, 'out')], { encoding: 'utf8', env });
  assert.equal(failed.status, 1, failed.stderr);
  // The 19th page of the PDF, numbered 13 (the front matter has no folio).
  assert.match(failed.stderr, /^p\. 13 \(PDF p\. 19\): changed \(\d+ px differ\)$/m);
  assert.doesNotMatch(failed.stderr, /^(?!p\. 13 \(PDF p\. 19\)).*: changed/m, 'only that page changed');
  // The report: findings (none), the spreads, then the change, named as on the terminal.
  const html = await readFile(join(book, 'out', 'proof', 'index.html'), 'utf8');
  const at = ['<section class="findings"', '<section class="sheet"', '<section class="changes"', '<h3>p. 13 (PDF p. 19): changed'].map((s) => html.indexOf(s));
  assert.ok(at[0]! > 0 && at[0]! < at[1]! && at[1]! < at[2]! && at[2]! < at[3]!, `sections at ${JSON.stringify(at)}`);
  assert.deepEqual((JSON.parse(await readFile(join(book, 'out', 'proof', 'report.json'), 'utf8')) as { baseline: unknown }).baseline, { path: join(book, 'proof-baseline'), found: true });
  const approved = spawnSync(process.execPath, [CLI, 'proof', book, '--out', join(book, 'out'), '--approve'], { encoding: 'utf8', env });
  assert.equal(approved.status, 0, approved.stderr);
  const again = spawnSync(process.execPath, [CLI, 'proof', book, '--out', join(book, 'out')], { encoding: 'utf8', env });
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /0 errors, 0 warnings, 0 changed pages/);
});

const han = (n: number) => '甲乙丙丁戊己庚辛壬癸'.repeat(Math.ceil(n / 10)).slice(0, n);
/** The article's header as exactly N lines (no margins), to put text where a case needs it. */
const header = (lines: number) => `.article-header, .article-header * { margin: 0 !important; } .article-header { height: calc(var(--pitch) * ${lines}); }`;

/**
 * Faults the booklet's own styles prevent, made by a user stylesheet (booklet.yaml `styles:`), as a user's
 * own CSS could. Each case names the finding it must produce (check, page, manuscript line) and the
 * findings that the same fault necessarily brings with it.
 */
const CASES: { check: string; body: string; css: string; expect: string[]; also?: string[] }[] = [
  { check: 'narrow-quote', body: '他说“好的”然后离开了。', css: 'p { font-feature-settings: "pwid"; }', expect: ['narrow-quote error p7 01-case.md:5', 'narrow-quote error p7 01-case.md:5'] },
  { check: 'punctuation-compression', body: '他说完了。“好的。”然后离开了。', css: 'p { text-spacing-trim: space-all; }', expect: ['punctuation-compression warning p7 01-case.md:5', 'punctuation-compression warning p7 01-case.md:5'] },
  // Text pushed past the type area is cut off the page: that is lost text too.
  { check: 'overflow', body: '这一段不许换行所以一直写下去直到超出版心的右边还在继续写更多的文字。', css: 'p { white-space: nowrap; }', expect: ['overflow error p7 01-case.md:5'], also: ['text-lost'] },
  { check: 'page-overflow', body: '正文。', css: '.article-header { height: 2000px; }', expect: ['page-overflow error p8 01-case.md:5'], also: ['overflow', 'single-line-page', 'running-heads'] },
  { check: 'heading-at-foot', body: `第一段。\n\n## 小标题\n\n${han(80)}。`, css: 'h2 { break-after: page !important; }', expect: ['heading-at-foot error p7 01-case.md:7'] },
  { check: 'widows-orphans', body: `${han(585)}。\n\n${han(80)}。`, css: `${header(5)} p { orphans: 1; widows: 1; }`, expect: ['widows-orphans error p8 01-case.md:5'] },
  { check: 'orphan-character', body: `${han(27)}。`, css: 'p { text-wrap: wrap; }', expect: ['orphan-character warning p7 01-case.md:5'] },
  // The build moves lines over with a lone last line (keep-lines.test.ts): off, as for widows.
  { check: 'single-line-page', body: `${han(137)}。\n\n最后一行。`, css: `${header(20)} p { orphans: 1; widows: 1; }`, expect: ['single-line-page error p8 01-case.md:7'] },
  { check: 'verso-start', body: '正文。', css: '.toc + .article { break-before: left; }', expect: ['verso-start error p6 01-case.md:1'] },
  { check: 'running-heads', body: `${han(300)}。\n\n${han(300)}。`, css: '@page body:left { @top-left { content: "错误的书眉"; } }', expect: ['running-heads error p8 -:-'] },
  { check: 'toc-pages', body: '正文。', css: '.toc a::after { content: "99"; }', expect: ['toc-pages error p7 -:-'] },
  // Debian's Noto CJK is CFF: Chromium embeds it as Type 3, and it is not one of the booklet's faces.
  { check: 'fonts-embedded', body: '正文文字。', css: 'p { font-family: "Noto Serif CJK SC"; }', expect: ['fonts-embedded error p- -:-'], also: ['font-allowlist'] },
  { check: 'text-lost', body: '第一段。\n\n第二段会消失。\n\n第三段。', css: '.article p:nth-of-type(2) { display: none; }', expect: ['text-lost error p- 01-case.md:7'] },
];

for (const c of CASES) {
  test(`${c.check}: a booklet that breaks it gets the finding at its page and line`, async () => {
    const found = summary(await proofOf(`case-${c.check}`, c.body, '', c.css));
    const main = found.filter((f) => f.startsWith(`${c.check} `));
    assert.ok(main.length > 0, `no ${c.check} finding in ${JSON.stringify(found)}`);
    assert.deepEqual([...new Set(main)], [...new Set(c.expect)]);
    const others = [...new Set(found.filter((f) => !f.startsWith(`${c.check} `)).map((f) => f.split(' ')[0]))];
    assert.deepEqual(others.filter((o) => !(c.also ?? []).includes(o!)), [], `other checks fired: ${JSON.stringify(found)}`);
  });
}
