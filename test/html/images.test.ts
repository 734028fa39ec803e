// Local images: copied into the output and the EPUB, shown in the PDF; a missing image, one outside the
// booklet folder and a file that is no image are errors at their manuscript line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { unzipSync, strFromU8 } from 'fflate';
import { CLI, withTempDir } from '../helpers.js';

/** A booklet whose article says `body`, with a real 60×40 PNG at figures/chart.png. */
async function booklet(dir: string, body: string): Promise<string> {
  const book = join(dir, 'm');
  await mkdir(join(book, 'figures'), { recursive: true });
  const png = new PNG({ width: 60, height: 40 });
  // A gradient, opaque: a flat image may be re-encoded smaller by the PDF writer.
  for (let i = 0; i < png.data.length; i += 4) {
    const x = (i / 4) % 60;
    png.data[i] = x * 4;
    png.data[i + 1] = 255 - x * 4;
    png.data[i + 2] = (i / 4 / 60) * 6;
    png.data[i + 3] = 255;
  }
  await writeFile(join(book, 'figures', 'chart.png'), PNG.sync.write(png));
  await writeFile(join(book, 'figures', 'fake.png'), 'this is text');
  await writeFile(join(book, 'booklet.yaml'), 'title: 测试\ncompiler: 测试组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n');
  await writeFile(join(book, '01-a.md'), `---\ntitle: 样例\n---\n\n第一段。\n\n${body}\n`);
  return book;
}

const run = (dir: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });

test('a local image is in the HTML’s folder, the PDF and the EPUB (which EPUBCheck accepts)', async () => {
  await withTempDir(async (dir) => {
    await booklet(dir, '![示意图](figures/chart.png)');
    const result = run(dir, 'build', 'm');
    assert.equal(result.status, 0, result.stderr);
    const src = /<figure class="figure"[^>]*><img src="(images\/figures\/chart\.[0-9a-f]{12}\.png)" alt="示意图"[^>]*><figcaption>示意图<\/figcaption><\/figure>/.exec(await readFile(join(dir, 'm', 'output', 'booklet.html'), 'utf8'))?.[1];
    assert.ok(src, 'the image is linked under its content name');
    assert.ok((await readFile(join(dir, 'm', 'output', src))).length > 50);
    const images = execFileSync('pdfimages', ['-list', join(dir, 'm', 'output', 'booklet.pdf')], { encoding: 'utf8' });
    assert.match(images, /\n\s+\d+\s+\d+\s+image\s+60\s+40\s/);
    const epub = unzipSync(await readFile(join(dir, 'm', 'output', 'booklet.epub')));
    assert.ok(epub['OEBPS/images/figures/chart.png']);
    assert.match(strFromU8(epub['OEBPS/content.opf']!), /href="images\/figures\/chart.png" media-type="image\/png"/);
    const check = spawnSync('java', ['-jar', '/usr/bin/epubcheck', join(dir, 'm', 'output', 'booklet.epub')], { encoding: 'utf8' });
    assert.match(check.stdout + check.stderr, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/);
  });
});

for (const [what, body, message] of [
  ['a missing image', '![缺图](figures/none.png)', /^m\/01-a\.md:7:1 error Image not found: .*figures\/none\.png  image$/m],
  ['an image outside the booklet folder', '![越界](../../etc/passwd.png)', /^m\/01-a\.md:7:1 error Image path leaves the booklet folder: \.\.\/\.\.\/etc\/passwd\.png  image$/m],
  ['a file that is not an image', '![假图](figures/fake.png)', /^m\/01-a\.md:7:1 error Not an image Chromium can show .*fake\.png  image$/m],
] as const) {
  test(`${what} is an error at its line, and nothing is written`, async () => {
    await withTempDir(async (dir) => {
      await booklet(dir, body);
      const result = run(dir, 'build', 'm', '-e', 'html');
      assert.equal(result.status, 1);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
      assert.equal(spawnSync('ls', [join(dir, 'm', 'output', 'booklet.html')]).status, 2, 'no booklet.html');
    });
  });
}
