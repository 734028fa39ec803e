// Reading a Word document (issue 21): a .docx made by the test with the `docx` package from known text
// (web-article.ts) — Title and Subtitle styles, a byline, Heading 2 sections, a bold run-in line, a
// table, a footnote, a picture, a page header and footer — read with every sentence in order, headings
// with their depth, the footnote as a Markdown footnote, the header and footer dropped; damaged files
// (not a zip, a zip that is no Word document, a cut-off one, an old .doc) fail with a clear message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Footer, FootnoteReferenceRun, Header, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { PNG } from 'pngjs';
import { readDocx } from '../../src/import/read-docx.js';
import { withTempDir } from '../helpers.js';
import { ARTICLE_TEXT, BYLINE, INTRO, NOTE, RUN_IN, SECTION_1, SECTION_1_TEXT, SECTION_2, SECTION_2_TEXT, SUBTITLE, TABLE, TITLE, assertInOrder, blockWith, failure, joined } from './web-article.js';

const FOOTNOTE = '数据来源：国家统计局《中华人民共和国2023年国民经济和社会发展统计公报》。';
const RUNNING_HEAD = '示例日报 · 理论版';
const FOLIO_LINE = '本版责任编辑：王小二';

/** A 4×4 red PNG. */
function png(): Buffer {
  const image = new PNG({ width: 4, height: 4 });
  for (let i = 0; i < image.data.length; i += 4) image.data.set([220, 30, 30, 255], i);
  return PNG.sync.write(image);
}

/** The article as a .docx, as Word users write one. */
async function articleDocx(): Promise<Buffer> {
  const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const cell = (text: string) => new TableCell({ children: [paragraph(text)], width: { size: 3000, type: WidthType.DXA } });
  const document = new Document({
    title: TITLE,
    creator: '李明远',
    styles: {
      paragraphStyles: [{ id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 32 } }],
    },
    footnotes: { 1: { children: [paragraph(FOOTNOTE)] } },
    sections: [
      {
        headers: { default: new Header({ children: [paragraph(RUNNING_HEAD)] }) },
        footers: { default: new Footer({ children: [paragraph(FOLIO_LINE)] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(TITLE)] }),
          new Paragraph({ style: 'Subtitle', children: [new TextRun(SUBTITLE)] }),
          paragraph(BYLINE),
          ...INTRO.map(paragraph),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(SECTION_1)] }),
          ...SECTION_1_TEXT.map(paragraph),
          new Paragraph({ children: [new TextRun({ text: RUN_IN, bold: true })] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(SECTION_2)] }),
          // The footnote's reference after the sentence it notes.
          new Paragraph({ children: [new TextRun(SECTION_2_TEXT[0]!), new FootnoteReferenceRun(1)] }),
          paragraph(SECTION_2_TEXT[1]!),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: png(), transformation: { width: 40, height: 40 }, altText: { name: 'chart', description: '示意图', title: '示意图' } })] }),
          new Table({ rows: TABLE.map((row) => new TableRow({ children: row.map(cell) })) }),
          paragraph(NOTE),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

test('a .docx: every sentence in order, the title, headings with their depth, the bold line, the table, the footnote', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'article.docx');
    await writeFile(file, await articleDocx());
    const document = await readDocx(file);
    assert.equal(document.kind, 'docx');
    assert.equal(document.title, TITLE);
    assertInOrder(joined(document), [...ARTICLE_TEXT, FOOTNOTE]);
    const blocks = document.blocks!;
    assert.deepEqual(blocks.map((block) => block.place.block), blocks.map((_, i) => i + 1), 'each block has its number');

    const title = blockWith(blocks, TITLE);
    assert.deepEqual([title.kind, title.depth, title.role], ['heading', 1, 'title']);
    const subtitle = blockWith(blocks, SUBTITLE);
    assert.deepEqual([subtitle.kind, subtitle.role], ['paragraph', 'subtitle']);
    assert.equal(blockWith(blocks, BYLINE).kind, 'paragraph');
    for (const heading of [SECTION_1, SECTION_2]) assert.deepEqual([blockWith(blocks, heading).kind, blockWith(blocks, heading).depth], ['heading', 2]);
    const runIn = blockWith(blocks, RUN_IN);
    assert.deepEqual([runIn.kind, runIn.bold], ['paragraph', true]);
    assert.equal(blockWith(blocks, INTRO[0]!).bold, undefined, 'a paragraph of plain text is not bold');

    // The footnote: a reference where it was, its text a definition at the end.
    const noted = blocks.find((block) => block.text.startsWith(SECTION_2_TEXT[0]!));
    assert.ok(noted);
    assert.deepEqual([noted.kind, noted.text], ['markdown', `${SECTION_2_TEXT[0]}[^1]`]);
    assert.deepEqual([blocks.at(-1)!.kind, blocks.at(-1)!.text], ['markdown', `[^1]: ${FOOTNOTE}`]);

    const table = blocks.find((block) => block.kind === 'markdown' && block.text.includes('|'));
    assert.ok(table, 'the table is a Markdown block');
    assert.match(table.text, /^\| *指标 *\| *2022年 *\| *2023年 *\|\n\| *:?-+:? *\|/);
    assert.match(table.text, /\| *发明专利拥有量（万件） *\| *421\.2 *\| *499\.1 *\|$/);

    // The picture: a file of its own, which its block refers to.
    assert.equal(document.media?.length, 1);
    const [picture] = document.media!;
    assert.equal(picture!.name, 'images/article-1.png');
    assert.deepEqual(Buffer.from(picture!.bytes), png());
    assert.ok(blocks.some((block) => block.kind === 'markdown' && block.text === '![示意图](images/article-1.png)'), JSON.stringify(blocks));

    // The page header and footer are furniture: dropped, and said so.
    const text = joined(document);
    for (const [piece, why] of [[RUNNING_HEAD, 'header'], [FOLIO_LINE, 'footer']] as const) {
      assert.ok(!text.includes(piece), `${piece} is not in the blocks`);
      assert.deepEqual(document.dropped.find((dropped) => dropped.text === piece)?.why, why, JSON.stringify(document.dropped));
    }
  });
});

