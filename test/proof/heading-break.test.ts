// Headings break between phrases, never inside a word (issue 19, item 5): the breaks two segmenters
// agree on (ICU's words, BudouX's phrases), a lone character joined to its phrase; the build marks them
// with <wbr> under `word-break: keep-all`, and the proof's heading-break check finds a line broken
// elsewhere: here, where a user stylesheet sets the headings' word-break back to normal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { phraseBreaks } from '../../src/html/phrase-breaks.js';
import { proofBooklet } from '../../src/proof/proof-booklet.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { withTempDir } from '../helpers.js';

/** The text with a | at every break allowed. */
const marked = (text: string) => {
  let out = '';
  let from = 0;
  for (const cut of phraseBreaks(text)) {
    out += `${text.slice(from, cut)}|`;
    from = cut;
  }
  return out + text.slice(from);
};

test('phrase breaks: between words, after the comma; never inside 发展, 大会战, 习近平, nor before a closing mark', () => {
  assert.equal(marked('三、坚持生态优先、绿色发展，大力推进绿美河源生态建设'), '三、坚持|生态|优先、|绿色|发展，|大力|推进绿美|河源|生态|建设');
  assert.equal(marked('一、紧紧围绕产业建设“大会战”，全面谋划产业大发展'), '一、紧紧围绕|产业|建设|“大会战”，|全面|谋划|产业大|发展');
  assert.equal(marked('深刻领会习近平总书记关于人工智能的重要论述'), '深刻|领会|习近平|总书记|关于|人工|智能的|重要|论述');
  assert.deepEqual(phraseBreaks('学'), []);
});

// Headings of the project's second article and others as long: each takes two lines at 12 pt.
const HEADINGS = [
  '一、紧紧围绕产业建设“大会战”，全面谋划产业大发展',
  '三、坚持生态优先、绿色发展，大力推进绿美河源生态建设',
  '四、依托河源地方特色，实现城乡区域协调发展的新格局',
  '五、深刻领会习近平总书记关于人工智能的重要论述精神',
];

async function proofOf(dir: string, css: string) {
  const book = join(dir, css ? 'normal' : 'phrased');
  await mkdir(book, { recursive: true });
  const styles = css ? 'styles:\n  - extra.css\n' : '';
  await writeFile(join(book, 'booklet.yaml'), `title: 标题折行\ncompiler: 测试组\ndate: 2026-01-01\n${styles}articles:\n  - 01-a.md\n`);
  if (css) await writeFile(join(book, 'extra.css'), css);
  const body = HEADINGS.map((h) => `## ${h}\n\n${'正文段落，说明这一节的内容。'.repeat(6)}\n`).join('\n');
  await writeFile(join(book, '01-a.md'), `---\ntitle: 标题\n---\n\n${body}`);
  return proofBooklet({ dir: book, out: join(book, 'out'), approve: true, reporter: createMemoryReporter() });
}

const breaks = (findings: Awaited<ReturnType<typeof proofOf>>['findings']) =>
  findings.filter((f) => f.check === 'heading-break').map((f) => `${f.file ? basename(f.file) : '-'}:${f.line ?? '-'} ${f.excerpt}`);

test('long headings break between phrases; set back to break anywhere, the proof finds each at its line', () =>
  withTempDir(async (dir) => {
    const phrased = await proofOf(dir, '');
    assert.deepEqual(phrased.findings.filter((f) => f.severity === 'error').map((f) => `${f.check} ${f.excerpt}`), []);
    const normal = breaks((await proofOf(dir, 'h2 { word-break: normal; }')).findings);
    assert.ok(normal.length > 0, 'a heading broken inside a word is found');
    for (const finding of normal) assert.match(finding, /^01-a\.md:(5|9|13|17) /);
  }));
