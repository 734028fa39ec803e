// Adjacent punctuation (B3) for every pair the punctuation-compression check knows (a closing or dot mark
// followed by an opening or closing one: 288, the corner brackets and ？！ included), set by Chromium in
// the book's own faces inside justified paragraphs: each pair takes 1.5 em (with the line's stretch),
// and proof finds none. The check itself fails on uncompressed pairs (proof.test.ts: space-all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from '../../src/build.js';
import { proofBooklet } from '../../src/proof/proof-booklet.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { withTempDir } from '../helpers.js';

const FIRST = '。，、；：？！）》〉”’」』】〕';
const SECOND = '（《〈“‘「『【〔）》〉”’」』】〕';

test('every pair of adjacent marks is compressed to 1.5 em in the book’s faces; proof finds none', () =>
  withTempDir(async (dir) => {
    const pairs = [...FIRST].flatMap((a) => [...SECOND].map((b) => `${a}${b}`));
    assert.equal(pairs.length, 288);
    // Pairs between Han characters, in paragraphs of 16 pairs.
    const paragraphs = Array.from({ length: pairs.length / 16 }, (_, k) => pairs.slice(k * 16, k * 16 + 16).map((p) => `学${p}`).join('') + '习。');
    const book = join(dir, 'm');
    await mkdir(book);
    await writeFile(join(book, 'booklet.yaml'), 'title: 标点挤压\ncompiler: 测试组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n');
    await writeFile(join(book, '01-a.md'), `---\ntitle: 标点\n---\n\n${paragraphs.join('\n\n')}\n`);
    const built = await build({ dir: book, out: join(dir, 'out'), editions: ['html', 'screen'], reporter: createMemoryReporter(), collect: true, lint: false });
    // Every pair was laid out on one line (none split at a line end), and measured.
    const lines = built.collected!.layout.pages.flatMap((p) => p.blocks.filter((b) => b.tag === 'p' && b.source !== '').flatMap((b) => b.lines));
    const seen = pairs.filter((pair) => lines.some((l) => l.text.includes(pair)));
    assert.ok(seen.length > 250, `${seen.length} pairs within a line`);
    const proof = await proofBooklet({ dir: book, out: join(dir, 'proof'), approve: true, reporter: createMemoryReporter() });
    assert.deepEqual(proof.findings.filter((f) => f.check === 'punctuation-compression').map((f) => f.message), []);
  }));
