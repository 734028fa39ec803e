// Images: a manuscript's local image is resolved against the manuscript's folder, must stay inside the
// booklet folder (no `../../`), and is given its place in the output (`images/…`). A remote image is not
// fetched: it becomes its alt text, with a warning (the booklet, print and EPUB alike, holds only its own
// files). The build copies the files.
import { posix, relative, resolve, sep } from 'node:path';
import { visit } from 'unist-util-visit';
import type { ElementData, Root } from 'hast';
import type { VFile } from 'vfile';
import { readNaturalSize, type NaturalSize } from './image-size.js';
import { imageType } from './read-images.js';
import { fileMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { hasScheme } from './stylesheet-urls.js';

export interface ImageRef {
  /** Absolute path of the source file. */
  path: string;
  /** Path in the output folder, relative to the HTML. */
  to: string;
  /** The booklet folder, which the file must be inside once links are followed (read-images.ts). */
  root: string;
  line: number | undefined;
  column: number | undefined;
}

declare module 'hast' {
  interface ElementData {
    /** A local image's size as printed, for its figure (rehype-figures.ts). */
    natural?: NaturalSize;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Local images of one article (set by rehypeImages). */
    images: ImageRef[];
  }
}

export interface ImagesOptions {
  /** The booklet folder (with booklet.yaml), absolute. Required. */
  root: string;
}

/** The relative URL of an output path: every character that a URL or an attribute would read as
 *  syntax (`"` `'` `<` `>` `\\` `#` `?` `%` `&`, spaces) percent-encoded, letters of any script kept. */
export function imageUrl(path: string): string {
  return path.split('/').map((segment) => segment.replace(/[^A-Za-z0-9._~\-\u0080-\uffff]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)).join('/');
}

/** Resolve local image paths and point them at `images/` in the output. */
export function rehypeImages(options: ImagesOptions) {
  const root = resolve(options.root) + sep;
  return (tree: Root, file: VFile) => {
    const images: ImageRef[] = [];
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'img') return;
      const src = String(node.properties['src'] ?? '');
      if (src === '') return;
      if (hasScheme(src) || src.startsWith('//')) {
        fileMessage(file, phrase('image.remote', { src }), { place: node.position?.start, ruleId: 'image-remote', hint: phrase('image.remote.hint') });
        Object.assign(node, { tagName: 'span', properties: { className: ['image-alt'] }, children: [{ type: 'text', value: String(node.properties['alt'] ?? '') }] });
        return;
      }
      const place = node.position?.start;
      const name = decoded(src.split(/[?#]/)[0]!);
      if (name === undefined) {
        // As written: the Markdown parser has re-escaped a lone `%` (as %25) in `src`.
        const written = node.position ? String(file.value).slice(node.position.start.offset, node.position.end.offset) : src;
        fileMessage(file, phrase('image.bad-escape', { src: written }), { place, ruleId: 'image', fatal: true, hint: phrase('url.bad-escape.hint') });
        return;
      }
      const path = resolve(file.cwd, file.dirname ?? '.', name);
      if (!path.startsWith(root)) {
        fileMessage(file, phrase('image.leaves-folder', { src }), { place, ruleId: 'image', fatal: true, hint: phrase('image.leaves-folder.hint') });
        return;
      }
      const to = posix.join('images', relative(root, path).split(sep).join('/'));
      node.properties['src'] = imageUrl(to);
      images.push({ path, to, root: options.root, line: place?.line, column: place?.column });
      // hast-util-from-parse5 (which the importer's HTML reader loads) declares ElementData's `position`
      // required: an element parsed from Markdown has none.
      node.data = { ...node.data, natural: readNaturalSize(path, imageType) } as ElementData;
    });
    file.data.images = images;
  };
}

/** A URL path with its %-escapes decoded; undefined when one is malformed (`%E0%A4%A`). */
function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
