// Reading a web page saved from the browser (issue 21): the article found, every sentence of it kept in
// order, and nothing of the page's navigation, advertisements, related links, comments and footer
// (listed as dropped, with why); a GBK page; a page with no article. The pages are written by the test
// from known text (web-article.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readHtml } from '../../src/import/read-html.js';
import { decodeHtml } from '../../src/import/web/decode-html.js';
import { withTempDir } from '../helpers.js';
import { ARTICLE_TEXT, BYLINE, INTRO, NOTE, RUN_IN, SECTION_1, SECTION_1_TEXT, SECTION_2, SECTION_2_TEXT, SUBTITLE, TABLE, TITLE, assertInOrder, blockWith, failure, joined } from './web-article.js';

/** The furniture and clutter of the page, by why it is dropped. */
const FURNITURE = {
  header: ['示例新闻网'],
  navigation: ['首页', '时政频道', '科技频道', '理论频道', '您现在的位置：首页 > 理论 > 正文'],
  advertisement: ['广告：名牌手表限时五折优惠，点击立即抢购！'],
  related: ['相关阅读', '人工智能赋能千行百业的新路径', '数字经济发展的十个关键词'],
  clutter: ['分享到', '微信', '微博', 'QQ空间', '网友评论', '网友甲：写得真好，受益匪浅，值得反复阅读。', '发表评论'],
  footer: ['版权所有 © 2024 示例新闻网', '京ICP备00000000号', '关于我们 联系方式'],
};

/** The page: a site header and its navigation, a breadcrumb, the article (with a share bar), the
 *  comments, a sidebar of an advertisement and related links, the footer. */
function page(charset = 'utf-8'): string {
  const table = `<table><thead><tr>${TABLE[0]!.map((cell) => `<th>${cell}</th>`).join('')}</tr></thead><tbody>${TABLE.slice(1)
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="${charset}">
<title>${TITLE}_理论频道_示例新闻网</title>
<script>window.dataLayer = [{ page: "article" }];</script>
<style>body { font-family: sans-serif; }</style>
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/">示例新闻网</a></div>
  <nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/politics">时政频道</a></li><li><a href="/tech">科技频道</a></li><li><a href="/theory">理论频道</a></li></ul></nav>
</header>
<div class="breadcrumb">您现在的位置：首页 &gt; 理论 &gt; 正文</div>
<div class="wrapper">
  <div class="main-column">
    <article class="article">
      <h1 class="article-title">${TITLE}</h1>
      <h2 class="subtitle">${SUBTITLE}</h2>
      <p class="byline">${BYLINE}</p>
      <div class="article-body">
        ${INTRO.map((p) => `<p>　　${p}</p>`).join('\n        ')}
        <h2>${SECTION_1}</h2>
        <p>${SECTION_1_TEXT[0]!.slice(0, 30)}
${SECTION_1_TEXT[0]!.slice(30)}</p>
        <p>${SECTION_1_TEXT[1]}</p>
        <p><strong>${RUN_IN}</strong></p>
        <h2>${SECTION_2}</h2>
        ${SECTION_2_TEXT.map((p) => `<p>${p}</p>`).join('\n        ')}
        ${table}
        <p>${NOTE}</p>
      </div>
      <div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
    </article>
    <section class="comments" id="comments">
      <h3>网友评论</h3>
      <div class="comment-item"><p>网友甲：写得真好，受益匪浅，值得反复阅读。</p></div>
      <form class="comment-form"><textarea name="c"></textarea><button type="submit">发表评论</button></form>
    </section>
  </div>
  <aside class="sidebar">
    <div class="ad-box"><a href="https://ads.example.com/">广告：名牌手表限时五折优惠，点击立即抢购！</a></div>
    <div class="related-news"><h3>相关阅读</h3><ul><li><a href="/a/1">人工智能赋能千行百业的新路径</a></li><li><a href="/a/2">数字经济发展的十个关键词</a></li></ul></div>
  </aside>
</div>
<footer class="site-footer"><p>版权所有 © 2024 示例新闻网</p><p>京ICP备00000000号</p><p><a href="/about">关于我们</a> <a href="/contact">联系方式</a></p></footer>
</body>
</html>
`;
}

