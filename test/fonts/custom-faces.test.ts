// A booklet in faces and margins of the user's own (issue 22): TrueType files named in booklet.yaml set the body and
// the headings, are the only faces in the PDF, and pass the proof; a face that lacks characters of the
// book is named with them and their lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FONT_FACES } from '../../src/html/fonts.js';
import { subsetFace } from '../../src/html/subset-face.js';
import { CLI, ROOT, withTempDir } from '../helpers.js';

/** A weight of the Noto Serif SC package that the built-in faces do not use. */
const weightFile = (folder: string) => join(dirname(dirname(FONT_FACES[0]!.path)), folder, `NotoSerifSC_${folder}.ttf`);

/** The sample booklet in `dir/book`, with `yaml` added to its booklet.yaml. */
async function sampleBook(dir: string, yaml: string): Promise<string> {
  const book = join(dir, 'book');
  await cp(join(ROOT, 'manuscripts'), book, { recursive: true });
  // The project's approved page images are of its own faces.
  await rm(join(book, 'proof-baseline'), { recursive: true, force: true });
  const config = join(book, 'booklet.yaml');
  await writeFile(config, (await readFile(config, 'utf8')).replace(/^output:.*$/m, 'output: out') + yaml);
  await mkdir(join(book, 'fonts'));
  return book;
}

test('TrueType faces of the user’s set the body and headings, alone in the PDF, and the proof passes', async () => {
  await withTempDir(async (dir) => {
    const book = await sampleBook(dir, 'faces:\n  body: fonts/Text.ttf\n  heading:\n    regular: fonts/Heavy.ttf\n    bold: fonts/Heavy.ttf\n');
    // And margins of its own: 25 mm at the gutter, 14 mm outside.
    const config = join(book, 'booklet.yaml');
    await writeFile(config, (await readFile(config, 'utf8')).replace(/^page:\n  size: A5$/m, 'page:\n  size: A5\n  margins:\n    inner: 25\n    outer: 14'));
    await copyFile(weightFile('300Light'), join(book, 'fonts', 'Text.ttf'));
    await copyFile(weightFile('900Black'), join(book, 'fonts', 'Heavy.ttf'));
    const proof = spawnSync(process.execPath, [CLI, 'proof', book], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(proof.status, 0, proof.stderr);
    assert.match(proof.stderr, /\b0 errors\b/);
    const fonts = execFileSync('pdffonts', [join(book, 'out', 'booklet.pdf')], { encoding: 'utf8' });
    const names = fonts.split('\n').slice(2).filter((l) => l.trim()).map((l) => l.trim().split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    // The body's bold is Chromium's, made from the light face: no other face is embedded.
    assert.deepEqual([...new Set(names)].sort(), ['NotoSerifSC-Black', 'NotoSerifSC-Light']);
    // The inner margin as given: on a recto (PDF page 7, the first article's opener) the text starts 25 mm in.
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', '7', '-l', '7', join(book, 'out', 'booklet.pdf'), '-'], { encoding: 'utf8' });
    const left = Math.min(...[...bbox.matchAll(/<word xMin="([\d.]+)"/g)].map((m) => Number(m[1])));
    assert.ok(Math.abs(left - (25 * 72) / 25.4) < 1.5, `the text starts at ${left} pt`);
    // The EPUB carries the same faces.
    const built = spawnSync(process.execPath, [CLI, 'build', book, '--edition', 'epub'], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    const epub = execFileSync('unzip', ['-l', join(book, 'out', 'booklet.epub')], { encoding: 'utf8' });
    assert.match(epub, /fonts\/NotoSerifSC-Light\.ttf/);
    assert.match(epub, /fonts\/NotoSerifSC-Black\.ttf/);
  });
});

test('a body face that lacks characters of the book: the lint names each with its line, and nothing is built', async () => {
  await withTempDir(async (dir) => {
    const book = await sampleBook(dir, 'faces:\n  body: fonts/Few.ttf\n');
    const text = await readFile(join(book, '01-ai.md'), 'utf8');
    // Every character of the first article but 智 and 能.
    const chars = [...new Set(text)].filter((c) => c !== '智' && c !== '能').join('');
    const other = await readFile(join(book, '02-heyuan.md'), 'utf8');
    await writeFile(join(book, 'fonts', 'Few.ttf'), await subsetFace(weightFile('400Regular'), chars + [...new Set(other)].filter((c) => c !== '智' && c !== '能').join(''), { retainGids: false }));
    const built = spawnSync(process.execPath, [CLI, 'build', book], { encoding: 'utf8' });
    assert.equal(built.status, 1, built.stderr);
    const findings = [...built.stderr.matchAll(/^(\S+):(\d+):\d+ error No glyph for (U\+[0-9A-F]+) “(.)”/gm)].map((m) => `${m[1]!.split('/').pop()}:${m[2]} ${m[4]}`);
    const lines: Record<string, string[]> = { '01-ai.md': text.split('\n'), '02-heyuan.md': other.split('\n') };
    // Each finding is at a line of the text that has the character; both characters are found.
    assert.ok(findings.length > 0);
    for (const finding of findings) {
      const [, file, line, char] = finding.match(/^(0[12]-\w+\.md):(\d+) (.)$/) ?? [];
      assert.ok(char === '智' || char === '能', finding);
      assert.ok(lines[file!]![Number(line) - 1]!.includes(char!), finding);
    }
    assert.deepEqual([...new Set(findings.map((f) => f.slice(-1)))].sort(), ['智', '能']);
    assert.equal(existsSync(join(book, 'out', 'booklet.pdf')), false, 'nothing was built');
  });
});
