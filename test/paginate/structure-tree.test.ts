// The screen PDF's structure tree (tagged PDF, PDF/UA-1), read back with poppler (`pdfinfo -struct-text`)
// and pdf-lib, for the booklet with every feature: headings, paragraphs, the contents, footnotes, a table
// and figures with their alternative text; and the running heads and folios left out as artifacts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { build } from '../../src/build.js';
import { createMemoryReporter } from '../../src/diagnostics.js';
import { FIXTURES } from '../helpers.js';
import { allNodes, structTree, textOf, type StructNode } from './struct-text.js';

let dir: string;
let pdfFile: string;
let html: string;
let tree: StructNode;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'booklet-tagged-'));
  await build({ dir: join(FIXTURES, 'every-feature'), out: dir, editions: ['html', 'screen'], reporter: createMemoryReporter() });
  pdfFile = join(dir, 'booklet.pdf');
  html = await readFile(join(dir, 'booklet.html'), 'utf8');
  tree = structTree(pdfFile);
});

after(() => rm(dir, { recursive: true, force: true }));

/** Text as compared: no white space, no invisible joiners. */
const plain = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/[\s\u2060\u200b]/g, '');

/** An element's text without its footnote calls (the HTML has the manuscript's, the PDF ① …). */
const ownText = (node: StructNode): string =>
  node.items.map((item) => (typeof item === 'string' ? item : item.type === 'Reference' ? '' : ownText(item))).join('');

test('the PDF says it is tagged, in Chinese, with its title shown, and its XMP metadata claims PDF/UA-1', async () => {
  const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  assert.match(info, /^Tagged:\s+yes$/m);
  assert.match(info, /^Metadata Stream:\s+yes$/m);
  const pdf = await PDFDocument.load(await readFile(pdfFile), { updateMetadata: false });
  assert.equal(pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString(), 'true');
  assert.equal(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText(), 'zh-CN');
  assert.equal(pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString(), 'true');
  const xmp = execFileSync('pdfinfo', ['-meta', pdfFile], { encoding: 'utf8' });
  for (const part of ['<pdfuaid:part>1</pdfuaid:part>', '功能样例读本：排版功能的全面检验</rdf:li>', '<rdf:li>zh-CN</rdf:li>', '<dc:creator><rdf:Seq><rdf:li>测试编写组；李明；王芳</rdf:li>', '<xmp:CreateDate>2026-11-01T00:00:00Z</xmp:CreateDate>']) {
    assert.ok(xmp.includes(part), `the XMP packet has ${part}`);
  }
});

test('the headings of the tree are the manuscripts’ headings, in order', () => {
  const expected = [...html.matchAll(/<h([1-6])([^>]*)>([\s\S]*?)<\/h\1>/g)]
    .filter((m) => !/class="(toc-title|sr-only)"/.test(m[2]!))
    .map((m) => `H${m[1]} ${plain(m[3]!)}`);
  const found = allNodes(tree).filter((n) => /^H[1-6]$/.test(n.type)).map((n) => `${n.type} ${plain(textOf(n))}`);
  assert.ok(expected.length >= 9, `the fixture has headings: ${expected.length}`);
  assert.deepEqual(found, expected);
});

test('every paragraph’s text is in the tree, whole in one element, in the manuscripts’ order', () => {
  const body = html.slice(html.indexOf('<body'));
  const notes = [...body.matchAll(/<section data-footnotes[\s\S]*?<\/section>/g)].map((m) => m[0]);
  const paragraphs = [...body.replace(/<section data-footnotes[\s\S]*?<\/section>/g, '').matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)]
    .map((m) => plain(m[1]!.replace(/<sup>[\s\S]*?<\/sup>/g, '')))
    .filter((t) => t.length > 0);
  assert.ok(paragraphs.length > 30, `paragraphs: ${paragraphs.length}`);
  const blocks = allNodes(tree).filter((n) => ['P', 'LBody', 'TD', 'TH', 'Caption', 'H1'].includes(n.type)).map((n) => plain(ownText(n)));
  let from = 0;
  for (const paragraph of paragraphs) {
    const at = blocks.findIndex((b, i) => i >= from && b.includes(paragraph));
    assert.ok(at >= 0, `paragraph in one element, after the one before it: ${paragraph.slice(0, 30)}…`);
    from = at;
  }
  const noteTexts = allNodes(tree).filter((n) => n.type === 'Note').map((n) => plain(textOf(n)));
  for (const li of notes.flatMap((s) => [...s.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => plain(m[1]!.replace(/<a [^>]*data-footnote-backref[\s\S]*?<\/a>/g, ''))))) {
    assert.ok(noteTexts.some((t) => t.endsWith(li)), `the note ${li.slice(0, 20)}… is a Note`);
  }
});

test('a paragraph Paged.js split over two pages is one P, its content on both pages', async () => {
  const pdf = await PDFDocument.load(await readFile(pdfFile), { updateMetadata: false });
  const split: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('StructElem')) continue;
    const kids = object.lookup(PDFName.of('K'));
    const pages = new Set([object.get(PDFName.of('Pg'))?.toString()]);
    for (const kid of kids instanceof PDFArray ? kids.asArray() : []) {
      const k = pdf.context.lookup(kid);
      if (k instanceof PDFDict && k.get(PDFName.of('Type')) === PDFName.of('MCR')) pages.add(k.get(PDFName.of('Pg'))?.toString());
    }
    if (pages.size > 1) split.push(object.get(PDFName.of('S'))!.toString());
  }
  assert.deepEqual(split, ['/P']);
});

