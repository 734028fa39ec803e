// booklet.yaml's `imposition:` as the build reads it: the sheet chosen from the trim or named (in any case,
// lying whichever way holds two pages), and a sheet too small, a creep that is not a number or a signature
// that is not a multiple of 4 refused at its line, with what to write instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { loadBooklet } from '../../src/config/load.js';
import { BookletError, formatMessage } from '../../src/diagnostics.js';
import type { ResolvedBooklet } from '../../src/config/resolve.js';
import { withTempDir } from '../helpers.js';

const valid = 'title: 读本\ncompiler: 编写组\ndate: 2026-01-01\narticles:\n  - 01.md\n';

/** Load `yaml` (with 01.md beside it): the booklet, or each message's line and its hint, in `ui`. */
async function load(yaml: string, ui: 'en' | 'zh' = 'en'): Promise<ResolvedBooklet | string[]> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'booklet.yaml'), yaml);
    await writeFile(join(dir, '01.md'), '---\ntitle: 一\n---\n正文');
    try {
      return await loadBooklet(dir);
    } catch (error) {
      if (!(error instanceof BookletError)) throw error;
      return error.messages.map((m) => formatMessage(m, dir, ui));
    }
  });
}

/** The booklet's imposition, its places as `booklet.yaml:line:column`. */
async function imposition(yaml: string) {
  const booklet = await load(yaml);
  assert.ok(!Array.isArray(booklet), String(booklet));
  const { places, ...rest } = booklet.imposition;
  const at = (place: { file: string; line?: number | undefined; column?: number | undefined }) => [basename(place.file), place.line, place.column].filter((p) => p !== undefined).join(':');
  return { ...rest, places: Object.fromEntries(Object.entries(places).map(([key, place]) => [key, at(place)])) };
}

const sheetOf = async (yaml: string) => {
  const { sheet } = await imposition(yaml);
  return `${sheet.name} ${sheet.width}×${sheet.height}`;
};

test('the default sheet: A4 lying landscape for A5 and 大32开, A3 for 16开, B5 and A4, A2 for a trim larger still', async () => {
  assert.deepEqual(await imposition(valid), {
    sheet: { name: 'A4', width: 297, height: 210 },
    named: false,
    creep: 0,
    marks: false,
    signatures: undefined,
    places: { sheet: 'booklet.yaml', creep: 'booklet.yaml', marks: 'booklet.yaml', signatures: 'booklet.yaml' },
  });
  const sheets = [];
  for (const size of ['大32开', '16开', 'B5', 'A4', '{width: 250, height: 300}']) sheets.push(await sheetOf(`${valid}page:\n  size: ${size}\n`));
  assert.deepEqual(sheets, ['A4 297×210', 'A3 420×297', 'A3 420×297', 'A3 420×297', 'A2 594×420']);
});

test('a named sheet, in any case, lies whichever way holds two pages; a sheet of {width, height}; the settings as given', async () => {
  assert.equal(await sheetOf(`${valid}imposition:\n  sheet: a3\n`), 'A3 420×297');
  // Two 64开 pages (92×126) stand across an A5 sheet lying landscape; a custom sheet as given.
  assert.equal(await sheetOf(`${valid}page:\n  size: 64开\nimposition:\n  sheet: A5\n`), 'A5 210×148');
  assert.equal(await sheetOf(`${valid}imposition:\n  sheet: {width: 220, height: 320}\n`), '220×320 mm 320×220');
  const given = await imposition(`${valid}imposition:\n  sheet: B4\n  creep: 0.1\n  marks: true\n  signatures: 16\n`);
  assert.deepEqual([given.sheet, given.named, given.creep, given.marks, given.signatures], [{ name: 'B4', width: 353, height: 250 }, true, 0.1, true, 16]);
  assert.deepEqual(given.places, { sheet: 'booklet.yaml:7:10', creep: 'booklet.yaml:8:10', marks: 'booklet.yaml:9:10', signatures: 'booklet.yaml:10:15' });
});

test('mistakes are refused at their line: a sheet too small, a creep that is no number, a signature not a multiple of 4', async () => {
  assert.deepEqual(await load(`${valid}imposition:\n  sheet: A5\n`), [
    'booklet.yaml:7:10 error The sheet, A5 (148×210 mm), cannot hold two A5 pages side by side (296×210 mm)  imposition\n' +
      '  hint: Name a larger sheet (A4 holds them), give {width, height} of at least 296×210 mm, or leave sheet: out for the default.',
  ]);
  assert.deepEqual(await load(`${valid}page:\n  size: 16开\nimposition:\n  sheet: {width: 300, height: 360}\n`, 'zh'), [
    'booklet.yaml:9:10 错误 纸张 300×360 mm 放不下并排的两个 16开 页面（370×260 mm）  imposition\n  提示：请换用更大的纸（A3 放得下），或给出至少 370×260 mm 的 {width, height}，或不写 sheet: 而用默认纸张。',
  ]);
  const first = (messages: ResolvedBooklet | string[]) => (Array.isArray(messages) ? messages.map((m) => m.split('\n')[0]) : messages);
  assert.deepEqual(first(await load(`${valid}imposition:\n  creep: 一点\n`)), ['booklet.yaml:7:10 error `imposition.creep` must be a number, not text  config']);
  assert.deepEqual(first(await load(`${valid}imposition:\n  creep: 3\n`)), ['booklet.yaml:7:10 error `imposition.creep` must be at most 1  config']);
  assert.deepEqual(first(await load(`${valid}imposition:\n  signatures: 18\n`)), ['booklet.yaml:7:15 error `imposition.signatures` must be a multiple of 4  config']);
  assert.deepEqual(first(await load(`${valid}imposition:\n  signatures: 18\n`, 'zh')), ['booklet.yaml:7:15 错误 `imposition.signatures` 应为 4 的倍数  config']);
  assert.deepEqual(first(await load(`${valid}imposition:\n  sheet: A6\n`)), [
    'booklet.yaml:7:10 error `imposition.sheet` must be one of: A5, A4, A3, A2, A1, A0, B5, B4, B3, or the other form in the hint; did you mean A5?  config',
  ]);
  const hint = (await load(`${valid}imposition:\n  signatures: 18\n`)) as string[];
  assert.match(hint[0]!, /hint: Pages per signature, for perfect binding/);
});
