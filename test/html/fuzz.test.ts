// The HTML stage on hostile Markdown: every CommonMark spec example, and a few hundred documents mutated
// from them with Chinese text, directives and footnotes mixed in. Nothing may throw or hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { parseManuscript } from '../../src/manuscript/parse.js';
import { articleToHast } from '../../src/html/processor.js';

const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: { markdown: string }[] };

/** A small, seeded PRNG (mulberry32): the same mutations on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['中文', '，', '。', '“', '”', '——', '……', '\n', '\n\n', '**', '*', '`', '[^1]', '\n\n[^1]: 注', ':::key-points\n', '\n:::\n', '::x', ':y[z]', '# ', '> ', '- ', '1. ', '|a|b|\n|-|-|\n', '<script>', '\u2060', '\uFEFF', '\r\n', '\\', '[', ']', '(', ')', '!'];

async function toHtml(markdown: string): Promise<string> {
  const file = new VFile({ path: 'fuzz.md', value: markdown });
  const tree = parseManuscript(file);
  const hast = await articleToHast(tree, file, 'fuzz');
  return unified().use(rehypeStringify).stringify(hast);
}

test('every CommonMark spec example goes through the HTML stage', async () => {
  let longest = 0;
  for (const example of spec.tests) {
    const started = performance.now();
    const html = await toHtml(example.markdown);
    longest = Math.max(longest, performance.now() - started);
    assert.equal(typeof html, 'string');
    assert.doesNotMatch(html, /<script/i, example.markdown);
  }
  assert.equal(spec.tests.length, 652);
  assert.ok(longest < 2000, `slowest example took ${Math.round(longest)} ms`);
});

test('300 mutated documents go through without an exception or a hang', async () => {
  const next = random(20261128);
  for (let i = 0; i < 300; i++) {
    let doc = spec.tests[Math.floor(next() * spec.tests.length)]!.markdown;
    for (let k = 0; k < 12; k++) {
      const at = Math.floor(next() * (doc.length + 1));
      doc = doc.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + doc.slice(at);
    }
    const started = performance.now();
    await assert.doesNotReject(toHtml(doc), doc);
    assert.ok(performance.now() - started < 2000, `slow document: ${JSON.stringify(doc)}`);
  }
});

test('deeply nested quotes and lists do not overflow the stack', async () => {
  await assert.doesNotReject(toHtml(`${'> '.repeat(500)}深\n`));
  await assert.doesNotReject(toHtml(Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- 层${i}`).join('\n')));
});