test('each footnote is read right after the paragraph that calls it', () => {
  const notes = allNodes(tree).flatMap((parent) => parent.kids.map((kid, i) => ({ kid, before: parent.kids[i - 1] })).filter(({ kid }) => kid.type === 'Note'));
  assert.equal(notes.length, 3);
  for (const { kid, before } of notes) {
    const mark = [...plain(textOf(kid))][0]!;
    const calls = allNodes(before!).filter((n) => n.type === 'Reference').map((n) => plain(textOf(n)));
    assert.ok(calls.includes(mark), `the note ${mark} follows its call: ${calls.join(' ')}`);
  }
});

test('the contents are a TOC: an entry a part with its link, its sections as a TOC inside it', () => {
  const toc = tree.kids.find((n) => n.type === 'TOC')!;
  assert.ok(toc, 'a TOC at the top');
  assert.equal(toc.kids[0]!.type, 'Caption');
  const entries = toc.kids.filter((n) => n.type === 'TOCI');
  assert.equal(entries.length, (html.match(/class="toc-article"/g) ?? []).length);
  const sections = entries.flatMap((e) => e.kids.filter((k) => k.type === 'TOC').flatMap((t) => t.kids));
  assert.equal(sections.length, (html.match(/class="toc-section"/g) ?? []).length);
  for (const entry of [...entries, ...sections]) {
    assert.equal(entry.type, 'TOCI');
    const link = entry.kids[0]!;
    assert.equal(link.type, 'Link');
    assert.equal(link.objects, 1, 'the link annotation is in the tree');
    assert.match(plain(textOf(link)), /\d+$/, 'with the page number it shows');
  }
  // The leaders are artifacts.
  assert.ok(!textOf(tree).includes('· ·'));
});

test('the table is Table, THead and TBody, with column heads', () => {
  const tables = allNodes(tree).filter((n) => n.type === 'Table');
  assert.equal(tables.length, 1);
  const [head, body] = tables[0]!.kids;
  assert.equal(head!.type, 'THead');
  assert.equal(body!.type, 'TBody');
  assert.deepEqual(head!.kids[0]!.kids.map((c) => `${c.type} ${c.attributes.join(' ')} ${textOf(c)}`), ['TH /Scope /Column 季度', 'TH /Scope /Column 学习内容', 'TH /Scope /Column 形式', 'TH /Scope /Column 次数']);
  assert.deepEqual(body!.kids.map((r) => r.type), ['TR', 'TR', 'TR', 'TR']);
  assert.deepEqual(body!.kids[0]!.kids.map((c) => `${c.type} ${textOf(c)}`), ['TD 第一季度', 'TD 原著选读', 'TD 集中学习', 'TD 3']);
});

test('figures carry the manuscript’s alternative text, a figure’s caption inside it', async () => {
  const figures = allNodes(tree).filter((n) => n.type === 'Figure');
  assert.equal(figures.length, 3);
  assert.deepEqual(figures.map((f) => f.kids.map((k) => `${k.type} ${textOf(k)}`)), [['Caption 图1　六个年度的学习参与率'], [], ['Caption 图2　竖长条幅示意图']]);
  assert.deepEqual(await figureAlts(pdfFile), ['六个年度的学习参与率', '红点', '一幅竖长的示意条幅']);
});

test('running heads and folios are artifacts: an article’s title is in the tree where it is content only', () => {
  const pages = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).split('\f');
  const printed = pages.filter((p) => p.includes('在学习中把握方法与重点')).length;
  const tagged = allNodes(tree).filter((n) => n.text.some((t) => plain(t) === '在学习中把握方法与重点')).map((n) => n.type);
  assert.ok(printed >= 3, `the title is printed as a running head too: on ${printed} pages`);
  assert.deepEqual(tagged.sort(), ['H1', 'Link']);
});

test('a figure without alternative text: the PDF is still tagged, but claims no PDF/UA', async () => {
  const copy = await mkdtemp(join(tmpdir(), 'booklet-tagged-noalt-'));
  try {
    await cp(join(FIXTURES, 'every-feature'), copy, { recursive: true });
    const file = join(copy, '02-figures.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('![六个年度的学习参与率](figures/wide-chart.png)', '![](figures/wide-chart.png)'));
    const out = join(copy, 'out');
    await build({ dir: copy, out, editions: ['screen'], reporter: createMemoryReporter() });
    assert.match(execFileSync('pdfinfo', [join(out, 'booklet.pdf')], { encoding: 'utf8' }), /^Tagged:\s+yes$/m);
    assert.doesNotMatch(execFileSync('pdfinfo', ['-meta', join(out, 'booklet.pdf')], { encoding: 'utf8' }), /pdfuaid/);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});

/** The Alt of every Figure element, in the tree's order. */
async function figureAlts(file: string): Promise<string[]> {
  const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const alts: string[] = [];
  const visit = (dict: PDFDict) => {
    if (dict.get(PDFName.of('S')) === PDFName.of('Figure')) {
      const alt = dict.lookup(PDFName.of('Alt'));
      alts.push(alt instanceof PDFHexString || alt instanceof PDFString ? alt.decodeText() : '');
    }
    const kids = dict.lookup(PDFName.of('K'));
    for (const kid of kids instanceof PDFArray ? kids.asArray() : [kids]) {
      const k = pdf.context.lookup(kid);
      if (k instanceof PDFDict && !k.has(PDFName.of('MCID'))) visit(k);
    }
  };
  visit(pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict));
  return alts;
}
