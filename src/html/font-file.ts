// What a font file is, read from its bytes, not its name: the container (a plain sfnt, a collection, WOFF,
// WOFF2), the kind of outlines, and the PostScript name. The outlines decide how the PDF carries the face:
// Chromium (Skia) embeds TrueType (glyf) outlines as CID TrueType, but CFF/CFF2 outlines as nameless
// Type 3 fonts, with poor text extraction, which printers refuse (cjk-print-rules §1.1). A WOFF or WOFF2
// file is the same face compressed: its header's flavor is the sfnt version of the face inside, and its
// table directory lists the same tables, so it is judged like the face (a TrueType-flavoured WOFF2 is
// embedded as CID TrueType: measured with KaTeX_Main-Regular.woff2).
import { brotliDecompressSync, inflateSync } from 'node:zlib';

export interface FontFile {
  container: 'sfnt' | 'collection' | 'woff' | 'woff2';
  /** As the EPUB and the preview name it. */
  mediaType: 'font/ttf' | 'font/otf' | 'font/collection' | 'font/woff' | 'font/woff2';
  /** Of the first face in a collection (the one Chromium loads from `url()`): `glyf`, `CFF `/`CFF2`, or
   *  neither (a bitmap or SVG-only face). */
  outlines: 'truetype' | 'cff' | 'unknown';
  /** Name ID 6 of the first face, when the file has one that can be read. */
  postScriptName?: string;
  /** Its family: name ID 16 (the typographic family), else 1. */
  family?: string;
}

const tag = (bytes: Buffer, at: number) => bytes.toString('latin1', at, at + 4);

/** What `data` holds as a font, or undefined when it is not one (or is cut short). */
export function fontFile(data: Uint8Array): FontFile | undefined {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  try {
    if (bytes.length < 12) return undefined;
    const signature = tag(bytes, 0);
    if (signature === 'ttcf') {
      // The collection header: the first face's table directory is at the first offset.
      const face = sfntFace(bytes, bytes.readUInt32BE(12));
      return face && { container: 'collection', mediaType: 'font/collection', ...face };
    }
    if (signature === 'wOFF') return woffFace(bytes);
    if (signature === 'wOF2') return woff2Face(bytes);
    const face = sfntFace(bytes, 0);
    return face && { container: 'sfnt', mediaType: face.outlines === 'cff' ? 'font/otf' : 'font/ttf', ...face };
  } catch {
    // A table directory that points past the end of the file, a stream that does not decompress: bytes
    // that only look like a font, which Chromium would refuse too.
    return undefined;
  }
}

/** A TrueType or OpenType face's sfnt version: 0x00010000 or `true` for TrueType, `OTTO` for CFF. */
function flavor(bytes: Buffer, at: number): 'truetype' | 'cff' | undefined {
  const version = tag(bytes, at);
  if (version === 'OTTO') return 'cff';
  if (version === '\0\u0001\0\0' || version === 'true') return 'truetype';
  return undefined;
}

/** The outlines a face's tables hold; its sfnt version decides when it has neither kind (or both). */
function outlines(tags: string[], version: 'truetype' | 'cff' | undefined): FontFile['outlines'] {
  const cff = tags.includes('CFF ') || tags.includes('CFF2');
  const glyf = tags.includes('glyf');
  if (cff && !glyf) return 'cff';
  if (glyf && !cff) return 'truetype';
  return version ?? 'unknown';
}

/** A plain sfnt face whose table directory starts at `at`. */
function sfntFace(bytes: Buffer, at: number): Pick<FontFile, 'outlines' | 'postScriptName' | 'family'> | undefined {
  const version = flavor(bytes, at);
  if (!version) return undefined;
  const tables = new Map<string, Buffer>();
  const count = bytes.readUInt16BE(at + 4);
  for (let i = 0; i < count; i++) {
    const record = at + 12 + i * 16;
    const offset = bytes.readUInt32BE(record + 8);
    tables.set(tag(bytes, record), bytes.subarray(offset, offset + bytes.readUInt32BE(record + 12)));
  }
  return face([...tables.keys()], version, tables.get('name'));
}

