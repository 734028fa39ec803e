// A page cache that is well-formed but wrong (a layout cut short, pages out of range, names that lead out
// of the cache folder: edited by hand, a restored CI cache): the build takes none of it, lays the parts out
// again and makes the same book as from no cache, exit 0; nothing outside the cache gets into an edition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { pdfInfo } from '../../src/proof/poppler.js';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

interface Index {
  layouts: Record<string, { pages: unknown[]; anchors: { page: number }[] }>;
  prints: Record<string, { pdf: string; indices: number[]; facts: unknown[]; anchors: { page: number }[]; cover?: string }>;
}

function build(out: string, editions = 'screen') {
  const run = spawnSync(process.execPath, [CLI, 'build', join(FIXTURES, 'basic'), '--out', out, '-e', editions], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
  return run.stderr;
}

/** Build once, damage the index with `edit`, build again: the pages of the book from the damaged cache. */
async function rebuiltWith(
  edit: (index: Index, dir: string) => Promise<void> | void,
  editions = 'screen',
  inspect?: (out: string) => Promise<void>,
): Promise<{ before: string; after: string; stderr: string }> {
  return withTempDir(async (dir) => {
    const out = join(dir, 'out');
    build(out, editions);
    const before = (await pdfInfo(join(out, 'booklet.pdf')))['Pages']!;
    const file = join(out, '.cache', 'pages', 'index.json');
    const index = JSON.parse(await readFile(file, 'utf8')) as Index;
    await edit(index, dir);
    await writeFile(file, JSON.stringify(index));
    const stderr = build(out, editions);
    await inspect?.(out);
    return { before, after: (await pdfInfo(join(out, 'booklet.pdf')))['Pages']!, stderr };
  });
}

/** The unit with the most pages (the article). */
const longest = <T extends { pages?: unknown[]; indices?: number[] }>(entries: Record<string, T>) =>
  Object.values(entries).sort((a, b) => (b.pages ?? b.indices)!.length - (a.pages ?? a.indices)!.length)[0]!;

test('a cached layout cut short: the part is laid out again, no page is lost', async () => {
  const { before, after, stderr } = await rebuiltWith((index) => {
    const layout = longest(index.layouts);
    assert.ok(layout.pages.length >= 2);
    layout.pages.pop();
    layout.anchors = layout.anchors.filter((a) => a.page <= layout.pages.length);
  });
  assert.equal(after, before, stderr);
});

test('a cached print cut short (its pages no longer those of its layout): a cache miss', async () => {
  const { before, after, stderr } = await rebuiltWith((index) => {
    const print = longest(index.prints);
    print.indices.pop();
    print.facts.pop();
    print.anchors = print.anchors.filter((a) => a.page <= print.indices.length);
  });
  assert.equal(after, before, stderr);
  assert.match(stderr, /1 of 4 parts laid out, 3 from the cache/);
});

test('cached pages out of range (of the PDF, of the unit): a cache miss, not an error', async () => {
  for (const damage of [
    (p: Index['prints'][string]) => (p.indices = p.indices.map((i) => i + 1000)),
    (p: Index['prints'][string]) => (p.indices = p.indices.map(() => -1)),
    (p: Index['prints'][string]) => (p.anchors = p.anchors.map((a) => ({ ...a, page: 99 }))),
  ]) {
    const { before, after, stderr } = await rebuiltWith((index) => void Object.values(index.prints).forEach(damage));
    assert.equal(after, before, stderr);
    assert.match(stderr, /4 of 4 parts laid out, 0 from the cache/);
  }
  const { before, after, stderr } = await rebuiltWith((index) => void Object.values(index.layouts).forEach((l) => (l.anchors = l.anchors.map((a) => ({ ...a, page: 50 })))));
  assert.equal(after, before, stderr);
});

test('names in the index that lead out of the cache folder are not read', async () => {
  const secret = 'SECRET-OUTSIDE-THE-CACHE';
  const { before, after, stderr } = await rebuiltWith(
    async (index, dir) => {
      await writeFile(join(dir, 'secret.png'), secret);
      for (const print of Object.values(index.prints)) {
        if (print.cover) print.cover = '../../../secret.png';
        // A good PDF, but outside the cache.
        await copyFile(join(dir, 'out', '.cache', 'pages', print.pdf), join(dir, 'outside.pdf'));
        print.pdf = '../../../outside.pdf';
      }
    },
    'all',
    async (out) => {
      const cover = unzipSync(await readFile(join(out, 'booklet.epub')))['OEBPS/images/cover.png'];
      assert.ok(cover && cover.length > 100, 'a cover rendered by the build');
      assert.ok(!Buffer.from(cover).toString('latin1').includes(secret), 'not the file outside the cache');
    },
  );
  assert.equal(after, before);
  assert.match(stderr, /4 of 4 parts laid out, 0 from the cache/);
});
