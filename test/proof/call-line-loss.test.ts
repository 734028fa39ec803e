// A note called near a page's foot, in the paragraph after a heading (test/fixtures/call-line-loss: 论语
// with a figure, both boxes and a note per chapter, found by building as a new user would). The note fits
// a page, so it goes over with its call's line; the workaround for notes longer than a page (handlers.ts
// keepCallLine) split it, set the call's paragraph past the type area and lost everything after it (117
// errors). The booklet proofs without a finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { proofBooklet } from '../../src/proof/proof-booklet.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { FIXTURES, withTempDir } from '../helpers.js';

test('a note that fits a page, called at its foot after a heading: nothing lost, no finding', () =>
  withTempDir(async (dir) => {
    await cp(join(FIXTURES, 'call-line-loss'), join(dir, 'book'), { recursive: true });
    const result = await proofBooklet({ dir: join(dir, 'book'), out: join(dir, 'out'), approve: true, reporter: createMemoryReporter() });
    assert.deepEqual(result.findings.map((f) => `${f.check} ${f.file ? basename(f.file) : '-'}:${f.line ?? '-'} ${f.excerpt}`), []);
    assert.equal(result.pages, 16);
  }));
