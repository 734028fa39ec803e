// `booklet build --watch` as a user runs it: it builds, then builds again on every save with the same
// Chromium, its pages kept from the last build, and the page cache; a broken manuscript is reported and
// leaves the editions as they were; the next good save builds again; Ctrl-C stops it and its Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pdfTextPages } from '../../src/proof/poppler.js';
import { CLI, FIXTURES, alive, chromiumChildren, pageTargetsOf, withTempDir } from '../helpers.js';

const pdfText = async (file: string) => (await pdfTextPages(file)).flatMap((p) => p.lines.map((l) => l.text)).join('');

test('build --watch rebuilds on change with the same Chromium, survives a broken manuscript, and stops on Ctrl-C', async () => {
  await withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'basic'), join(dir, 'manuscripts'), { recursive: true });
    const child = spawn(process.execPath, [CLI, 'build', '--watch', '--edition', 'screen'], { cwd: dir, env: { ...process.env, CI: 'true' } });
    let stderr = '';
    const lines: string[] = [];
    let wanted: { pattern: RegExp; done: (line: string) => void } | undefined;
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      for (const line of d.toString().split('\n')) {
        lines.push(line);
        if (wanted?.pattern.test(line)) wanted.done(line);
      }
    });
    const next = (pattern: RegExp) =>
      new Promise<string>((done, failed) => {
        const timer = setTimeout(() => failed(new Error(`no line matching ${pattern} in 60 s; stderr:\n${stderr}`)), 60_000);
        wanted = { pattern, done: (line) => (clearTimeout(timer), (wanted = undefined), done(line)) };
      });
    let browsers: number[] = [];
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      const pdf = join(dir, 'manuscripts', 'output', 'booklet.pdf');
      const manuscript = join(dir, 'manuscripts', '01-sample.md');
      const original = await readFile(manuscript, 'utf8');
      await next(/^Built .*booklet\.pdf/);
      browsers = chromiumChildren(child.pid!);
      assert.equal(browsers.length, 1, 'one Chromium, started by the watch');
      const pages = await pageTargetsOf(browsers[0]!);

      // An edit: built again, in the same Chromium.
      await writeFile(manuscript, `${original}\n监视模式重建的新段落。\n`);
      const rebuilt = await next(/^Built .*booklet\.pdf/);
      assert.match(rebuilt, /; 1 of [2-9] parts laid out/, 'the other parts come from the page cache');
      assert.match(await pdfText(pdf), /监视模式重建的新段落/);
      assert.deepEqual(chromiumChildren(child.pid!), browsers, 'the same Chromium process');
      // Its pages are still open: kept blank for the next build, not closed and opened anew.
      const now = await pageTargetsOf(browsers[0]!);
      assert.ok(pages.length > 0 && pages.every((id) => now.includes(id)), `the pages of the first build are kept (pages ${pages} then ${now})`);

      // A broken manuscript: its error at its line, the PDF as it was, and the watch goes on.
      const good = await readFile(pdf);
      await writeFile(manuscript, original.replace(/^---\n/, '---\ntitle: [never closed\n'));
      await next(/^Nothing was written/);
      assert.match(stderr, /01-sample\.md:\d+:\d+ error Invalid YAML/);
      assert.deepEqual(await readFile(pdf), good, 'the previous PDF stays');
      assert.equal(child.exitCode, null, 'still watching');

      // Fixed: built again.
      await writeFile(manuscript, original);
      await next(/^Built .*booklet\.pdf/);
      const fixed = await pdfText(pdf);
      assert.match(fixed, /第一节/);
      assert.doesNotMatch(fixed, /监视模式重建的新段落/);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    } finally {
      child.kill('SIGINT');
    }
    assert.equal(await exited, 0, 'Ctrl-C stops it cleanly');
    assert.deepEqual(browsers.filter(alive), [], 'and its Chromium');
  });
});
