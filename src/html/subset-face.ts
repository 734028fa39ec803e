// Subset one TrueType face with HarfBuzz's subsetter (harfbuzzjs's WebAssembly build), keeping every
// layout feature (chws, halt, vert…), and either numbering the glyphs afresh (compact) or keeping the
// face's own glyph ids (HB_SUBSET_FLAGS_RETAIN_GIDS).
//
// Compact subsets are what a single build gives Chromium: kept ids leave ~60,000 empty slots in loca,
// hmtx and vmtx, which Chromium reads on every load and Skia walks on every print (the booklet: ~0.1 s
// more per page of Chromium). A command that runs on (build --watch, with its KeepSession) keeps the ids
// instead: a printed part of the book draws glyphs by the ids of the subset Chromium loaded, and with kept
// ids an edit that brings in a new character leaves every other part's printed pages good as they are. A single build
// that finds printed parts of an older subset in the page cache maps their glyphs to the new subset
// (paginate/remap-glyphs.ts). (subset-font, which wraps the same calls, has no option for kept ids.)
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';

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

let compiling: Promise<WebAssembly.Module> | undefined;

/** The subsetter's code, compiled once in a process (code only: each subsetter has a memory of its own). */
function compiled(): Promise<WebAssembly.Module> {
  compiling ??= readFile(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')).then((wasm) => WebAssembly.compile(wasm));
  return compiling;
}

async function instantiate(): Promise<HarfBuzzSubset> {
  const instance = await WebAssembly.instantiate(await compiled());
  const hb = instance.exports as unknown as HarfBuzzSubset;
  hb._initialize();
  return hb;
}

/** A face loaded into HarfBuzz: the face, and the copy of the file's bytes it reads from. */
interface LoadedFace {
  face: number;
  data: number;
}

/** HarfBuzz's subsetter with a memory of its own (a fixed ~65 MB: about three of the book's faces), made
 *  by the one who subsets: a build (subset-fonts.ts) or the session of a command that runs on. Nothing of
 *  one is seen by another, and its memory, with every face in it, goes with it. */
export interface Subsetter {
  /** The glyphs of the TrueType face in `path` that `text`'s characters need: numbered afresh, or at
   *  their ids in the face (`retainGids`). */
  subset(path: string, text: string, options: { retainGids: boolean }): Promise<Uint8Array>;
  /** How many subsets were made from a face kept loaded from before (for tests). */
  reused(): number;
  /** Let go of its memory and of every face in it (when no subset is being made). */
  free(): void;
}

/** A subsetter. `keepFaces`: keep each face loaded for the next subset of it, as long as its file is as it
 *  was (a command that runs on: each is 10–20 MB to read and copy in, and the four subsets of an edit then
 *  take ~50 ms, not ~200). Default false: a face is freed once its subset is made. */
export function openSubsetter(keepFaces = false): Subsetter {
  let harfBuzz: Promise<HarfBuzzSubset> | undefined;
  const faces = new Map<string, { identity: string; loading: Promise<LoadedFace> }>();
  let reused = 0;
  /** The kept face of `path`, loaded now if it is new or its file changed. */
  const keptFace = async (hb: HarfBuzzSubset, path: string): Promise<LoadedFace> => {
    const info = await stat(path);
    const identity = `${info.size}\0${info.mtimeMs}`;
    const known = faces.get(path);
    if (known?.identity === identity) {
      reused += 1;
      return known.loading;
    }
    // The file changed: its old face is of no more use, and takes room the new one needs.
    known?.loading.then((face) => freeFace(hb, face), () => {});
    const entry = { identity, loading: loadFace(hb, path) };
    faces.set(path, entry);
    entry.loading.catch(() => faces.get(path) === entry && faces.delete(path));
    return entry.loading;
  };
  return {
    async subset(path, text, options) {
      harfBuzz ??= instantiate();
      harfBuzz.catch(() => (harfBuzz = undefined));
      const hb = await harfBuzz;
      if (keepFaces) return subsetLoaded(hb, await keptFace(hb, path), path, text, options.retainGids);
      const loaded = await loadFace(hb, path);
      try {
        return subsetLoaded(hb, loaded, path, text, options.retainGids);
      } finally {
        freeFace(hb, loaded);
      }
    },
    reused: () => reused,
    free() {
      harfBuzz = undefined;
      faces.clear();
    },
  };
}

/** One subset in a subsetter of its own (a test, or a font file made once). */
export function subsetFace(path: string, text: string, options: { retainGids: boolean }): Promise<Uint8Array> {
  return openSubsetter().subset(path, text, options);
}

/** Compile HarfBuzz now, so that the next subset does not wait for it. */
export async function prepareSubsetter(): Promise<void> {
  await compiled();
}

/** The face in `path`, loaded into `hb`. */
async function loadFace(hb: HarfBuzzSubset, path: string): Promise<LoadedFace> {
  const font = await readFile(path);
  const data = hb.malloc(font.byteLength);
  if (data === 0) throw new Error(`HarfBuzz has no memory for ${path}`);
  // The memory can grow while subsetting (detaching views): take a fresh view each time.
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  return { face, data };
}

function freeFace(hb: HarfBuzzSubset, loaded: LoadedFace): void {
  hb.hb_face_destroy(loaded.face);
  hb.free(loaded.data);
}

/** The glyphs of `loaded` (the face of `path`) that `text` needs, every layout feature kept. */
function subsetLoaded(hb: HarfBuzzSubset, loaded: LoadedFace, path: string, text: string, retainGids: boolean): Uint8Array {
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('HarfBuzz could not start a subset');
  try {
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    if (retainGids) hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_RETAIN_GIDS);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of text) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
    const subset = hb.hb_subset_or_fail(loaded.face, input);
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
  }
}
