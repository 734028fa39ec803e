// `booklet build --variant zh-Hant` on the project's sample booklet: the Traditional editions beside the
// Simplified ones, a dictionary of the booklet's that wins over OpenCC, and a proof of the variant with
// no error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, ROOT, withTempDir } from '../helpers.js';

function booklet(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

const pdftotext = (file: string) => spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');

/** The sample booklet in `dir/manuscripts`, its output in `dir/out`. */
async function sample(dir: string): Promise<string> {
  const manuscripts = join(dir, 'manuscripts');
  await cp(join(ROOT, 'manuscripts'), manuscripts, { recursive: true });
  const yaml = await readFile(join(manuscripts, 'booklet.yaml'), 'utf8');
  await writeFile(join(manuscripts, 'booklet.yaml'), yaml.replace(/^output: .*$/m, 'output: ../out'));
  return manuscripts;
}

test('build --variant zh-Hant: the same editions in Traditional beside the others; proof --variant has no error', async () => {
  await withTempDir(async (dir) => {
    await sample(dir);
    const built = booklet(dir, 'build', 'manuscripts', '--variant', 'zh-Hant');
    assert.equal(built.status, 0, built.stderr);
    const out = join(dir, 'out');
    const files = await readdir(out);
    for (const file of ['booklet.html', 'booklet.pdf', 'booklet-print.pdf', 'booklet-imposed.pdf', 'booklet.epub', 'booklet.zh-Hant.html', 'booklet.zh-Hant.pdf', 'booklet-print.zh-Hant.pdf', 'booklet-imposed.zh-Hant.pdf', 'booklet.zh-Hant.epub']) {
      assert.ok(files.includes(file), `${file} in ${files.join(', ')}`);
    }
    // The Simplified editions are the Simplified text; the variant's the Traditional one, quoted 「」.
    const simplified = pdftotext(join(out, 'booklet.pdf'));
    const traditional = pdftotext(join(out, 'booklet.zh-Hant.pdf'));
    assert.match(simplified, /学习读本/);
    assert.match(simplified, /抢抓人工智能发展的历史性机遇/);
    assert.doesNotMatch(simplified, /學習/);
    assert.match(traditional, /學習讀本/);
    assert.match(traditional, /搶抓人工智慧發展的歷史性機遇/); // the article's title (front matter)
    assert.match(traditional, /加快構建現代化產業體系，奮力推進河源高質量發展/);
    assert.match(traditional, /「人工智慧是引領這一輪科技革命和產業變革的戰略性技術/);
    assert.match(traditional, /『頭雁』效應」/);
    assert.doesNotMatch(traditional, /[“”]/);
    // Each HTML has its own font subsets: neither build removed the other's.
    for (const html of ['booklet.html', 'booklet.zh-Hant.html']) {
      const urls = [...(await readFile(join(out, html), 'utf8')).matchAll(/url\("(fonts\/[^"]+\.ttf)"\)/g)].map((m) => m[1]!);
      assert.ok(urls.length > 0, html);
      for (const url of urls) assert.ok(existsSync(join(out, url)), `${html}: ${url}`);
    }
    assert.match((await readFile(join(out, 'booklet.zh-Hant.html'), 'utf8')).slice(0, 400), /<html lang="zh-Hant"/);
    // The characters to check are warnings at the manuscripts' lines (作者系…: 系 of 系/係/繫).
    assert.match(built.stderr, /manuscripts\/01-ai\.md:8:\d+ warning 系 has 3 Traditional forms \(系\/係\/繫\).*variant-ambiguous/);

    const proof = booklet(dir, 'proof', 'manuscripts', '--variant', 'zh-Hant');
    assert.equal(proof.status, 0, proof.stderr);
    assert.match(proof.stderr + proof.stdout, /\b0 errors\b/);
    assert.ok(existsSync(join(out, 'proof.zh-Hant', 'index.html')));
    assert.ok(!existsSync(join(out, 'proof')), 'the booklet’s own proof report is not touched');
  });
});

test('variants: in booklet.yaml with a dictionary of the booklet: its entries win; a bad line stops the build at its line', async () => {
  await withTempDir(async (dir) => {
    const manuscripts = await sample(dir);
    const yaml = await readFile(join(manuscripts, 'booklet.yaml'), 'utf8');
    await writeFile(join(manuscripts, 'booklet.yaml'), `${yaml}variants:\n  - language: zh-Hant-TW\n    dictionary: zh-Hant.txt\n`);
    // Taiwan's phrases make the article's 全球治理进程 全球治理程序 (a computer's process): the dictionary keeps 進程.
    await writeFile(join(manuscripts, 'zh-Hant.txt'), '# 本书的词典\n进程\t進程\n作者系\t作者係\n');
    const built = booklet(dir, 'build', 'manuscripts', '-e', 'screen');
    assert.equal(built.status, 0, built.stderr);
    const traditional = pdftotext(join(dir, 'out', 'booklet.zh-Hant-TW.pdf'));
    assert.match(traditional, /全球治理進程/);
    assert.doesNotMatch(traditional, /全球治理程序/);
    assert.doesNotMatch(built.stderr, /01-ai\.md:8:\d+ warning 系/, 'the entry silenced it');

    await writeFile(join(manuscripts, 'zh-Hant.txt'), '进程\t進程\n作者系 作者係\n');
    const bad = booklet(dir, 'build', 'manuscripts', '-e', 'screen');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /manuscripts\/zh-Hant\.txt:2:1 error A dictionary line needs a tab between the Simplified text and its Traditional form/);
    assert.doesNotMatch(bad.stderr, /\n\s+at /, 'no stack trace');
  });
});

test('a variant for a booklet already in Traditional: a warning at its language line, no conversion, no second set of files', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'hant');
    await cp(join(ROOT, 'test', 'fixtures', 'hant'), book, { recursive: true });
    const run = booklet(dir, 'build', 'hant', '--out', 'out', '--variant', 'zh-Hant', '-e', 'html');
    assert.equal(run.status, 0, run.stderr);
    const line = (await readFile(join(book, 'booklet.yaml'), 'utf8')).split('\n').findIndex((l) => l.startsWith('language:')) + 1;
    assert.match(run.stderr, new RegExp(`booklet\\.yaml:${line}:\\d+ warning The booklet is already in Traditional characters \\(language: zh-Hant\\): no zh-Hant variant is made`));
    assert.deepEqual((await readdir(join(dir, 'out'))).filter((f) => f.startsWith('booklet')), ['booklet.html']);
  });
});
