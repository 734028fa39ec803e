// PDFs made from known text for the PDF reader's tests and benchmark, printed by Chromium: a newspaper
// page of four columns (a title, subtitle and byline across them, headings and run-in bold headings, a
// page header with the paper's name and date and the edition on every page), a book's pages (a running
// head and a folio), an image alone (a scan), and a PDF locked by a password.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { PNG } from 'pngjs';
import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import { FONT_FACES } from '../../src/html/fonts.js';
import { SOURCE_TEXT } from '../helpers.js';

/** One block of an article: a heading (`h2`, larger and bold), a bold line, a paragraph (with its
 *  first sentence bold when `runIn`), or the closing source note. */
export interface Block {
  kind: 'h2' | 'bold' | 'p' | 'note';
  text: string;
  /** The bold first sentence of a paragraph (a run-in heading). */
  runIn?: string;
}

export interface Article {
  title: string;
  subtitle: string;
  byline: string;
  blocks: Block[];
}

/** The articles of the user's source text (test/fixtures/source), as their blocks. A paragraph that
 *  opens with a short sentence (at most 24 characters) of a long paragraph has it set bold, run in. */
export function sourceArticles(): Article[] {
  const lines = readFileSync(SOURCE_TEXT, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const starts = lines.flatMap((l, i) => (l.startsWith('# ') ? [i] : []));
  return starts.map((start, k) => {
    const [title, ...rest] = lines.slice(start, starts[k + 1]);
    // The second article has no subtitle: its byline follows the title.
    const subtitle = rest[0]!.startsWith('——') ? rest.shift()! : '';
    const byline = rest.shift()!;
    const blocks = rest.map((line): Block => {
      if (line.startsWith('## ')) return { kind: 'h2', text: line.slice(3) };
      if (/^\*\*.*\*\*$/.test(line)) return { kind: 'bold', text: line.slice(2, -2) };
      if (/^[(（](来源|作者)/.test(line)) return { kind: 'note', text: line };
      const first = /^[^。！？]{4,24}。/u.exec(line)?.[0];
      return first && line.length > 60 ? { kind: 'p', text: line, runIn: first } : { kind: 'p', text: line };
    });
    return { title: title!.replace(/^# /, ''), subtitle, byline, blocks };
  });
}

/** The first article of the source text. */
export const firstArticle = (): Article => sourceArticles()[0]!;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The @font-face rules of the booklet's Noto Serif SC (regular and bold), from node_modules. */
function faces(): string {
  return FONT_FACES.filter((f) => f.family === 'Noto Serif SC')
    .map((f) => `@font-face { font-family: "Serif"; font-weight: ${f.weight}; src: url("${pathToFileURL(f.path).href}") format("truetype"); }`)
    .join('\n');
}

function articleHtml(article: Article): string {
  const body = article.blocks
    .map((b) => {
      if (b.kind === 'h2') return `<h2>${escape(b.text)}</h2>`;
      if (b.kind === 'bold') return `<p class="bold">${escape(b.text)}</p>`;
      if (b.kind === 'note') return `<p class="note">${escape(b.text)}</p>`;
      if (b.runIn) return `<p><strong>${escape(b.runIn)}</strong>${escape(b.text.slice(b.runIn.length))}</p>`;
      return `<p>${escape(b.text)}</p>`;
    })
    .join('\n');
  const subtitle = article.subtitle ? `<p class="subtitle">${escape(article.subtitle)}</p>\n` : '';
  return `<h1>${escape(article.title)}</h1>\n${subtitle}<p class="byline">${escape(article.byline)}</p>\n${body}`;
}

/** The paper's furniture on every page of the newspaper. */
export const PAPER = { name: '学习时报·理论周刊', date: '2026年12月3日 星期四' };
/** The book's running head. */
export const BOOK_HEAD = '学习读本（第一辑）';

/** A newspaper: A3 pages of four columns, the article's head across them, the paper's name and the date
 *  at the head of each page and its edition (第 N 版) at the foot. */
export function newspaperHtml(article: Article): string {
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>${escape(article.title)}</title><style>
${faces()}
@page { size: 297mm 420mm; margin: 24mm 16mm 22mm;
  @top-left { content: "${PAPER.name}"; font: 10pt "Serif"; }
  @top-right { content: "${PAPER.date}"; font: 10pt "Serif"; }
  @bottom-center { content: "第 " counter(page) " 版"; font: 9pt "Serif"; } }
html { font: 10.5pt/1.65 "Serif"; }
body { margin: 0; columns: 4; column-gap: 7mm; column-fill: auto; }
h1 { column-span: all; font-size: 30pt; line-height: 1.3; text-align: center; margin: 0 0 4pt; }
.subtitle { column-span: all; font-size: 16pt; text-align: center; margin: 0 0 4pt; text-indent: 0; }
.byline { column-span: all; font-size: 12pt; text-align: center; margin: 0 0 14pt; text-indent: 0; }
h2 { font-size: 13pt; margin: 8pt 0 6pt; text-align: center; break-after: avoid; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.bold { font-weight: 700; text-indent: 0; text-align: center; margin: 6pt 0; }
p.note { text-indent: 0; margin-top: 6pt; }
strong { font-weight: 700; }
</style></head><body>
${articleHtml(article)}
</body></html>`;
}

/** A newspaper page with two articles side by side, each in two columns under its own title. */
export function twoArticlesHtml(left: Article, right: Article): string {
  const article = (a: Article) => `<article>${articleHtml(a)}</article>`;
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>
${faces()}
@page { size: 297mm 420mm; margin: 24mm 16mm 22mm;
  @top-left { content: "${PAPER.name}"; font: 10pt "Serif"; }
  @top-right { content: "${PAPER.date}"; font: 10pt "Serif"; }
  @bottom-center { content: "第 " counter(page) " 版"; font: 9pt "Serif"; } }
html { font: 10.5pt/1.65 "Serif"; }
body { margin: 0; display: grid; grid-template-columns: 1fr 1fr; column-gap: 9mm; align-items: start; }
article { columns: 2; column-gap: 7mm; }
h1 { column-span: all; font-size: 24pt; line-height: 1.3; text-align: center; margin: 0 0 4pt; }
.subtitle { column-span: all; font-size: 14pt; text-align: center; margin: 0 0 4pt; }
.byline { column-span: all; font-size: 12pt; text-align: center; margin: 0 0 12pt; }
h2 { font-size: 13pt; margin: 8pt 0 6pt; text-align: center; break-after: avoid; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.bold { font-weight: 700; text-indent: 0; text-align: center; margin: 6pt 0; }
p.note { text-indent: 0; margin-top: 6pt; }
strong { font-weight: 700; }
</style></head><body>
${article(left)}
${article(right)}
</body></html>`;
}

/** A book: A5 pages of one column, the book's running head at the head and the folio at the foot. */
export function bookHtml(article: Article): string {
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>
${faces()}
@page { size: 148mm 210mm; margin: 20mm 16mm;
  @top-center { content: "${BOOK_HEAD}"; font: 9pt "Serif"; }
  @bottom-center { content: counter(page); font: 9pt "Serif"; } }
html { font: 10.5pt/1.7 "Serif"; }
body { margin: 0; }
h1 { font-size: 20pt; text-align: center; margin: 0 0 6pt; }
.subtitle, .byline { text-align: center; margin: 0 0 6pt; }
h2 { font-size: 13pt; margin: 10pt 0 6pt; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.bold { font-weight: 700; text-indent: 0; }
p.note { text-indent: 0; }
</style></head><body>
${articleHtml(article)}
</body></html>`;
}

/** `html` set in Debian's Noto Serif CJK SC (fonts-noto-cjk, a CFF font) instead of the booklet's TrueType
 *  faces: Chromium writes CFF CJK fonts as Type 3 fonts, many of them, with no names in pdffonts. */
export const withSystemFont = (html: string): string => html.replace(/@font-face[^\n]*\n/g, '').replace(/"Serif"/g, '"Noto Serif CJK SC"');

/** A page that shows only an image (as a scanned page does), with the PNG it shows. */
export async function scanHtml(dir: string): Promise<string> {
  const png = new PNG({ width: 420, height: 594 });
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      // Grey lines of "text" on white.
      const ink = y % 24 < 10 && x > 40 && x < 380 && y > 40 && y < 550 ? 60 : 250;
      png.data.set([ink, ink, ink, 255], (y * png.width + x) * 4);
    }
  }
  await writeFile(join(dir, 'scan.png'), PNG.sync.write(png));
  return `<!doctype html><html><head><style>@page { size: 148mm 210mm; margin: 0 } body { margin: 0 } img { width: 148mm; height: 210mm; display: block }</style></head><body><img src="scan.png"></body></html>`;
}

/** Print `html` (written into `dir` as NAME.html, so that its relative URLs resolve there) to NAME.pdf. */
export async function printPdf(browser: Browser, dir: string, name: string, html: string): Promise<string> {
  const htmlPath = join(dir, `${name}.html`);
  await writeFile(htmlPath, html);
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: 120_000 });
    const file = join(dir, `${name}.pdf`);
    await writeFile(file, pdf);
    return file;
  } finally {
    await page.close();
  }
}

/** `source` locked with a user password nobody knows: a standard security handler (RC4 128-bit, R 3)
 *  whose /U entry no password matches, so a reader must ask for one. */
export async function lockPdf(source: Uint8Array, file: string): Promise<void> {
  const doc = await PDFDocument.load(source);
  const bytes = (n: number) => PDFHexString.of(Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff)).toString('hex'));
  const encrypt = doc.context.obj({ Filter: 'Standard', V: 2, R: 3, Length: 128, P: PDFNumber.of(-3904) });
  encrypt.set(PDFName.of('O'), bytes(32));
  encrypt.set(PDFName.of('U'), bytes(32));
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([bytes(16), bytes(16)]);
  await writeFile(file, await doc.save({ useObjectStreams: false }));
}

/** RC4 (the PDF standard security handler's cipher at revision 2). */
function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/** A one-page PDF showing `text` (Helvetica), encrypted with an owner password only (RC4 40-bit,
 *  revision 2; printing and copying not allowed), as official PDFs often are: it opens without a
 *  password. Written by hand, as pdf-lib does not encrypt. */
export async function ownerLockedPdf(file: string, text: string): Promise<void> {
  const { createHash } = await import('node:crypto');
  const md5 = (...parts: Uint8Array[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const p = -64;
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p);
  const owner = Buffer.concat([Buffer.from('owner'), PAD]).subarray(0, 32);
  const O = rc4(md5(owner).subarray(0, 5), PAD);
  const key = md5(PAD, O, pBytes, id).subarray(0, 5);
  const U = rc4(key, PAD);
  const objectKey = (n: number) => md5(key, Buffer.from([n & 255, (n >> 8) & 255, (n >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), Buffer.from(`BT /F1 24 Tf 72 720 Td (${text}) Tj ET`, 'latin1'));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream', 'latin1')]),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P ${p} /O <${O.toString('hex')}> /U <${U.toString('hex')}> >>`,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, k) => {
    const chunk = Buffer.concat([Buffer.from(`${k + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(at);
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  const trailer = `\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(Buffer.from(xref + trailer, 'latin1'));
  await writeFile(file, Buffer.concat(parts));
}
