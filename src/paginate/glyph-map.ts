// How the glyphs of one subset of a face are numbered in another subset of the same face (both made by
// subset-face.ts): by character, through each font's cmap; and for the glyphs no character maps to
// (forms that shaping substitutes), by their outline and metrics, when exactly one glyph of the other
// subset has them (a composite, which names its parts by id, never matches). What a part of the book printed with an older subset needs to be drawn with the
// current one (remap-glyphs.ts). Reads the TrueType tables itself: cmap (formats 4 and 12), head, hhea,
// hmtx, loca, glyf.

/** Old glyph id → new glyph id, for every glyph of `from` that `to` has; a glyph left out has none. */
export function glyphMap(from: Uint8Array, to: Uint8Array): Map<number, number> {
  const [a, b] = [readFont(from), readFont(to)];
  const map = new Map<number, number>([[0, 0]]);
  for (const [code, glyph] of a.cmap) {
    const other = b.cmap.get(code);
    if (other !== undefined && !map.has(glyph)) map.set(glyph, other);
  }
  // Usually none is left: the other subset's outlines are read only when one is.
  const left = Array.from({ length: a.glyphs }, (_, g) => g).filter((g) => !map.has(g) && !a.empty(g));
  if (left.length === 0) return map;
  const byShape = new Map<string, number | null>();
  for (let g = 1; g < b.glyphs; g++) {
    const key = shapeKey(b, g);
    if (key !== undefined) byShape.set(key, byShape.has(key) ? null : g);
  }
  for (const g of left) {
    const key = shapeKey(a, g);
    const other = key === undefined ? undefined : byShape.get(key);
    if (other !== undefined && other !== null) map.set(g, other);
  }
  return map;
}

interface Font {
  glyphs: number;
  cmap: Map<number, number>;
  /** A glyph's outline bytes (empty for a blank glyph), its advance width and left side bearing. */
  outline(glyph: number): Uint8Array;
  metrics(glyph: number): [number, number];
  empty(glyph: number): boolean;
}

/** What makes a simple glyph look as it does: outline, advance, side bearing. None for a composite: it
 *  names its parts by glyph id, which differ between subsets, so it is never matched by shape. */
function shapeKey(font: Font, glyph: number): string | undefined {
  const outline = font.outline(glyph);
  if (outline.length >= 2 && (outline[0]! & 0x80) !== 0) return undefined;
  return `${font.metrics(glyph).join(' ')} ${Buffer.from(outline).toString('base64')}`;
}

/** Where each table of a TrueType font starts; throws for a table it lacks. */
function tablesOf(data: Buffer): (tag: string) => number {
  const tables = new Map<string, number>();
  for (let i = 0; i < data.readUInt16BE(4); i++) tables.set(data.toString('latin1', 12 + i * 16, 16 + i * 16), data.readUInt32BE(20 + i * 16));
  return (tag) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`the font has no ${tag} table`);
    return offset;
  };
}

/** A TrueType font's characters → glyph ids (its cmap). */
export function characterMap(bytes: Uint8Array): Map<number, number> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return readCmap(data, tablesOf(data)('cmap'));
}

function readFont(bytes: Uint8Array): Font {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = tablesOf(data);
  const glyphs = data.readUInt16BE(at('maxp') + 4);
  const longLoca = data.readInt16BE(at('head') + 50) === 1;
  const metrics = data.readUInt16BE(at('hhea') + 34);
  const [loca, glyf, hmtx] = [at('loca'), at('glyf'), at('hmtx')];
  const offsetOf = (g: number) => (longLoca ? data.readUInt32BE(loca + g * 4) : data.readUInt16BE(loca + g * 2) * 2);
  return {
    glyphs,
    cmap: readCmap(data, at('cmap')),
    outline: (g) => data.subarray(glyf + offsetOf(g), glyf + offsetOf(g + 1)),
    // hmtx: an advance and a side bearing for the first `metrics` glyphs, then side bearings alone.
    metrics: (g) => [data.readUInt16BE(hmtx + Math.min(g, metrics - 1) * 4), g < metrics ? data.readInt16BE(hmtx + g * 4 + 2) : data.readInt16BE(hmtx + metrics * 4 + (g - metrics) * 2)],
    empty: (g) => offsetOf(g + 1) === offsetOf(g),
  };
}

/** Character → glyph, from the format 12 subtable if there is one, else format 4. */
function readCmap(data: Buffer, cmap: number): Map<number, number> {
  const map = new Map<number, number>();
  const subtables = Array.from({ length: data.readUInt16BE(cmap + 2) }, (_, i) => cmap + data.readUInt32BE(cmap + 8 + i * 8));
  const long = subtables.find((t) => data.readUInt16BE(t) === 12);
  if (long !== undefined) {
    for (let i = 0; i < data.readUInt32BE(long + 12); i++) {
      const group = long + 16 + i * 12;
      const [start, end, first] = [data.readUInt32BE(group), data.readUInt32BE(group + 4), data.readUInt32BE(group + 8)];
      for (let code = start; code <= end; code++) map.set(code, first + code - start);
    }
    return map;
  }
  const short = subtables.find((t) => data.readUInt16BE(t) === 4);
  if (short === undefined) throw new Error('the font has no format 4 or 12 cmap');
  const segments = data.readUInt16BE(short + 6) / 2;
  const ends = short + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  for (let i = 0; i < segments; i++) {
    const [start, end] = [data.readUInt16BE(starts + i * 2), data.readUInt16BE(ends + i * 2)];
    const delta = data.readInt16BE(deltas + i * 2);
    const offset = data.readUInt16BE(offsets + i * 2);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const glyph = offset === 0 ? (code + delta) & 0xffff : data.readUInt16BE(offsets + i * 2 + offset + (code - start) * 2);
      const id = offset === 0 ? glyph : glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      if (id !== 0) map.set(code, id);
    }
  }
  return map;
}
