// HTML (a web page's article, a .docx as mammoth writes it) as the blocks of a source document: hast →
// mdast (rehype-remark), then one block per top-level node. A heading is a heading, with its depth; a
// paragraph of plain text (links are read as their text) is a paragraph, marked bold when all of it is
// bold (a run-in heading written as a bold line); anything whose Markdown says more than its text — a
// table, a list, a picture, a quotation, code, a paragraph with emphasis or a footnote — is kept as
// Markdown (GFM, with CJK-friendly emphasis), each with its place.
import type { Element, Root as HastRoot } from 'hast';
import type { FootnoteDefinition, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { cjkFriendlyToMarkdown } from 'mdast-util-to-markdown-cjk-friendly';
import { toString } from 'mdast-util-to-string';
import rehypeRemark, { type Options as RehypeRemarkOptions } from 'rehype-remark';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { SourceBlock } from '../source.js';
import { rehypeSegmentBreaks } from './segment-breaks.js';
import { rehypeTableCaptions, rehypeTableHeads } from './tables.js';
import { tidyPhrasing } from './tidy-phrasing.js';

/** What the source says a block is, by where its element starts in the HTML (its offset). */
export type Roles = Map<number, NonNullable<SourceBlock['role']>>;

export interface BlockOptions {
  /** Give each block its line in the HTML (a web page's lines mean something to its reader; the HTML
   *  mammoth writes of a .docx has none). Default false. */
  lines?: boolean;
  /** Roles of the elements that have one. */
  roles?: Roles;
  /** Roles of the blocks whose text is the given one (a web page's byline and subtitle, found by their
   *  class): the first block with that text has it. */
  textRoles?: Map<string, NonNullable<SourceBlock['role']>>;
  /** Handlers of elements that mean more than their tag (mammoth's footnotes). */
  handlers?: RehypeRemarkOptions['handlers'];
}

/** How Markdown blocks are written: as the manuscripts are (`-` bullets, `*` emphasis, GFM tables). */
const MARKDOWN: ToMarkdownOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  // A table's columns line up in a monospaced editor: a Chinese character is two columns wide there.
  extensions: [gfmToMarkdown({ stringLength: columns }), cjkFriendlyToMarkdown()],
};

/** How many columns `text` takes in a monospaced font: two for an East Asian wide or full-width
 *  character (UAX #11), one for any other. */
