// text-lost on a booklet with every feature a reader reads apart from the running text: footnote calls
// and notes (one on a page whose paragraph runs on to the next page), titled boxes with a numbered and a
// bulleted list, a table with a cell of two lines, a blockquote, emphasis dots, Latin words, an image
// alone in its paragraph (a figure: its alt text is its caption) and a raw-HTML figure with a caption (its
// image's alt text is not printed). It must proof without a text-lost finding;
// the same booklet with a paragraph, a note, a table cell or a caption hidden by a user stylesheet must
// name each of them at its manuscript line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PNG } from 'pngjs';
import { proofBooklet, type ProofResult } from '../../src/proof/proof-booklet.js';
import { createMemoryReporter } from '../../src/diagnostics.js';

const han = (n: number) => '甲乙丙丁戊己庚辛壬癸'.repeat(Math.ceil(n / 10)).slice(0, n);

// Line numbers matter: the hidden-text test names them.
const ARTICLE = `---
title: 我的学习体会
author: 张三
---

学习新思想要有方法，这是第一句。这里有一个注释[^1]，注释之后还有句子。后面的句子也要在。

## 一、基本认识

我们要学习 Python 这种语言，用*着重*的方式强调重点，也要读 Marx 的原著。

:::key-points
- 第一条要点是坚持学习。
- 第二条要点是联系实际。
:::

:::questions
1. 怎样理解高质量发展？
2. 如何把握新质生产力？
:::

| 项目 | 说明 |
| --- | --- |
| 产值 | 这一格的文字比较长，要在格子里折成两行才能放得下，所以再多写几个字，让它一定折行。 |
| 增速 | 百分之五 |

> 引用的一段话，说明问题的关键。

![产业结构示意图](chart.png)

${han(300)}。这一段很长，跨到下一页，而本页有第二个注释[^2]。${han(400)}。跨页以后的句子也在。

最后一段文字。

[^1]: 这是注释的内容，说明出处。
[^2]: 第二个注释，在长段落所在的一页。

<figure>
<img src="chart.png" alt="不印出的说明">
<figcaption>图1　图注是读者读到的。</figcaption>
</figure>

图后的一段。
`;

let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-text-lost-'));
});

after(() => rm(dir, { recursive: true, force: true }));

async function proofOf(name: string, css = ''): Promise<ProofResult> {
  const book = join(dir, name);
  await mkdir(book, { recursive: true });
  const styles = css ? 'styles:\n  - extra.css\n' : '';
  await writeFile(join(book, 'booklet.yaml'), `title: 测试\ncompiler: 测试组\ndate: 2026-01-01\n${styles}articles:\n  - 01-mine.md\n`);
  if (css) await writeFile(join(book, 'extra.css'), css);
  await writeFile(join(book, '01-mine.md'), ARTICLE);
  const png = new PNG({ width: 300, height: 100 });
  png.data.fill(128);
  await writeFile(join(book, 'chart.png'), PNG.sync.write(png));
  return proofBooklet({ dir: book, out: join(book, 'out'), approve: true, reporter: createMemoryReporter() });
}

const lost = (r: ProofResult) =>
  r.findings
    .filter((f) => f.check === 'text-lost')
    .map((f) => `${f.file ? basename(f.file) : '-'}:${f.line ?? '-'} ${f.excerpt}`)
    .sort();

test('footnotes, boxes with lists, a table, a quote, emphasis, Latin, an image and a figure: no text-lost finding', async () => {
  const result = await proofOf('features');
  assert.deepEqual(lost(result), []);
});

test('a paragraph, a footnote, a table cell and a caption hidden by a user stylesheet are each found at their line', async () => {
  const css = '.article blockquote p { display: none; } .footnote.booklet-note-2[data-footnote-marker] { visibility: hidden; } tbody tr:last-child td:last-child { visibility: hidden; } figcaption { visibility: hidden; }';
  assert.deepEqual(lost(await proofOf('hidden', css)), [
    '01-mine.md:25 百分之五',
    '01-mine.md:27 引用的一段话，说明问题的关键。',
    // The image alone in its paragraph is a figure captioned with its alt text, hidden with the others.
    '01-mine.md:29 产业结构示意图',
    '01-mine.md:36 第二个注释，在长段落所在的一页。',
    '01-mine.md:40 图1图注是读者读到的。',
  ]);
});

test('a paragraph pushed off the page by a user stylesheet is found at its line', async () => {
  const css = '.article blockquote p { white-space: nowrap; text-indent: 40em; }';
  assert.deepEqual(lost(await proofOf('cut-off', css)), ['01-mine.md:27 引用的一段话，说明问题的关键。']);
});
