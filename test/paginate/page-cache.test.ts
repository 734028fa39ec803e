// The page cache's index: what a build saves, the next one reads; a damaged or foreign index is an empty
// cache (the build lays everything out again), never an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPageCache, type UnitLayout, type UnitPrint } from '../../src/paginate/page-cache.js';
import type { PageFacts } from '../../src/paginate/in-page/bridge.js';
import { withTempDir } from '../helpers.js';

const layout: UnitLayout = { pages: [{ unit: 0, blank: false, reset: null, increment: 1 }], anchors: [] };
const fact: PageFacts = { index: 1, side: 'right', blank: false, name: 'body', counter: 1, folio: '1', lines: [], opens: '', lastBlock: 'p' };

test('a saved index is read back; files it does not name are removed', async () => {
  await withTempDir(async (dir) => {
    const cache = await openPageCache(dir);
    const pdf = await cache.keep(new TextEncoder().encode('%PDF-1.7 a'), 'pdf');
    await cache.keep(new TextEncoder().encode('%PDF-1.7 b'), 'pdf');
    const structure = [{ nodes: [{ key: 'a', parent: '', type: 'P', depth: 0, boxes: [10, 20, 300, 40] }] }];
    const print: UnitPrint = { pdf, indices: [0], facts: [fact], anchors: [], toc: [], links: [], structure };
    await cache.save(new Map([['unit', layout]]), new Map([['print', print]]));
    const again = await openPageCache(dir);
    assert.deepEqual(again.layouts.get('unit'), layout);
    assert.deepEqual(again.prints.get('print'), print);
    assert.deepEqual((await readdir(dir)).sort(), ['index.json', pdf].sort());
  });
});

test('entries not of the shape this version writes are left out', async () => {
  await withTempDir(async (dir) => {
    const print = { pdf: '0123456789abcdef01234567.pdf', indices: [0], facts: [fact], anchors: [], toc: [], links: [], structure: [{ nodes: [] }] };
    const noStructure = { ...print, structure: undefined };
    const badBoxes = { ...print, structure: [{ nodes: [{ key: 'a', parent: '', type: 'P', depth: 0, boxes: [1, 2, 3] }] }] };
    const prints = { good: print, noIndices: { ...print, indices: undefined }, badIndex: { ...print, indices: ['1'] }, noFacts: { ...print, facts: null }, noStructure, badBoxes };
    await writeFile(join(dir, 'index.json'), JSON.stringify({ version: 1, layouts: { good: layout, bad: { pages: 1 } }, prints }));
    const cache = await openPageCache(dir);
    assert.deepEqual([...cache.layouts.keys()], ['good']);
    assert.deepEqual([...cache.prints.keys()], ['good']);
  });
});

test('a damaged or foreign index is an empty cache', async () => {
  await withTempDir(async (dir) => {
    for (const text of ['{broken', 'null', '[]', '{"version": 1}', '{"version": 2, "layouts": {}, "prints": {}}', '{"version": 1, "layouts": [], "prints": {}}']) {
      await writeFile(join(dir, 'index.json'), text);
      const cache = await openPageCache(dir);
      assert.equal(cache.layouts.size + cache.prints.size, 0, text);
    }
  });
});

test('names that are not the cache’s own (a path out of the folder, another file) are left out', async () => {
  await withTempDir(async (dir) => {
    const print = { pdf: '0123456789abcdef01234567.pdf', indices: [0], facts: [fact], anchors: [], toc: [], links: [], structure: [{ nodes: [] }] };
    const prints = {
      good: print,
      goodCover: { ...print, cover: '0123456789abcdef01234567.png' },
      up: { ...print, pdf: '../../secret.pdf' },
      absolute: { ...print, pdf: '/etc/passwd' },
      index: { ...print, pdf: 'index.json' },
      coverUp: { ...print, cover: '../../../home/user/.ssh/id_rsa' },
      coverPdf: { ...print, cover: '0123456789abcdef01234567.pdf' },
      fontUp: { ...print, fonts: { retainGids: false, files: { NotoSerifSC: '../../x.ttf' } } },
    };
    await writeFile(join(dir, 'index.json'), JSON.stringify({ version: 1, layouts: {}, prints }));
    assert.deepEqual([...(await openPageCache(dir)).prints.keys()], ['good', 'goodCover']);
  });
});

