// Subset one TrueType face with HarfBuzz's subsetter (harfbuzzjs's WebAssembly build), keeping every
// layout feature (chws, halt, vert…), and either numbering the glyphs afresh (compact) or keeping the
// face's own glyph ids (HB_SUBSET_FLAGS_RETAIN_GIDS).
//
// Compact subsets are what a single build gives Chromium: kept ids leave ~60,000 empty slots in loca,
// hmtx and vmtx, which Chromium reads on every load and Skia walks on every print (the booklet: ~0.1 s
// more per page of Chromium). A command that runs on (build --watch) keeps the ids instead: a printed
// part of the book draws glyphs by the ids of the subset Chromium loaded, and with kept ids an edit that
// brings in a new character leaves every other part's printed pages good as they are. A single build
// that finds printed parts of an older subset in the page cache maps their glyphs to the new subset
// (paginate/remap-glyphs.ts). (subset-font, which wraps the same calls, has no option for kept ids.)
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { isLongRunning } from '../long-running.js';

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;

/** The subsetter's exports that this module calls (C functions: pointers are numbers). */
interface HarfBuzzSubset {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

let loading: Promise<HarfBuzzSubset> | undefined;

function harfBuzz(): Promise<HarfBuzzSubset> {
  loading ??= (async () => {
    const wasm = await readFile(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const { instance } = await WebAssembly.instantiate(wasm);
    const hb = instance.exports as unknown as HarfBuzzSubset;
    hb._initialize();
    return hb;
  })();
  return loading;
}

/** A face loaded into HarfBuzz: the face, and the copy of the file's bytes it reads from. */
interface LoadedFace {
  face: number;
  data: number;
}

/** Faces loaded into HarfBuzz, by file, size and time, in a long-running command (long-running.ts):
 *  each is 10–20 MB to read and copy in, so build --watch keeps them for the next edit (the four subsets
 *  then take ~50 ms, not ~200). A single build frees each face when its subset is made. */
const faces = new Map<string, Promise<LoadedFace>>();

async function loadFace(hb: HarfBuzzSubset, path: string): Promise<LoadedFace> {
  const info = await stat(path);
  const key = `${path}\0${info.size}\0${info.mtimeMs}`;
  let loaded = faces.get(key);
  if (!loaded) {
    loaded = readFile(path).then((font) => {
      const data = hb.malloc(font.byteLength);
      if (data === 0) throw new Error(`HarfBuzz has no memory for ${path}`);
      // The memory can grow while subsetting (detaching views): take a fresh view each time.
      new Uint8Array(hb.memory.buffer).set(font, data);
      const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
      const face = hb.hb_face_create(blob, 0);
      hb.hb_blob_destroy(blob);
      return { face, data };
    });
    if (isLongRunning()) {
      faces.set(key, loaded);
      loaded.catch(() => faces.delete(key));
    }
  }
  return loaded;
}

function freeFace(hb: HarfBuzzSubset, loaded: LoadedFace): void {
  hb.hb_face_destroy(loaded.face);
  hb.free(loaded.data);
}

/** Load HarfBuzz now (compiling it takes ~0.8 s), so that the next subset does not wait for it. */
export async function prepareSubsetter(): Promise<void> {
  await harfBuzz();
}

/** The glyphs of the TrueType face in `path` that `text`'s characters need: numbered afresh, or at their
 *  ids in the face (`retainGids`). */
export async function subsetFace(path: string, text: string, options: { retainGids: boolean }): Promise<Uint8Array> {
  const hb = await harfBuzz();
  const loaded = await loadFace(hb, path);
  const { face } = loaded;
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('HarfBuzz could not start a subset');
  try {
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    if (options.retainGids) hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_RETAIN_GIDS);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of text) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error(`HarfBuzz could not subset ${path} (is the file damaged?)`);
    const result = hb.hb_face_reference_blob(subset);
    const at = hb.hb_blob_get_data(result, 0);
    const bytes = new Uint8Array(hb.memory.buffer).slice(at, at + hb.hb_blob_get_length(result));
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    if (bytes.length === 0) throw new Error(`HarfBuzz made an empty subset of ${path} (is the file damaged?)`);
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
    // Kept for the next subset only in a long-running command (loadFace).
    if (!isLongRunning()) freeFace(hb, loaded);
  }
}
