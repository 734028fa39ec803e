// A booklet written in Traditional Chinese (test/fixtures/hant: 《孟子》《中庸》 from the npm package
// chinese-poetry, MIT) builds and proofs with zero errors through the CLI, and says what it is: 目錄 and
// the text in the PDF, PDF /Lang zh-TW, the TC faces embedded as TrueType, EPUB dc:language zh-Hant with
// a Traditional navigation and summary, and EPUBCheck clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { CLI, ROOT } from '../helpers.js';
import { epubcheck } from '../epub/epubcheck.js';

const run = promisify(execFile);
const FIXTURE = join(ROOT, 'test', 'fixtures', 'hant');
let out: string;

before(async () => {
  out = await mkdtemp(join(tmpdir(), 'booklet-hant-'));
  await run(process.execPath, [CLI, 'build', FIXTURE, '--out', out], { maxBuffer: 16 << 20 });
});
after(() => rm(out, { recursive: true, force: true }));

test('proof: zero errors and zero warnings (the centred stops are not taken for uncompressed pairs)', async () => {
  const { stdout, stderr } = await run(process.execPath, [CLI, 'proof', FIXTURE, '--out', out], { maxBuffer: 16 << 20 });
  assert.match(`${stdout}${stderr}`, /\b0 errors, 0 warnings\b/, `${stdout}${stderr}`);
});

test('the PDF: 目錄, the text and the colophon in Traditional, /Lang zh-TW, TC faces as TrueType', async () => {
  const pdf = join(out, 'booklet.pdf');
  const text = (await run('pdftotext', ['-nopgbrk', pdf, '-'])).stdout.replace(/\s+/g, '');
  for (const found of ['目錄', '孟子見梁惠王', '不遠千里而來，亦將有以利吾國乎？」', '學習要點', '思考題', '天命之謂性', '編者', '開本', '字數', '內部學習資料注意保存']) assert.ok(text.includes(found), found);
  for (const simplified of ['目录', '学习要点', '编者', '字数']) assert.ok(!text.includes(simplified), simplified);
  const bytes = await readFile(pdf, 'latin1');
  assert.deepEqual([...new Set([...bytes.matchAll(/\/Lang\s*\(([^)]*)\)/g)].map((m) => m[1]))], ['zh-TW']);
  const fonts = (await run('pdffonts', [pdf])).stdout.split('\n').slice(2).filter(Boolean);
  assert.ok(fonts.length > 0 && fonts.every((row) => /\+NotoS(erif|ans)TC-\S+\s+CID TrueType/.test(row)), fonts.join('\n'));
});

test('the EPUB: dc:language and xml:lang zh-Hant, a Traditional nav and summary, EPUBCheck clean', async () => {
  const epub = join(out, 'booklet.epub');
  const files = unzipSync(await readFile(epub));
  const opf = strFromU8(files['OEBPS/content.opf']!);
  assert.match(opf, /<dc:language>zh-Hant<\/dc:language>/);
  assert.match(opf, /xml:lang="zh-Hant"/);
  assert.match(opf, /本書為流動版型的繁體中文電子書/);
  const nav = strFromU8(files['OEBPS/nav.xhtml']!);
  assert.match(nav, /<html[^>]* lang="zh-Hant"/);
  for (const word of ['<h1>目錄</h1>', '導覽', '版權頁', '頁碼']) assert.ok(nav.includes(word), word);
  assert.match(strFromU8(files['OEBPS/mengzi.xhtml']!), /xml:lang="zh-Hant"/);
  const report = await epubcheck(epub);
  assert.match(report, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, report);
});
