// The rendering browser loads nothing but the booklet's own files: a manuscript that links a server, a
// file elsewhere on the machine or a path out of its folder gets a warning at its line, and no request
// leaves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { layOutWithStyle } from './lay-out-html.js';
import { FIXTURES, withTempDir } from '../helpers.js';

test('no request leaves the booklet’s files; each blocked one is reported at its manuscript line', async () => {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.end('x');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const port = (server.address() as AddressInfo).port;
  try {
    await withTempDir(async (dir) => {
      const book = join(dir, 'm');
      await mkdir(book);
      await writeFile(join(book, 'booklet.yaml'), 'title: 测试\ncompiler: 测试组\ndate: 2026-01-01\nstyles:\n  - extra.css\narticles:\n  - 01-a.md\n');
      // A stylesheet's URLs that name a server or another scheme, or climb out of the folder, are left out
      // where it is read (user-stylesheets.ts), before the page could ask for them.
      await writeFile(
        join(book, 'extra.css'),
        `.cover { background: url("http://127.0.0.1:${port}/bg.png"); }\n.toc { background: url(file:///etc/passwd); }\n.colophon { background: url("../../../../../../../../etc/passwd"); }\n`,
      );
      await writeFile(
        join(book, '01-a.md'),
        // A remote image never gets that far: it is its alt text (test/hostile.test.ts has the rest).
        `---\ntitle: 样例\n---\n\n第一段。\n\n远程图片：![图](http://127.0.0.1:${port}/tracker.png)\n\n链接：[网站](http://127.0.0.1:${port}/page)\n`,
      );
      const reporter = createMemoryReporter();
      await build({ dir: book, out: join(dir, 'out'), editions: ['html', 'screen'], reporter });
      const said = (rule: string) =>
        reporter.messages.filter((m) => m.ruleId === rule).map((m) => `${String(m.file).split('/').slice(-2).join('/')}:${m.line ?? ''} ${m.reason}`);
      assert.deepEqual(said('image-remote'), [`m/01-a.md:7 Remote image not included: http://127.0.0.1:${port}/tracker.png`]);
      assert.deepEqual(said('page-request-blocked'), [], 'nothing outside reaches the page');
      assert.deepEqual(said('stylesheet-url'), [
        `m/extra.css:1 Stylesheet loads a file outside the booklet, left out: http://127.0.0.1:${port}/bg.png`,
        `m/extra.css:2 Stylesheet loads a file outside the booklet, left out: file:///etc/passwd`,
        `m/extra.css:3 Stylesheet loads a file outside the booklet, left out: ../../../../../../../../etc/passwd (/etc/passwd)`,
      ]);
    });
  } finally {
    server.close();
  }
  assert.deepEqual(seen, [], 'the server saw no request');
});

test('a request from the page for a file outside the output folder is blocked and reported', async () => {
  // Nothing the build writes asks for one (the test above): the page is given a booklet.html that does,
  // as a second door behind the stylesheet's.
  await withTempDir(async (dir) => {
    const book = join(dir, 'm');
    await cp(join(FIXTURES, 'basic'), book, { recursive: true });
    const { warnings } = await layOutWithStyle(book, join(dir, 'out'), '.cover { background: url("../../../../../../../../etc/passwd"); }');
    const blocked = warnings.filter((m) => m.ruleId === 'page-request-blocked');
    assert.deepEqual(blocked.map((m) => m.reason), ["Blocked a request outside the booklet's files: file:///etc/passwd"]);
    assert.ok(blocked.every((m) => m.fatal === false && m.note?.includes('copy the file')));
  });
});