test('a saved web page: every sentence of the article, in order, and none of the furniture', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'article.html');
    await writeFile(file, page());
    const document = await readHtml(file);
    assert.equal(document.kind, 'html');
    assert.equal(document.title, TITLE);
    const text = joined(document);
    assertInOrder(text, ARTICLE_TEXT);
    for (const [why, pieces] of Object.entries(FURNITURE)) {
      for (const piece of pieces) {
        assert.ok(!text.includes(piece), `«${piece}» (${why}) is not in the article:\n${text}`);
        const dropped = document.dropped.find((d) => d.text.includes(piece));
        assert.ok(dropped, `«${piece}» is listed as dropped: ${JSON.stringify(document.dropped)}`);
        assert.equal(dropped.why, why, `«${piece}» is dropped as ${why}`);
        assert.ok(dropped.place.line && dropped.place.line > 1, `«${piece}» has its line`);
      }
    }
    // Nothing of the head (the script, the style) is text of the page.
    assert.ok(!document.dropped.some((d) => /dataLayer|font-family/.test(d.text)), JSON.stringify(document.dropped));
    // Every letter, digit and Han character of the body is in a block or in what was dropped, once.
    const body = page()
      .split('<body>')[1]!
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&gt;/g, '>');
    const characters = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).sort().join('');
    assert.equal(characters(text + document.dropped.map((d) => d.text).join('')), characters(body));
  });
});

test('the blocks of a web page: the title and headings with their depth, the bold line, the table as GFM, places', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'article.html');
    await writeFile(file, page());
    const { blocks } = await readHtml(file);
    assert.ok(blocks);
    const title = blockWith(blocks, TITLE);
    assert.deepEqual([title.kind, title.depth, title.role, title.place.block], ['heading', 1, 'title', 1]);
    assert.deepEqual([blockWith(blocks, SECTION_1).kind, blockWith(blocks, SECTION_1).depth], ['heading', 2]);
    assert.equal(blockWith(blocks, BYLINE).role, 'byline');
    // The subtitle, an <h2 class="subtitle">, is no section heading.
    assert.deepEqual([blockWith(blocks, SUBTITLE).kind, blockWith(blocks, SUBTITLE).depth, blockWith(blocks, SUBTITLE).role], ['paragraph', undefined, 'subtitle']);
    const runIn = blockWith(blocks, RUN_IN);
    assert.deepEqual([runIn.kind, runIn.bold], ['paragraph', true]);
    // The ideographic spaces that indent a paragraph are layout; a line break between Han characters is
    // no space.
    assert.equal(blockWith(blocks, INTRO[0]!).kind, 'paragraph');
    assert.equal(blockWith(blocks, SECTION_1_TEXT[0]!).kind, 'paragraph');
    const table = blocks.find((block) => block.kind === 'markdown' && block.text.includes('|'));
    assert.ok(table, 'the table is a Markdown block');
    assert.match(table.text, /^\| *指标 *\| *2022年 *\| *2023年 *\|\n\| *:?-+:? *\|/);
    assert.match(table.text, /\| *研发经费投入（亿元） *\| *30783 *\| *33278 *\|/);
    // Places: the blocks in order, 1, 2, 3…, each with its line in the file.
    assert.deepEqual(blocks.map((block) => block.place.block), blocks.map((_, i) => i + 1));
    const lines = blocks.map((block) => block.place.line ?? 0);
    assert.ok(lines.every((line, i) => line > 0 && line >= (lines[i - 1] ?? 0)), `lines: ${lines}`);
    assert.equal(title.place.line, page().split('\n').findIndex((line) => line.includes('<h1')) + 1);
  });
});

/** `text` in GBK, made by inverting the GBK decoder (every two-byte code it decodes). */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      assert.ok(pair, `${char} is in GBK`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

test('a GBK page (charset gb2312 in its meta, or none at all) is read in GBK', async () => {
  await withTempDir(async (dir) => {
    // © is not in GBK: the page has its copyright line without it.
    const html = page('gb2312').replace('©', '(C)');
    const declared = join(dir, 'gbk.html');
    await writeFile(declared, gbk(html));
    assert.equal(decodeHtml(gbk(html)).encoding, 'gbk');
    assertInOrder(joined(await readHtml(declared)), ARTICLE_TEXT);
    // Without a charset, the bytes are not UTF-8 and read as Chinese in GB18030.
    const undeclared = join(dir, 'undeclared.html');
    await writeFile(undeclared, gbk(html.replace('<meta charset="gb2312">', '')));
    assert.equal(decodeHtml(gbk(html.replace('<meta charset="gb2312">', ''))).encoding, 'gb18030');
    assertInOrder(joined(await readHtml(undeclared)), ARTICLE_TEXT);
  });
});

test('the charset a page declares: <meta charset>, <meta http-equiv>, a byte-order mark first', () => {
  const ascii = (text: string) => Buffer.from(text, 'latin1');
  assert.equal(decodeHtml(ascii('<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>x')).encoding, 'gbk');
  assert.equal(decodeHtml(ascii("<meta charset='big5'><p>x")).encoding, 'big5');
  assert.equal(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ascii('<meta charset="gbk"><p>中')])).encoding, 'utf-8');
  assert.equal(decodeHtml(Buffer.from('<p>中文</p>')).encoding, 'utf-8', 'no charset, valid UTF-8');
  assert.equal(decodeHtml(ascii('<meta charset="no-such-thing"><p>x')).encoding, 'utf-8', 'an unknown charset is not believed');
  // A page saved as UTF-8 keeps the charset its site declared: valid UTF-8 beyond ASCII is UTF-8.
  const saved = decodeHtml(Buffer.from('<meta charset="gb2312"><p>人工智能</p>'));
  assert.deepEqual([saved.encoding, saved.text.includes('人工智能')], ['utf-8', true]);
});