test('a damaged .docx, or a file that is none, fails with what it is and what to do', async () => {
  await withTempDir(async (dir) => {
    const write = async (name: string, bytes: Uint8Array | string) => {
      const file = join(dir, name);
      await writeFile(file, bytes);
      return file;
    };
    const text = await failure(async () => readDocx(await write('text.docx', '这不是 Word 文档，只是一段文字。')));
    assert.equal(text.key, 'import-web.docx-not-zip');
    assert.match(text.printed, /text\.docx error Not a Word document \(\.docx\): the file is not a zip archive.*  import-docx\n  hint: /);

    const zip = await failure(async () => readDocx(await write('notes.docx', zipSync({ 'notes.txt': strToU8('hello') }))));
    assert.equal(zip.key, 'import-web.docx-no-document');
    assert.match(zip.printed, /holds no word\/document\.xml  import-docx/);

    const sheet = await failure(async () => readDocx(await write('sheet.docx', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }))));
    assert.match(sheet.printed, /\(it looks like an Excel spreadsheet\)/);

    const whole = await articleDocx();
    const cut = await failure(async () => readDocx(await write('cut.docx', whole.subarray(0, Math.floor(whole.length / 2)))));
    assert.equal(cut.key, 'import-web.docx-damaged');
    assert.match(cut.printed, /A damaged \.docx: its zip archive cannot be read \(.+\)/);
    assert.match(cut.printed, /hint: Open it in Word \(which offers to repair a damaged file\)/);

    const ole = await failure(async () => readDocx(await write('old.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))));
    assert.equal(ole.key, 'import-web.docx-old-format');

    // A zip whose document part is broken XML.
    const broken = await failure(async () => readDocx(await write('broken.docx', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') }))));
    assert.equal(broken.key, 'import-web.docx-unreadable', broken.printed);

    const empty = await failure(async () => readDocx(await write('empty.docx', await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({})] }] })))));
    assert.equal(empty.key, 'import-web.docx-empty');
    assert.match(empty.printed, /The Word document holds no text/);

    const missing = await failure(() => readDocx(join(dir, 'missing.docx')));
    assert.equal(missing.key, 'read.not-found');
  });
});

test('styles named in Chinese: 标题 is the title, 副标题 the subtitle, 标题 2 a heading', async () => {
  await withTempDir(async (dir) => {
    const style = (id: string, name: string) => ({ id, name, basedOn: 'Normal', next: 'Normal', run: {} });
    const document = new Document({
      styles: { paragraphStyles: [style('ZhTitle', '标题'), style('ZhSubtitle', '副标题'), style('ZhHeading2', '标题 2')] },
      sections: [
        {
          children: [
            new Paragraph({ style: 'ZhTitle', children: [new TextRun(TITLE)] }),
            new Paragraph({ style: 'ZhSubtitle', children: [new TextRun(SUBTITLE)] }),
            new Paragraph({ style: 'ZhHeading2', children: [new TextRun(SECTION_1)] }),
            new Paragraph({ children: [new TextRun(SECTION_1_TEXT[0]!)] }),
          ],
        },
      ],
    });
    const file = join(dir, '文章.docx');
    await writeFile(file, await Packer.toBuffer(document));
    const { blocks, title } = await readDocx(file);
    assert.equal(title, TITLE);
    assert.deepEqual(
      blocks!.map((block) => [block.kind, block.depth, block.role]),
      [['heading', 1, 'title'], ['paragraph', undefined, 'subtitle'], ['heading', 2, undefined], ['paragraph', undefined, undefined]],
    );
  });
});
