// `date` in booklet.yaml: the forms Chinese editors write, a month alone, YAML timestamps, and a message
// at its line naming the forms for anything else (it was "internal error: Invalid time value").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBooklet } from '../../src/config/load.js';
import type { ResolvedBooklet } from '../../src/config/resolve.js';
import { BookletError, formatMessage } from '../../src/diagnostics.js';
import { pdfMetadata } from '../../src/paginate/pdf-metadata.js';
import { packageDocument } from '../../src/epub/package-document.js';
import { withTempDir } from '../helpers.js';

const yaml = (date: string) => `title: 读本\ncompiler: 编写组\ndate: ${date}\narticles:\n  - 01.md\n`;

/** The booklet, or the first line of each message. */
async function load(text: string): Promise<ResolvedBooklet | string[]> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), text);
    await writeFile(join(dir, '01.md'), '---\ntitle: 一\n---\n正文');
    try {
      return await loadBooklet(dir);
    } catch (error) {
      if (!(error instanceof BookletError)) throw error;
      return error.messages.map((m) => formatMessage(m, dir).split('\n')[0]!);
    }
  });
}

const FORMS = '2026-12-01, 2026-12-1, 2026/12/01, 2026年12月1日, 2026年12月 or 2026-12';

test('every form a Chinese editor writes is read as the same day', async () => {
  for (const date of ['2026-12-01', '2026-12-1', '2026/12/01', '2026/12/1', '2026年12月1日', '"2026年12月1日"', "'2026-12-01'", '2026 年 12 月 1 日']) {
    const booklet = await load(yaml(date));
    assert.ok(!Array.isArray(booklet), `${date}: ${String(booklet)}`);
    assert.deepEqual(booklet.date, { year: 2026, month: 12, day: 1 }, date);
  }
});

test('a month alone is a month', async () => {
  for (const date of ['2026年12月', '2026-12', '2026/12']) {
    const booklet = await load(yaml(date));
    assert.ok(!Array.isArray(booklet), `${date}: ${String(booklet)}`);
    assert.deepEqual(booklet.date, { year: 2026, month: 12 }, date);
  }
});

test('a YAML 1.1 timestamp (a Date from the parser) is read as its day', async () => {
  for (const text of [`%YAML 1.1\n---\n${yaml('2026-12-01')}`, yaml('!!timestamp 2026-12-01')]) {
    const booklet = await load(text);
    assert.ok(!Array.isArray(booklet), `${text}: ${String(booklet)}`);
    assert.deepEqual(booklet.date, { year: 2026, month: 12, day: 1 });
  }
});

test('anything else is an error at its line naming the forms', async () => {
  for (const date of ['2026年12月1号', '2026.12.01', '12/01/2026', '20261201', '2026', '二〇二六年十二月', '2026-12/01', 'soon', '"2026-12-01T10:00"']) {
    assert.deepEqual(await load(yaml(date)), [`booklet.yaml:3:7 error \`date\` must be a date written ${FORMS}  config`], date);
  }
});

test('a date that does not exist, and year 0, are refused', async () => {
  for (const date of ['2026-02-30', '2026年2月29日', '2026-13', '2026年0月', '2026-12-32']) {
    const messages = await load(yaml(date));
    assert.ok(Array.isArray(messages) && messages.length === 1, date);
    assert.match(messages[0]!, /^booklet\.yaml:3:7 error `date` must be a real calendar date/, date);
  }
  assert.ok(!Array.isArray(await load(yaml('2024年2月29日'))), 'a leap day is a day');
  assert.deepEqual(await load(yaml('0000-01-01')), ['booklet.yaml:3:7 error `date` must be between 0001-01-01 and 9999-12-31 (what PDF and EPUB dates can hold)  config']);
  assert.ok(!Array.isArray(await load(yaml('0001-01-01'))), 'year 1 is a year');
});

test('a month goes into PDF dates as its first day and into the EPUB as the month', async () => {
  const booklet = await load(yaml('2026年12月'));
  assert.ok(!Array.isArray(booklet));
  assert.equal(pdfMetadata(booklet, [], {}).date.toISOString(), '2026-12-01T00:00:00.000Z');
  const opf = packageDocument({ booklet, articles: [], modified: new Date(0), manifest: [], spine: [] });
  assert.match(opf, /<dc:date>2026-12<\/dc:date>/);
  const day = await load(yaml('2026/1/5'));
  assert.ok(!Array.isArray(day));
  assert.equal(pdfMetadata(day, [], {}).date.toISOString(), '2026-01-05T00:00:00.000Z');
  assert.match(packageDocument({ booklet: day, articles: [], modified: new Date(0), manifest: [], spine: [] }), /<dc:date>2026-01-05<\/dc:date>/);
});