test('a page with no article fails with a clear message, and so does a page with no text', async () => {
  await withTempDir(async (dir) => {
    const links = join(dir, 'index.html');
    const index = page()
      .replace(/<article[\s\S]*<\/article>/, '<ul class="list"><li><a href="/a/3">科技创新的三个维度</a></li><li><a href="/a/4">新质生产力的实践路径</a></li><li><a href="/a/5">如何理解高质量发展</a></li></ul>')
      .replace(/<section class="comments"[\s\S]*?<\/section>/, '');
    await writeFile(links, index);
    const noArticle = await failure(() => readHtml(links));
    assert.equal(noArticle.key, 'import-web.no-article');
    assert.match(noArticle.printed, /index\.html error No article found on the web page/);
    assert.match(noArticle.printed, /hint: .*copy the article's text into a \.txt file/);

    const shell = join(dir, 'app.html');
    await writeFile(shell, '<!DOCTYPE html><html><head><title>示例</title><script src="app.js"></script></head><body><div id="app"></div><noscript>请启用 JavaScript。</noscript></body></html>');
    const noText = await failure(() => readHtml(shell));
    assert.equal(noText.key, 'import-web.no-text');
    assert.match(noText.printed, /Save Page As/);

    const missing = await failure(() => readHtml(join(dir, 'missing.html')));
    assert.equal(missing.key, 'read.not-found');
  });
});

test('paragraphs set apart with line breaks are paragraphs; a line break inside a Chinese sentence is no space', async () => {
  const { blocksFromHtml } = await import('../../src/import/web/blocks-from-html.js');
  const { fromHtml } = await import('hast-util-from-html');
  const html = '<div>　　第一段讲科技创新。<br><br>第二段讲成果转化，\n要打通最后一公里。<br>　　第三段讲人才。<br>第三段的第二行。</div><p>Latin words\nkeep their space.</p><p>　<em>强调</em>的词。</p><p><b>Run-in heading<br></b> The text.</p><p><strong>要点 </strong>其余。</p>';
  const blocks = await blocksFromHtml(fromHtml(html, { fragment: true }));
  assert.deepEqual(
    blocks.map((block) => [block.kind, block.text]),
    [
      ['paragraph', '第一段讲科技创新。'],
      ['paragraph', '第二段讲成果转化，要打通最后一公里。'],
      ['markdown', '第三段讲人才。\\\n第三段的第二行。'],
      ['paragraph', 'Latin words keep their space.'],
      ['markdown', '*强调*的词。'],
      // A break or a space at the end of the bold stands after it.
      ['markdown', '**Run-in heading**\\\nThe text.'],
      ['markdown', '**要点** 其余。'],
    ],
  );
});

test('what a part of a page is, by its tag, role, class and id', async () => {
  const { furnitureOf } = await import('../../src/import/web/furniture.js');
  const { h } = await import('hastscript');
  const cases: [ReturnType<typeof h>, string | undefined][] = [
    [h('nav'), 'navigation'],
    [h('div', { className: ['breadcrumbs'] }), 'navigation'],
    [h('ul', { role: 'menu' }), 'navigation'],
    [h('div', { id: 'ad_right' }), 'advertisement'],
    [h('ins', { className: ['adsbygoogle'] }), 'advertisement'],
    [h('div', { className: ['shadow'] }), undefined],
    [h('section', { className: ['relatedNews'] }), 'related'],
    [h('div', { id: 'comments' }), 'clutter'],
    [h('footer'), 'footer'],
    [h('div', { className: ['site-footer'] }), 'footer'],
    [h('div', { className: ['subheader-text'] }), undefined],
    [h('div', { style: 'display: none' }), 'clutter'],
    [h('div', { className: ['article-content'] }), undefined],
  ];
  for (const [element, why] of cases) assert.equal(furnitureOf(element, false), why, JSON.stringify(element.properties));
  // The article's own header and footer (its title, its byline) are not the page's.
  assert.equal(furnitureOf(h('header'), true), undefined);
  assert.equal(furnitureOf(h('header'), false), 'header');
  // Of an element around the whole article, only the tag and role speak.
  assert.equal(furnitureOf(h('div', { className: ['has-sidebar'] }), false, 'tag'), undefined);
  assert.equal(furnitureOf(h('aside', { className: ['has-sidebar'] }), false, 'tag'), 'clutter');
  // An id made of a section's heading is not read where Readability took the text for the article's.
  assert.equal(furnitureOf(h('div', { id: 'sharing-with-a-developer' }), false, 'all'), 'clutter');
  assert.equal(furnitureOf(h('div', { id: 'sharing-with-a-developer' }), false, 'class'), undefined);
  // An inline element's class is of its words: a glossary link's class="popup".
  assert.equal(furnitureOf(h('a', { className: ['popup'] }), false), undefined);
  assert.equal(furnitureOf(h('div', { className: ['popup'] }), false), 'clutter');
});

test('a table that lays the page out is read as its cells; a table of data stays a table', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'layout.html');
    const cell = (text: string) => `<td>${text}</td>`;
    await writeFile(
      file,
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body>
<table width="960"><tr><td class="left-nav"><a href="/">首页</a><br><a href="/x">理论</a></td><td>
<h1>${TITLE}</h1>
${[...INTRO, ...SECTION_1_TEXT].map((p) => `<p>${p}</p>`).join('\n')}
<table><tr>${TABLE[0]!.map(cell).join('')}</tr>${TABLE.slice(1).map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')}<tr>${['合计', '1', '2'].map(cell).join('')}</tr><tr>${['备注', '3', '4'].map(cell).join('')}</tr></table>
</td></tr></table></body></html>`,
    );
    const { blocks } = await readHtml(file);
    assert.ok(blocks);
    assert.deepEqual(blocks.slice(0, 2).map((block) => [block.kind, block.text]), [['heading', TITLE], ['paragraph', INTRO[0]]]);
    assert.equal(blocks.filter((block) => block.kind === 'markdown').length, 1, JSON.stringify(blocks));
    assert.match(blocks.find((block) => block.kind === 'markdown')!.text, /^\| 指标 +\| 2022年 \| 2023年 \|\n/);
  });
});

test('pictures saved with the page, or in it as data: URLs, are kept as files of their own; one on the web keeps its address', async () => {
  await withTempDir(async (dir) => {
    const { PNG } = await import('pngjs');
    const image = new PNG({ width: 2, height: 2 });
    image.data.fill(200);
    const png = PNG.sync.write(image);
    await mkdir(join(dir, '文章_files'));
    await writeFile(join(dir, '文章_files', 'chart 1.png'), png);
    const html = page().replace(
      `<p>${SECTION_2_TEXT[1]}</p>`,
      `<p>${SECTION_2_TEXT[1]}</p><p><img src="%E6%96%87%E7%AB%A0_files/chart%201.png" alt="研发经费图"></p><p><img src="data:image/png;base64,${png.toString('base64')}" alt="专利图"></p><p><img src="https://img.example.com/x.jpg" alt="网上的图"></p>`,
    );
    const file = join(dir, '文章.html');
    await writeFile(file, html);
    const document = await readHtml(file);
    const stem = document.media?.[0]?.name.match(/^images\/(source-[0-9a-f]{8})-1\.png$/)?.[1];
    assert.ok(stem, `a name made of the page's bytes: ${document.media?.map((m) => m.name)}`);
    assert.deepEqual(document.media!.map((m) => [m.name, m.type, Buffer.from(m.bytes).equals(png)]), [[`images/${stem}-1.png`, 'image/png', true], [`images/${stem}-2.png`, 'image/png', true]]);
    const pictures = document.blocks!.filter((block) => block.text.startsWith('!['));
    assert.deepEqual(pictures.map((block) => block.text), [`![研发经费图](images/${stem}-1.png)`, `![专利图](images/${stem}-2.png)`, '![网上的图](https://img.example.com/x.jpg)']);
  });
});