/** WOFF 1.0: each table compressed on its own with zlib (stored as it is when that saved nothing). */
function woffFace(bytes: Buffer): FontFile | undefined {
  const version = flavor(bytes, 4);
  const count = bytes.readUInt16BE(12);
  const tags: string[] = [];
  let name: Buffer | undefined;
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    tags.push(tag(bytes, entry));
    if (tag(bytes, entry) !== 'name') continue;
    const [offset, stored, length] = [bytes.readUInt32BE(entry + 4), bytes.readUInt32BE(entry + 8), bytes.readUInt32BE(entry + 12)];
    const table = bytes.subarray(offset, offset + stored);
    name = stored < length ? inflateSync(table) : table;
  }
  return { container: 'woff', mediaType: 'font/woff', ...face(tags, version, name) };
}

/** The tables WOFF2 names by a 6-bit index (WOFF2 §5.1, "known table tags"). */
const WOFF2_TAGS = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT',
  'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH',
  'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar',
  'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill',
];

/** WOFF2: a table directory of variable-length entries, then one Brotli stream of every table in
 *  directory order. A collection (flavor `ttcf`) is judged by all its tables, and its name is not read. */
function woff2Face(bytes: Buffer): FontFile | undefined {
  const count = bytes.readUInt16BE(12);
  const compressed = bytes.readUInt32BE(20);
  let at = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = bytes[at++]!;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new RangeError('UIntBase128 longer than 5 bytes');
  };
  const entries: { tag: string; offset: number; length: number }[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const flags = bytes[at++]!;
    const known = flags & 0x3f;
    const name = known === 63 ? tag(bytes, at) : WOFF2_TAGS[known];
    if (known === 63) at += 4;
    if (name === undefined) return undefined;
    const length = base128();
    // glyf and loca are transformed unless their version is 3; any other table only with a nonzero one.
    const transformed = name === 'glyf' || name === 'loca' ? flags >> 6 !== 3 : flags >> 6 !== 0;
    const stored = transformed ? base128() : length;
    entries.push({ tag: name, offset, length: stored });
    offset += stored;
  }
  const collection = tag(bytes, 4) === 'ttcf';
  const version = collection ? undefined : flavor(bytes, 4);
  const tags = entries.map((e) => e.tag);
  const nameEntry = collection ? undefined : entries.find((e) => e.tag === 'name');
  if (collection) {
    // The collection directory (WOFF2 §5.2) comes before the stream: its length has to be walked.
    const uint255 = () => {
      const code = bytes[at++]!;
      if (code === 253) return (at += 2, bytes.readUInt16BE(at - 2));
      if (code === 255) return 253 + bytes[at++]!;
      if (code === 254) return 506 + bytes[at++]!;
      return code;
    };
    at += 4;
    const fonts = uint255();
    for (let f = 0; f < fonts; f++) {
      const tables = uint255();
      at += 4;
      for (let t = 0; t < tables; t++) uint255();
    }
  }
  let name: Buffer | undefined;
  if (nameEntry) {
    const stream = brotliDecompressSync(bytes.subarray(at, at + compressed));
    name = stream.subarray(nameEntry.offset, nameEntry.offset + nameEntry.length);
  }
  return { container: 'woff2', mediaType: 'font/woff2', ...face(tags, version, name) };
}

function face(tags: string[], version: 'truetype' | 'cff' | undefined, name: Buffer | undefined): Pick<FontFile, 'outlines' | 'postScriptName' | 'family'> {
  const postScriptName = name && nameString(name, 6);
  const family = name && (nameString(name, 16) ?? nameString(name, 1));
  return { outlines: outlines(tags, version), ...(postScriptName ? { postScriptName } : {}), ...(family ? { family } : {}) };
}

/** A name ID (6: the PostScript name; 1 and 16: the family): Windows Unicode (UTF-16BE) first, else
 *  Macintosh Roman (ASCII). */
function nameString(table: Buffer, id: number): string | undefined {
  const count = table.readUInt16BE(2);
  const strings = table.readUInt16BE(4);
  let mac: string | undefined;
  for (let i = 0; i < count; i++) {
    const record = 6 + i * 12;
    if (table.readUInt16BE(record + 6) !== id) continue;
    const platform = table.readUInt16BE(record);
    const start = strings + table.readUInt16BE(record + 10);
    const text = table.subarray(start, start + table.readUInt16BE(record + 8));
    if ((platform === 3 || platform === 0) && text.length % 2 === 0) return Buffer.from(text).swap16().toString('utf16le');
    if (platform === 1) mac ??= text.toString('latin1');
  }
  return mac;
}
