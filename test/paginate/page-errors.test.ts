// Things in a booklet that made the page's scripts throw, reported as "Chromium's page crashed … report
// it": a link with a malformed %-escape, a remote @import (any of its forms), a remote @font-face, a
// url(//host:port/…). (A local @font-face failed the same way, its url() resolved against the output
// folder: face.load() rejected with a NetworkError; user-stylesheets.ts now resolves it.)
// None is a crash: each builds. The remote files are left out where the stylesheet is read, each with a
// warning at its line naming it (src/html/stylesheet-urls.ts), so the page never asks for them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from '../../src/build.js';
import { BookletError, createMemoryReporter } from '../../src/diagnostics.js';
import { FIXTURES, withTempDir } from '../helpers.js';

/** Build the basic fixture with `extra` appended to its manuscript and `css` as a user stylesheet. */
async function buildWith(dir: string, extra: string, css?: string) {
  const book = join(dir, 'm');
  await cp(join(FIXTURES, 'basic'), book, { recursive: true });
  const manuscript = join(book, '01-sample.md');
  await writeFile(manuscript, `${await readFile(manuscript, 'utf8')}\n${extra}\n`);
  if (css !== undefined) {
    await writeFile(join(book, 'extra.css'), css);
    const yaml = join(book, 'booklet.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace(/^articles:/m, 'styles:\n  - extra.css\narticles:'));
  }
  const reporter = createMemoryReporter();
  const error = await build({ dir: book, out: join(dir, 'out'), editions: ['html', 'screen'], reporter, cache: false }).then(
    () => undefined,
    (e: unknown) => e,
  );
  const blocked = reporter.messages.filter((m) => m.ruleId === 'stylesheet-url').map((m) => `${m.line}:${m.column} ${m.reason}`);
  return { error, blocked };
}

test('a link with a malformed %-escape builds', async () => {
  await withTempDir(async (dir) => {
    const { error } = await buildWith(dir, '链接：[坏链接](#%E0%A4%A)。');
    assert.equal(error, undefined, String((error as BookletError | undefined)?.messages?.[0]?.reason ?? error));
  });
});

for (const [name, css, at, url] of [
  ['a remote @import', '@import "http://127.0.0.1:9/x.css";\n', '1:1', 'http://127.0.0.1:9/x.css'],
  ['a remote @import url(https://…)', '@import url(https://127.0.0.1:9/x.css) print;\np { color: black; }\n', '1:1', 'https://127.0.0.1:9/x.css'],
  ['a remote @import "//host/…"', 'p { }\n@import "//127.0.0.1:9/x.css";\n', '2:1', '//127.0.0.1:9/x.css'],
  ['a remote @font-face', 'p { color: black; }\n@font-face { font-family: X; src: url(http://127.0.0.1:9/f.woff2); }\np { font-family: X, serif; }\n', '2:35', 'http://127.0.0.1:9/f.woff2'],
  ['a url(//host:port/…)', '.cover { background: url(//127.0.0.1:9/x.png); }\n', '1:22', '//127.0.0.1:9/x.png'],
] as const) {
  test(`${name} in a user stylesheet builds, left out with a warning at its line naming it`, async () => {
    await withTempDir(async (dir) => {
      const { error, blocked } = await buildWith(dir, '', css);
      assert.equal(error, undefined, String((error as BookletError | undefined)?.messages?.[0]?.reason ?? error));
      assert.deepEqual(blocked, [`${at} Stylesheet loads a file outside the booklet, left out: ${url}`]);
      const html = await readFile(join(dir, 'out', 'booklet.html'), 'utf8');
      assert.match(html, /<style data-style="user">/, 'the user stylesheet is in booklet.html');
      assert.ok(!html.includes(url.replace(/^\/\//, '')), 'the URL is not in booklet.html');
    });
  });
}
