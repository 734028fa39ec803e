// The preview serves a booklet's images as the editions get them: the bytes read and checked, so an SVG
// image is its sanitized copy (test/fixtures/hostile/svg-image: a script, handlers, a remote image).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { typesetPreview } from '../../src/preview/typeset.js';
import { FIXTURES, withTempDir } from '../helpers.js';

test('the preview serves the sanitized copy of an SVG image, not the file on disk', async () => {
  await withTempDir(async (cache) => {
    const state = await typesetPreview(join(FIXTURES, 'hostile', 'svg-image'), cache);
    assert.ok('book' in state, 'the booklet typesets');
    const svgs = [...state.book.assets].filter(([path]) => path.endsWith('.svg'));
    assert.equal(svgs.length, 1);
    const served = svgs[0]![1];
    assert.ok(typeof served !== 'string', 'served from the checked bytes, not by its path');
    assert.equal(served.type, 'image/svg+xml');
    const text = Buffer.from(served.data).toString('utf8');
    assert.match(text, /<svg/);
    for (const banned of ['<script', 'onload', 'evil.example', 'foreignObject']) assert.ok(!text.includes(banned), `no ${banned}`);
  });
});
