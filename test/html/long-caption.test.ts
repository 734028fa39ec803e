// A figure larger than a page after scaling cannot happen (issue 18, bad input): the image is scaled into
// what its caption leaves of the type area, and the caption is sized for at most a third of it. A tall
// image whose caption is longer than a whole page is built with a warning at its line; the image is whole
// on one page, the caption runs on to the next, and the proof finds no image cut off and no text lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { build } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { proofBooklet } from '../../src/proof/proof-booklet.js';
import { withTempDir } from '../helpers.js';

// Distinct numbered sentences, so that every part of the caption can be found in the PDF.
const CAPTION = Array.from({ length: 60 }, (_, i) => `第${i + 1}句图注说明这张图的来历`).join('，');

test('a tall image with a caption longer than a page: a warning, the image on one page, the caption whole', () =>
  withTempDir(async (dir) => {
    const book = join(dir, 'm');
    await mkdir(book);
    const image = new PNG({ width: 400, height: 3000 });
    image.data.fill(90);
    await writeFile(join(book, 'tall.png'), PNG.sync.write(image));
    await writeFile(join(book, 'booklet.yaml'), 'title: 图注测试\ncompiler: 测试组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n');
    await writeFile(join(book, '01-a.md'), `---\ntitle: 长图注\n---\n\n第一段正文。\n\n![${CAPTION}。](tall.png)\n\n图后的一段。\n`);
    const reporter = createMemoryReporter();
    const built = await build({ dir: book, out: join(dir, 'out'), editions: ['html', 'screen'], reporter, collect: true });
    const warnings = reporter.messages.filter((m) => m.ruleId === 'figure-caption').map((m) => `${m.line}:${m.column} ${m.reason}`);
    assert.equal(warnings.length, 1, reporter.messages.map((m) => m.reason).join('\n'));
    assert.match(warnings[0]!, /^7:1 The caption takes \d+ lines, more than a third of a page \(8\)/);
    // The image fits a page with a third of it left for the caption.
    const geometry = built.collected!.layout.pages[0]!;
    const images = built.collected!.layout.pages.flatMap((p) => (p.images ?? []).map((i) => ({ page: p, ...i })));
    assert.equal(images.length, 1);
    const { page, top, bottom } = images[0]!;
    assert.ok(top >= 0 && bottom <= page.height + 0.5, `image from ${top} to ${bottom} px on a type area of ${page.height} px`);
    assert.ok(bottom - top <= (geometry.height * 2) / 3 + 1, `image ${bottom - top} px high`);
    const proof = await proofBooklet({ dir: book, out: join(dir, 'proof'), approve: true, reporter: createMemoryReporter() });
    assert.deepEqual(proof.findings.filter((f) => f.severity === 'error').map((f) => `${f.check} p${f.page ?? '-'} ${f.excerpt}`), []);
  }));