function columns(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}
const WIDE = /[\p{Script=Han}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The blocks of `tree` (a whole document, or a part of one, as hast). */
export async function blocksFromHtml(tree: HastRoot | Element, options: BlockOptions = {}): Promise<SourceBlock[]> {
  const root: HastRoot = tree.type === 'root' ? tree : { type: 'root', children: [tree] };
  const processor = unified()
    .use(rehypeSegmentBreaks)
    .use(rehypeTableCaptions)
    .use(rehypeTableHeads)
    .use(rehypeRemark, { ...(options.handlers ? { handlers: options.handlers } : {}) });
  const mdast = (await processor.run(root)) as Root;
  unnoteOrphans(mdast);
  tidyPhrasing(mdast);
  const blocks: SourceBlock[] = [];
  const textRoles = new Map([...(options.textRoles ?? [])].map(([text, role]) => [plain(text), role]));
  for (const node of mdast.children) {
    for (const part of node.type === 'paragraph' ? splitAtBreaks(node) : [node]) {
      const block = blockOf(part, options);
      if (!block) continue;
      const role = block.kind !== 'markdown' && !block.role ? textRoles.get(block.text) : undefined;
      if (role) {
        block.role = role;
        textRoles.delete(block.text);
      }
      // A subtitle is no section heading, whatever its tag (<h2 class="subtitle">): a paragraph, as a
      // .docx's Subtitle style is.
      if (block.role === 'subtitle' && block.kind === 'heading') {
        block.kind = 'paragraph';
        delete block.depth;
      }
      const line = options.lines ? lineOf(part) : undefined;
      blocks.push({ ...block, place: { block: blocks.length + 1, ...(line ? { line } : {}) } });
    }
  }
  return blocks;
}

/** The line a node starts at: its own, or its first child's that has one (a paragraph made of the
 *  phrasing content of a <div> has no element of its own). */
function lineOf(node: RootContent): number | undefined {
  if (node.position) return node.position.start.line;
  for (const child of 'children' in node ? (node.children as RootContent[]) : []) {
    const line = lineOf(child);
    if (line) return line;
  }
  return undefined;
}

/** The block a top-level node is, without its place; `undefined` for one without text. */
function blockOf(node: RootContent, options: BlockOptions): Omit<SourceBlock, 'place'> | undefined {
  const offset = node.position?.start.offset;
  const role = offset === undefined ? undefined : options.roles?.get(offset);
  const withRole = role ? { role } : {};
  if (node.type === 'heading') {
    const text = plain(toString(node));
    return text ? { kind: 'heading', text, depth: node.depth, ...withRole } : undefined;
  }
  if (node.type === 'paragraph') {
    trimEnds(node);
    const text = plain(toString(node));
    if (node.children.every(isPlain)) {
      return text ? { kind: 'paragraph', text, ...withRole } : undefined;
    }
    const words = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    if (text && words.every((child) => child.type === 'strong' && child.children.every(isPlain))) return { kind: 'paragraph', text, bold: true, ...withRole };
  }
  if (node.type === 'thematicBreak' || node.type === 'definition') return { kind: 'markdown', text: toMarkdown(node, MARKDOWN).trimEnd() };
  visit(node, 'paragraph', trimEnds);
  const markdown = toMarkdown(node, MARKDOWN).trimEnd();
  return markdown.trim() ? { kind: 'markdown', text: markdown, ...withRole } : undefined;
}

/** Text only (a link is its text): what a paragraph of plain text is made of. */
function isPlain(node: PhrasingContent): boolean {
  return node.type === 'text' || (node.type === 'link' && node.children.every(isPlain));
}

/** Text as a block's: one space for any run of white space, none at its ends (the ideographic spaces a
 *  Chinese page indents its paragraphs with are layout, not text). */
function plain(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Take the white space off a paragraph's ends (its first and last text), so that the Markdown of a list
 *  item or a table cell does not begin with an ideographic space. */
function trimEnds(paragraph: Paragraph): void {
  const first = firstText(paragraph.children, 0);
  if (first) first.value = first.value.replace(/^\s+/u, '');
  const last = firstText(paragraph.children, -1);
  if (last) last.value = last.value.replace(/\s+$/u, '');
}

function firstText(children: PhrasingContent[], end: 0 | -1): { value: string } | undefined {
  const child = children.at(end);
  if (!child) return undefined;
  if (child.type === 'text') return child;
  return 'children' in child ? firstText(child.children as PhrasingContent[], end) : undefined;
}

/** A paragraph cut where the page ends one paragraph and begins another with line breaks: at two breaks
 *  in a row, or at a break followed by an indent (an ideographic or no-break space), as Chinese pages
 *  set paragraphs apart in one <div> or <p>. A single break is kept as one. */
function splitAtBreaks(paragraph: Paragraph): Paragraph[] {
  const parts: PhrasingContent[][] = [[]];
  const children = paragraph.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'break') {
      let j = i;
      while (children[j + 1]?.type === 'break' || (children[j + 1]?.type === 'text' && (children[j + 1] as { value: string }).value.trim() === '' && children[j + 2]?.type === 'break')) j++;
      const next = children[j + 1];
      const breaks = children.slice(i, j + 1).filter((node) => node.type === 'break').length;
      const indented = next?.type === 'text' && /^[\u3000\u00a0]/.test(next.value.replace(/^[ \t\n]+/, ''));
      if (breaks >= 2 || indented) {
        parts.push([]);
        i = j;
        continue;
      }
    }
    parts[parts.length - 1]!.push(child);
  }
  const nonEmpty = parts.filter((part) => part.some((node) => node.type !== 'break' && !(node.type === 'text' && node.value.trim() === '')));
  if (nonEmpty.length <= 1) return [paragraph];
  return nonEmpty.map((children) => {
    const start = children[0]?.position?.start;
    const end = children[children.length - 1]?.position?.end;
    return { type: 'paragraph', children, ...(start && end ? { position: { start, end } } : {}) };
  });
}

/** A footnote whose reference was lost (one in a heading, which is plain text) is kept as its text, at
 *  the end where it stands: never a definition that nothing refers to, never lost. */
function unnoteOrphans(root: Root): void {
  const referred = new Set<string>();
  for (const node of root.children) {
    if (node.type === 'heading' || node.type === 'footnoteDefinition') continue;
    visit(node, 'footnoteReference', (reference) => {
      referred.add(reference.identifier);
    });
  }
  // A note referred to from another note keeps its definition too.
  for (const node of root.children) {
    if (node.type !== 'footnoteDefinition' || !referred.has(node.identifier)) continue;
    visit(node, 'footnoteReference', (reference) => {
      referred.add(reference.identifier);
    });
  }
  root.children = root.children.flatMap((node) => (node.type === 'footnoteDefinition' && !referred.has(node.identifier) ? (node as FootnoteDefinition).children : [node])) as RootContent[];
}
