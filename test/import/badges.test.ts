// A README brought as a source: its badges (linked pictures from the web) are the clutter of the page it
// came from. The Markdown reader drops them, as the web reader drops a page's clutter, and says so: the
// title is the heading's words, and a line of badges joins no paragraph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { importSources } from '../../src/import/import-source.js';
import { readTextSource } from '../../src/import/read-text-source.js';
import { withTempDir } from '../helpers.js';

const BADGE = '[![npm](https://badge.fury.io/js/opencc-js.svg)](https://www.npmjs.com/package/opencc-js)';
const README = [
  `# opencc-js ${BADGE}`,
  BADGE,
  '[![CI](https://github.com/nk2028/opencc-js/workflows/Test/badge.svg)](https://github.com/nk2028/opencc-js/actions)',
  '',
  '[English](https://example.org/README.md) - [简体版](https://example.org/README-zh-CN.md)',
  '',
  '## 簡介',
  '',
  '本套件收錄來自 OpenCC 專案的簡繁轉換詞典資料、配置與測試集，供瀏覽器與 Node.js 使用。',
  '',
  '```md',
  BADGE,
  '```',
  '',
].join('\n');

test('a Markdown source: badges dropped as clutter (in the title, on lines of their own), kept inside code', async () => {
  await withTempDir(async (tmp) => {
    const source = join(tmp, 'opencc-js.md');
    await writeFile(source, README);
    const doc = await readTextSource(source);
    assert.deepEqual(doc.lines!.map((l) => l.text), [
      '# opencc-js',
      '[English](https://example.org/README.md) - [简体版](https://example.org/README-zh-CN.md)',
      '## 簡介',
      '本套件收錄來自 OpenCC 專案的簡繁轉換詞典資料、配置與測試集，供瀏覽器與 Node.js 使用。',
      '```md',
      BADGE,
      '```',
    ]);
    assert.deepEqual(doc.dropped.map((d) => `${d.place.line} ${d.why}`), ['1 clutter', '2 clutter', '3 clutter']);
    const into = join(tmp, 'book');
    await importSources([source], { into, reporter: createMemoryReporter() });
    const manuscript = await readFile(join(into, '01-opencc-js.md'), 'utf8');
    assert.match(manuscript, /^title: opencc-js$/m);
    // The line after the badges is a paragraph of its own, as the source has it (it was joined to them).
    assert.match(manuscript, /\n\n\[English\]\(https:\/\/example\.org\/README\.md\) - \[简体版\]\(https:\/\/example\.org\/README-zh-CN\.md\)\n\n## 簡介\n/);
    assert.equal(manuscript.split(BADGE).length - 1, 1, 'the one in the code block');
  });
});
