// A table that the page breaks between its rows is no widow or orphan: its cells are whole lines of whole
// rows (cjk-print-rules D5 is about a paragraph's lines). Found by `booklet new`'s sample, whose table
// crossing a page failed the proof with one orphan per one-line cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFile, cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

test('a table split between its rows across a page proofs with no widow or orphan', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'book');
    const out = join(dir, 'out');
    await cp(join(FIXTURES, 'basic'), book, { recursive: true });
    const rows = Array.from({ length: 45 }, (_, i) => `| ${i + 1} | 第${i + 1}项学习内容 | 按计划完成 |`);
    await appendFile(join(book, '01-sample.md'), `\n## 学习安排\n\n各项学习内容的安排如下表。\n\n| 序号 | 内容 | 要求 |\n|---|---|---|\n${rows.join('\n')}\n\n以上安排可根据实际情况调整。\n`);
    const proof = spawnSync(process.execPath, [CLI, 'proof', book, '--out', out, '--ui', 'en'], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    const report = JSON.parse(await readFile(join(out, 'proof', 'report.json'), 'utf8')) as { findings: { check: string; message: string; page?: number }[] };
    // The table crosses a page: its first and last rows are on different pages of the PDF.
    const pages = execFileSync('pdftotext', [join(out, 'booklet.pdf'), '-'], { encoding: 'utf8' }).split('\f').map((p) => p.replace(/\s+/g, ''));
    const first = pages.findIndex((p) => p.includes('第1项学习内容'));
    const last = pages.findIndex((p) => p.includes('第45项学习内容'));
    assert.ok(first >= 0 && last > first, `the table crosses a page (rows 1 and 45 on PDF pages ${first + 1} and ${last + 1})`);
    assert.deepEqual(report.findings.filter((f) => f.check === 'widows-orphans').map((f) => `p${f.page} ${f.message}`), []);
    assert.equal(proof.status, 0, proof.stderr);
  });
});
