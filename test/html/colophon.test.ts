// The colophon (GB/T 12450): 版次 and 印次 by month, 开本 as sheet and fraction for the standard trims,
// 字数 counted by the build, the internal-study line when asked, and the 字体 line only when asked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBooklet } from '../../src/config/load.js';
import { readManuscripts } from '../../src/manuscript/read.js';
import { renderHtml } from '../../src/html/render-html.js';
import { withTempDir } from '../helpers.js';

/** The colophon of a one-article booklet as `term：value` lines (and its other paragraphs). */
async function colophon(yaml: string, body = '正文。'): Promise<string[]> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), `title: 读本\ncompiler: 编写组\narticles:\n  - 01-a.md\n${yaml}`);
    await writeFile(join(dir, '01-a.md'), `---\ntitle: 标题\n---\n\n${body}\n`);
    const booklet = await loadBooklet(dir);
    const { html } = await renderHtml(booklet, await readManuscripts(booklet, dir));
    const section = /<section class="colophon"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const rows = [...section.matchAll(/<dt>([^<]*)<\/dt><dd>([^<]*)<\/dd>/g)].map((m) => `${m[1]}：${m[2]}`);
    return [...rows, ...[...section.matchAll(/<p[^>]*>([^<]*)<\/p>/g)].map((m) => m[1]!)];
  });
}

test('版次 is by month, 开本 A5 is 880mm×1230mm 1/32, no 印次, no 字体 by default', async () => {
  assert.deepEqual(await colophon('date: 2026-12-01\n'), ['书名：读本', '编者：编写组', '开本：880mm×1230mm 1/32', '字数：1千字', '版次：2026年12月第1版']);
});

test('印次 when given, the internal-study line and the 字体 line when asked', async () => {
  const rows = await colophon('date: 2026年12月1日\nimpression: 2\ninternal: true\ncolophon:\n  fonts: true\n');
  assert.ok(rows.includes('版次：2026年12月第1版'), rows.join('\n'));
  assert.ok(rows.includes('印次：2026年12月第2次印刷'), rows.join('\n'));
  assert.ok(rows.includes('字体：Noto Serif SC、Noto Sans SC（SIL Open Font License）'), rows.join('\n'));
  assert.equal(rows.at(-1), '内部学习资料　注意保存');
});

test('开本: the standard sheets of GB/T 788, else the trim in mm', async () => {
  const size = async (page: string) => (await colophon(`date: 2026-12\npage:\n  size: ${page}\n`)).find((r) => r.startsWith('开本'));
  assert.equal(await size('大32开'), '开本：850mm×1168mm 1/32');
  assert.equal(await size('16开'), '开本：787mm×1092mm 1/16');
  assert.equal(await size('{ width: 148, height: 210 }'), '开本：880mm×1230mm 1/32');
  assert.equal(await size('{ width: 150, height: 220 }'), '开本：150mm×220mm');
});

test('字数 is counted from the printed text, in thousands rounded up', async () => {
  // 2,500 characters of body, plus the title's 2 and the footnote's.
  const rows = await colophon('date: 2026-12\n', `${'学'.repeat(2500)}[^1]\n\n[^1]: 注。`);
  assert.ok(rows.includes('字数：3千字'), rows.join('\n'));
  const short = await colophon('date: 2026-12\n', '学'.repeat(990));
  assert.ok(short.includes('字数：1千字'), short.join('\n'));
  const more = await colophon('date: 2026-12\n', '学'.repeat(1001));
  assert.ok(more.includes('字数：2千字'), more.join('\n'));
});
