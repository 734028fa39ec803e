// The EPUB's footnotes are numbered as the print editions': ① ② … for calls and notes, from ① in each
// article (one content document each), a note called twice keeping its number; the embedded subsets draw
// the circled numbers, and EPUBCheck passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { build } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { characterMap } from '../../src/paginate/glyph-map.js';
import { circled } from '../../src/html/circled.js';
import { FIXTURES, withTempDir } from '../helpers.js';
import { epubcheck } from './epubcheck.js';

const run = (to: number) => Array.from({ length: to }, (_, i) => circled(i + 1));

/** The calls (noteref texts) and the notes (number, then text) of one content document. */
function footnotes(xhtml: string): { calls: string[]; notes: string[] } {
  return {
    calls: [...xhtml.matchAll(/<sup><a [^>]*epub:type="noteref" role="doc-noteref">([^<]*)<\/a><\/sup>/g)].map((m) => m[1]!),
    notes: [...xhtml.matchAll(/<aside id="[^"]+" epub:type="footnote" role="doc-footnote">(.*?)<\/aside>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')),
  };
}

test('EPUB footnotes: ① ② ③ from ① in each article, a note called twice keeps its number; the fonts have them; EPUBCheck passes', { timeout: 180_000 }, () =>
  withTempDir(async (dir) => {
    // The faces booklet: articles with 3, 1 and 18 notes. Its first article calls its first note again,
    // its second one gets a note of two paragraphs.
    const book = join(dir, 'book');
    await cp(join(FIXTURES, 'faces'), book, { recursive: true, filter: (from) => !from.endsWith('proof-baseline') });
    const first = join(book, '01-a.md');
    await writeFile(first, (await readFile(first, 'utf8')).replace('正文继续[^c]。', '正文继续[^c]，又见第一条[^a]。'));
    const second = join(book, '02-b.md');
    await writeFile(second, (await readFile(second, 'utf8')).replace('第二篇的正文[^x]。', '第二篇的正文[^x]，再一条[^y]。') + '\n[^y]: 第一段。\n\n    第二段。\n');
    const out = join(dir, 'out');
    await build({ dir: book, out, editions: ['html', 'epub'], reporter: createMemoryReporter(), cache: false });
    const files = unzipSync(await readFile(join(out, 'booklet.epub')));
    const [a, b, c] = ['a', 'b', 'c'].map((id) => footnotes(strFromU8(files[`OEBPS/${id}.xhtml`]!)));

    assert.deepEqual(a!.calls, ['①', '②', '③', '①'], 'the fourth call is the first note again');
    assert.deepEqual(a!.notes, ['① 第一条脚注的文字。', '② 第二条脚注的文字。', '③ 第三条脚注的文字。']);
    assert.deepEqual(b!.calls, ['①', '②'], 'from ① again in the second article');
    assert.deepEqual(b!.notes, ['① 第二篇的脚注。', '② 第一段。第二段。'], 'one number for a note of two paragraphs, no back links');
    assert.deepEqual(c!.calls, run(18));
    assert.deepEqual(c!.notes, run(18).map((n, i) => `${n} 第${i + 1}条注释的文字。`));
    const article = strFromU8(files['OEBPS/a.xhtml']!);
    assert.match(article, /<sup><a href="#a-fn-a" id="a-fnref-a-2" data-footnote-ref="" epub:type="noteref" role="doc-noteref">①<\/a><\/sup>/);
    assert.match(article, /<aside id="a-fn-a" epub:type="footnote" role="doc-footnote"><p data-line="19"><span class="footnote-number">①<\/span> 第一条脚注的文字。<\/p><\/aside>/);
    assert.doesNotMatch(article, /data-footnote-backref|data-footnotes/);

    // Every embedded face maps each circled number the notes use to a glyph (its subset kept them).
    const fonts = Object.keys(files).filter((path) => path.startsWith('OEBPS/fonts/'));
    assert.equal(fonts.length, 4);
    for (const path of fonts) {
      const map = characterMap(files[path]!);
      for (const n of run(18)) assert.ok((map.get(n.codePointAt(0)!) ?? 0) > 0, `${n} in ${path}`);
    }

    const report = await epubcheck(join(out, 'booklet.epub'));
    assert.match(report, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, report);
  }),
);
