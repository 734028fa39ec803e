// The corpus (test/fixtures/corpus: 220 A5 pages of 论语, 孟子, 大学, 中庸 and 古文观止 卷一–四, text the
// project did not write, in both scripts) built and proofed as a user would (issue 19): headings break
// between phrases, every pair of adjacent marks is compressed, no line starts or ends with a forbidden
// mark, nothing runs out of the type area, no 孤字, no heading at a page's foot, no single-line page, no
// text lost, and no widow or orphan, in the text or in the contents (before the build moved breaks,
// 9 in the text and 8 in the contents). The one finding left is the source's own «“事”]» (a stray
// half-width bracket after a quote, kept as the source has it, which narrows the quote).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { proofBooklet } from '../../src/proof/proof-booklet.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { withTempDir } from '../helpers.js';
import { writeCorpus } from '../corpus.js';

test('the corpus: over 200 pages; no finding but the source’s stray bracket', { timeout: 300_000 }, () =>
  withTempDir(async (dir) => {
    await writeCorpus(join(dir, 'book'));
    const result = await proofBooklet({ dir: join(dir, 'book'), out: join(dir, 'out'), approve: true, reporter: createMemoryReporter() });
    assert.ok(result.pages >= 200, `${result.pages} pages`);
    assert.deepEqual(result.findings.map((f) => `${f.check} ${f.file?.split('/').at(-1) ?? '-'}:${f.line ?? '-'} ${f.excerpt}`), ['narrow-quote 05-guwen1.md:42 “事”]務去，而']);
  }));
