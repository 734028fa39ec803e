// The zip archive a .docx is (Office Open XML, ECMA-376 part 2): checked before mammoth reads it, so that
// a file that is no .docx is named for what it is (an old .doc, a spreadsheet, a damaged archive), and
// read for what mammoth does not give: the title in its core properties (docProps/core.xml) and the text
// of its page headers and footers (word/header*.xml, word/footer*.xml), which are page furniture.
import type JSZip from 'jszip';
import { fail, firstLine } from '../../diagnostics.js';
import { phrase } from '../../ui/catalogue.js';
import type { Dropped } from '../source.js';

export const DOCX_RULE = 'import-docx';

/** What the archive says besides the document's body. */
export interface DocxPackage {
  /** dc:title of the core properties, when set. */
  title?: string;
  /** The text of the page headers and footers. */
  furniture: Dropped[];
}

/** Check that `bytes` are a .docx and read its title and furniture; a file that is not one fails with
 *  what it is and what to do. */
export async function openDocx(bytes: Uint8Array, file: string): Promise<DocxPackage> {
  // The Compound File Binary header: Word 97–2003, or a .docx encrypted with a password (MS-OFFCRYPTO).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    fail(phrase('import-web.docx-old-format'), { file }, DOCX_RULE, phrase('import-web.docx-old-format.hint'));
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) fail(phrase('import-web.docx-not-zip'), { file }, DOCX_RULE, phrase('import-web.docx-not-zip.hint'));
  const { default: JSZipClass } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await JSZipClass.loadAsync(bytes);
  } catch (error) {
    fail(phrase('import-web.docx-damaged', { detail: firstLine(error) }), { file }, DOCX_RULE, phrase('import-web.docx-repair.hint'));
  }
  if (!(await mainDocument(zip))) {
    const kind = await kindOf(zip);
    fail(phrase('import-web.docx-no-document', { kind: kind ? phrase(kind) : '' }), { file }, DOCX_RULE, phrase('import-web.docx-no-document.hint'));
  }
  const core = await read(zip, 'docProps/core.xml');
  const title = core ? xmlText(/<dc:title\b[^>]*>([\s\S]*?)<\/dc:title>/.exec(core)?.[1] ?? '').trim() : '';
  const furniture: Dropped[] = [];
  const parts = Object.keys(zip.files).filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name)).sort();
  for (const name of parts) {
    const text = paragraphsOf((await read(zip, name)) ?? '').join(' ').trim();
    if (text) furniture.push({ text, place: {}, why: name.includes('header') ? 'header' : 'footer' });
  }
  return { ...(title ? { title } : {}), furniture: dedupe(furniture) };
}

/** Whether the archive has the main document part: where its relationships (_rels/.rels) say, or the
 *  usual word/document.xml (where mammoth looks too). */
async function mainDocument(zip: JSZip): Promise<boolean> {
  const rels = await read(zip, '_rels/.rels');
  const target = rels ? /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"/.exec(rels)?.[1] ?? /<Relationship\b[^>]*Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels)?.[1] : undefined;
  return zip.file('word/document.xml') !== null || (target !== undefined && zip.file(target) !== null);
}

/** What a zip archive that is no .docx looks like, by its parts. */
async function kindOf(zip: JSZip): Promise<'import-web.kind.spreadsheet' | 'import-web.kind.presentation' | 'import-web.kind.opendocument' | 'import-web.kind.epub' | undefined> {
  if (zip.file('xl/workbook.xml')) return 'import-web.kind.spreadsheet';
  if (zip.file('ppt/presentation.xml')) return 'import-web.kind.presentation';
  const mimetype = (await read(zip, 'mimetype'))?.trim() ?? '';
  if (mimetype.startsWith('application/vnd.oasis.opendocument')) return 'import-web.kind.opendocument';
  if (mimetype === 'application/epub+zip') return 'import-web.kind.epub';
  return undefined;
}

/** The text of each paragraph (w:p) of a WordprocessingML part: its runs' text (w:t), tabs as spaces. */
function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)]
    .map(([paragraph]) => [...paragraph.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)].map(([tab, text]) => (text === undefined ? (tab ? ' ' : '') : xmlText(text))).join(''))
    .map((text) => text.trim())
    .filter(Boolean);
}

/** The same header on every section is one piece of furniture, not one a section. */
function dedupe(dropped: Dropped[]): Dropped[] {
  const seen = new Set<string>();
  return dropped.filter((piece) => !seen.has(piece.text) && seen.add(piece.text));
}

async function read(zip: JSZip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async('string');
}

/** XML character data with its five entities and character references resolved. */
function xmlText(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return named[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