test('pages out of range (negative, beyond the unit, facts not one a page) or fields of another type are left out, not an error', async () => {
  await withTempDir(async (dir) => {
    const anchor = { id: 'a', tag: 'h2', text: '一', page: 2, top: 10 };
    const link = { page: 1, target: 'a', x: 0, y: 0, width: 1, height: 1 };
    const print = { pdf: '0123456789abcdef01234567.pdf', indices: [0, 1], facts: [fact, { ...fact, counter: 2 }], anchors: [anchor], toc: [], links: [link], structure: [{ nodes: [] }, { nodes: [] }] };
    const prints = {
      good: print,
      negative: { ...print, indices: [-1, 1] },
      fraction: { ...print, indices: [0.5, 1] },
      anchorBeyond: { ...print, anchors: [{ ...anchor, page: 3 }] },
      anchorZero: { ...print, anchors: [{ ...anchor, page: 0 }] },
      linkBeyond: { ...print, links: [{ ...link, page: 7 }] },
      fewerFacts: { ...print, facts: [fact] },
      linesNotList: { ...print, facts: [fact, { ...fact, lines: 'x' }] },
      tocNumbers: { ...print, toc: [1, 2] },
      linkNoBox: { ...print, links: [{ page: 1, target: 'a' }] },
      structureShort: { ...print, structure: [{ nodes: [] }] },
    };
    const layouts = {
      good: layout,
      anchorBeyond: { ...layout, anchors: [anchor] },
      badPage: { pages: [{ unit: 0, blank: 'no', reset: null, increment: 1 }], anchors: [] },
    };
    await writeFile(join(dir, 'index.json'), JSON.stringify({ version: 1, layouts, prints }));
    const cache = await openPageCache(dir);
    assert.deepEqual([...cache.prints.keys()], ['good']);
    assert.deepEqual([...cache.layouts.keys()], ['good']);
  });
});

/** The pid of a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((done) => child.on('exit', done));
  return child.pid!;
}

test('temporaries of dead processes are removed when the cache is opened; a live one’s stay', async () => {
  await withTempDir(async (dir) => {
    const dead = await deadPid();
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const names = [`0123456789abcdef01234567.pdf.${dead}.tmp`, `index.json.${dead}.tmp`, `0123456789abcdef01234567.pdf.${running.pid}.tmp`];
      for (const name of names) await writeFile(join(dir, name), 'x');
      await openPageCache(dir);
      assert.deepEqual((await readdir(dir)).sort(), [names[2]]);
    } finally {
      running.kill();
    }
  });
});

test('a write that fails on a full disk leaves no temporary file', { skip: process.getuid?.() === 0 ? false : 'needs root to mount a tmpfs' }, async (t) => {
  await withTempDir(async (dir) => {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    } catch {
      t.skip('cannot mount a tmpfs here');
      return;
    }
    try {
      const cache = await openPageCache(join(dir, 'pages'));
      await assert.rejects(cache.keep(new Uint8Array(2 * 1024 * 1024), 'pdf'), { code: 'ENOSPC' });
      assert.deepEqual(await readdir(join(dir, 'pages')), [], 'no temporary left by keep');
      const big = new Map([['x', { pages: Array.from({ length: 40_000 }, () => layout.pages[0]!), anchors: [] }]]);
      await assert.rejects(cache.save(big, new Map()), { code: 'ENOSPC' });
      assert.deepEqual(await readdir(join(dir, 'pages')), [], 'no temporary left by save');
    } finally {
      execFileSync('umount', [dir]);
    }
  });
});
