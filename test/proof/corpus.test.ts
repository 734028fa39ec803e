// The corpus (test/fixtures/corpus: 220 A5 pages of 论语, 孟子, 大学, 中庸 and 古文观止 卷一–四, text the
// project did not write, in both scripts) built and proofed as a user would (issue 19): headings break
// between phrases, every pair of adjacent marks is compressed, no line starts or ends with a forbidden
// mark, nothing runs out of the type area, no 孤字, no heading at a page's foot, no single-line page, no
// text lost, and no widow or orphan, in the text or in the contents (before the build moved breaks,
// 9 in the text and 8 in the contents). The source's «[通“事”]» (an editor's note in half-width
// brackets, kept as it is) compresses its closing quote beside the bracket: no narrow quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { proofBooklet } from '../../src/proof/proof-booklet.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { withTempDir } from '../helpers.js';
import { writeCorpus } from '../corpus.js';

test('the corpus: over 200 pages, and no finding', { timeout: 300_000 }, () =>
  withTempDir(async (dir) => {
    await writeCorpus(join(dir, 'book'));
    const result = await proofBooklet({ dir: join(dir, 'book'), out: join(dir, 'out'), approve: true, reporter: createMemoryReporter() });
    assert.ok(result.pages >= 200, `${result.pages} pages`);
    assert.deepEqual(result.findings.map((f) => `${f.check} ${f.file?.split('/').at(-1) ?? '-'}:${f.line ?? '-'} ${f.excerpt}`), []);
    assert.ok(result.ok);
  }));
