// booklet.schema.json (made by scripts/build-dist.sh from the zod schema) as an editor uses it: every
// booklet.yaml of the project validates against it, known mistakes do not, and it carries the schema's
// descriptions and defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { bookletJsonSchema } from '../../src/config/json-schema.js';
import { FIXTURES, ROOT } from '../helpers.js';

const shipped = JSON.parse(await readFile(join(ROOT, 'booklet.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: false }).compile(shipped);
const valid = (text: string) => validate(parse(text) as unknown);

test('the shipped file is the schema the source makes', () => {
  assert.deepEqual(shipped, bookletJsonSchema());
});

test('the project\'s booklet.yaml and every fixture\'s validate', async () => {
  const files = [join(ROOT, 'manuscripts', 'booklet.yaml')];
  for (const entry of await readdir(FIXTURES)) if (existsSync(join(FIXTURES, entry, 'booklet.yaml'))) files.push(join(FIXTURES, entry, 'booklet.yaml'));
  assert.ok(files.length >= 6);
  for (const file of files) assert.ok(valid(await readFile(file, 'utf8')), `${file}: ${JSON.stringify(validate.errors)}`);
});

const base = 'title: 读本\ncompiler: 编写组\ndate: 2026年12月\narticles:\n  - 01.md\n';

test('what the build reads through a preprocess or a case-insensitive regex validates as written: a size in any case, dates in each form, a language tag or a face file in any case', () => {
  for (const extra of ['language: zh-hant-TW\n', 'faces:\n  body: fonts/KAI.TTF\n', 'page:\n  size: a5\n', 'page:\n  size: 32开\n', 'page:\n  size: { width: 120, height: 180 }\n', 'date: 2026\n', 'date: 2026-12-01\n']) {
    const text = extra.startsWith('date') ? base.replace(/date: .*\n/, extra) : base + extra;
    assert.ok(valid(text), `${extra}: ${JSON.stringify(validate.errors)}`);
  }
});

test('known mistakes fail: an unknown key, a size that does not exist, a margin too small, depth 4, no articles', () => {
  for (const bad of [`${base}titel: x\n`, `${base}language: ja\n`, `${base}faces:\n  body: fonts/kai.pdf\n`, `${base}page:\n  size: B7\n`, `${base}page:\n  margins: { top: 2 }\n`, `${base}contents:\n  depth: 4\n`, `${base}runningHeads:\n  verso: chapter\n`, base.replace(/articles:[\s\S]*/, '')]) {
    assert.equal(valid(bad), false, bad);
  }
});

test('descriptions and defaults are in it, for the editor to show', () => {
  const properties = shipped['properties'] as Record<string, { description?: string; default?: unknown; properties?: Record<string, { description?: string; default?: unknown }> }>;
  assert.match(properties['title']!.description!, /booklet title/);
  assert.equal(properties['edition']!.default, '第1版');
  assert.equal(properties['page']!.properties!['size']!.default, 'A5');
  assert.equal(properties['contents']!.properties!['depth']!.default, 2);
  assert.equal(properties['runningHeads']!.properties!['verso']!.default, 'title');
  assert.match(properties['page']!.properties!['margins']!.description!, /outer and the bottom margin/);
});
