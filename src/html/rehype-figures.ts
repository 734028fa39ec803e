// An image alone in a paragraph becomes a figure: centred, scaled to fit the type area's width and a
// page's height less its caption (never past its size at 300 dpi), its title or alt text as the caption
// under it, optionally numbered 图1, 图2 … through the booklet. The size is set here, from the image's
// header, so that the figure's height is a whole number of line pitches and the text after it stays on
// the grid (cjk-print-rules E2); a CSS max size alone could not round the height to the grid.
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { fileMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';

declare module 'vfile' {
  interface DataMap {
    /** How many numbered figures the article has (set by rehypeFigures). */
    figures: number;
  }
}

export interface FiguresOptions {
  /** The type area in pt: its width (the measure), the line pitch and the lines of a page. */
  measure: number;
  pitch: number;
  lines: number;
  /** The caption's type size in pt (book.css: 6/7 of the body size). */
  captionSize: number;
  /** Number the captions 图1, 图2 …, starting at `start` (the figures of the articles before). */
  numbered: boolean;
  start: number;
  /** The numbered caption's prefix: 图 (Simplified, the default) or 圖 (book-strings.ts). */
  prefix?: string;
}

/** The caption's share of the body size (book.css `.figure figcaption`). */
export const CAPTION_SCALE = 6 / 7;

/** Turn every paragraph that holds only an image into a figure. */
export function rehypeFigures(options: FiguresOptions) {
  return (tree: Root, file: VFile) => {
    let number = options.start;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
      const img = content[0];
      if (content.length !== 1 || img?.type !== 'element' || img.tagName !== 'img') return;
      const caption = String(img.properties['title'] ?? '').trim() || String(img.properties['alt'] ?? '').trim();
      // No caption for an empty alt text: lint's image-alt says so at its line.
      const text = caption === '' ? '' : options.numbered ? `${options.prefix ?? '图'}${++number}\u3000${caption}` : caption;
      // A figure is never split (book.css) and never taller than a page: the image is scaled into what its
      // caption leaves of the type area, and the caption is sized for at most a third of it. A caption
      // longer than that may run on to the next page, under the whole image, as a paragraph would.
      const lines = text === '' ? 0 : captionLines(text, options);
      const most = Math.floor(options.lines / 3);
      const long = lines > most;
      if (long) {
        fileMessage(file, phrase('figure.long-caption', { n: lines, limit: most }), { place: img.position?.start, ruleId: 'figure-caption', hint: phrase('figure.long-caption.hint') });
      }
      const { width, height, pad } = figureBox(img, Math.min(lines, most), options);
      img.properties['style'] = `width: ${width}pt; height: ${height}pt`;
      const children: ElementContent[] = [img];
      if (text !== '') children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: text }] });
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: long ? ['figure', 'figure-long-caption'] : ['figure'], dataLine: node.properties['dataLine'], style: `padding-block: ${pad}pt` },
        children,
        ...(node.position ? { position: node.position } : {}),
      };
      parent.children[index] = figure;
      return SKIP;
    });
    file.data.figures = number - options.start;
  };
}

/** The lines a caption takes: each character counted 1 em (Latin 0.6 em), one em short a line for the
 *  characters that line breaking pushes down. An overestimate only makes the image a little smaller. */
function captionLines(text: string, o: FiguresOptions): number {
  const ems = [...text].reduce((sum, ch) => sum + (/[\x20-\x7e]/.test(ch) ? 0.6 : 1), 0);
  const perLine = Math.max(1, Math.floor(o.measure / o.captionSize) - 1);
  return Math.max(1, Math.ceil(ems / perLine));
}

/** The image's printed size (pt) and the padding above and below it that makes the image's slot a whole
 *  number of pitches, at least half a pitch more than the image. */
function figureBox(img: Element, captionLines: number, o: FiguresOptions): { width: number; height: number; pad: number } {
  const natural = img.data?.natural ?? {};
  // CSS px to pt; an SVG with no size takes the measure, at the 2:1 Chromium gives a sizeless SVG.
  const ratio = natural.ratio ?? 0.5;
  const naturalWidth = natural.width !== undefined ? natural.width * 0.75 : o.measure;
  // The image and its caption (at most a third of the page) within a page's type area, half a pitch kept
  // for the padding: never taller than a page.
  const maxHeight = (o.lines - captionLines) * o.pitch - o.pitch / 2;
  const width = Math.min(naturalWidth, o.measure, maxHeight / ratio);
  const height = width * ratio;
  const slot = Math.ceil((height + o.pitch / 2) / o.pitch - 1e-6) * o.pitch;
  return { width: round(width), height: round(height), pad: round((slot - round(height)) / 2) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
