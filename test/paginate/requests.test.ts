// The rendering browser loads nothing but the booklet's own files: a manuscript that links a server, a
// file elsewhere on the machine or a path out of its folder gets a warning at its line, and no request
// leaves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { withTempDir } from '../helpers.js';

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
      await writeFile(join(book, 'booklet.yaml'), 'title: 测试\ncompiler: 测试组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n');
      await writeFile(
        join(book, '01-a.md'),
        // (A relative path out of the folder, ../../, is refused earlier: test/html/images.test.ts.)
        `---\ntitle: 样例\n---\n\n第一段。\n\n远程图片：![图](http://127.0.0.1:${port}/tracker.png)\n\n本机文件：![图](file:///etc/passwd)\n\n链接：[网站](http://127.0.0.1:${port}/page)\n`,
      );
      const reporter = createMemoryReporter();
      await build({ dir: book, out: join(dir, 'out'), editions: ['html', 'screen'], reporter });
      const blocked = reporter.messages
        .filter((m) => m.ruleId === 'page-request-blocked')
        .map((m) => `${String(m.file).split('/').slice(-2).join('/')}:${m.line} ${m.reason}`);
      assert.deepEqual(blocked.sort(), [
        `m/01-a.md:7 Blocked a request outside the booklet's files: http://127.0.0.1:${port}/tracker.png`,
        "m/01-a.md:9 Blocked a request outside the booklet's files: file:///etc/passwd",
      ].sort());
      assert.ok(reporter.messages.filter((m) => m.ruleId === 'page-request-blocked').every((m) => m.fatal === false && m.note?.includes('copy the file')));
    });
  } finally {
    server.close();
  }
  assert.deepEqual(seen, [], 'the server saw no request');
});
