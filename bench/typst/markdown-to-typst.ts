// A manuscript's mdast as Typst markup, for the benchmark's Typst peer (bench/typst/book-source.ts): a
// plain, faithful mapping of the text and its structure, not of our typography. Headings, paragraphs,
// emphasis, strong, code, links, line breaks, lists, block quotes, tables, footnotes (Typst sets them at
// the page foot) and study boxes (after remarkStudyBoxes: a ruled block under its title). Left out:
// images, raw HTML, emphasis dots (emphasis is set plain) and the phrase breaks of our headings.
import type { Nodes, Parents, Root, RootContent, PhrasingContent, FootnoteDefinition, Table } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';

/** Every ASCII punctuation character, each escaped with a backslash: in Typst markup a backslash makes
 *  any character but whitespace and `u{` literal, so no character of the text can start markup
 *  (`#`, `*`, `_`, `=`, `-`, `+`, `1.`, `//`, `http://`, `'`, `"`, `~`, `...`), nor continue an
 *  embedded expression before it (`#strong[…].`, `#strong[…](`, `#strong[…];`). */
const MARKUP = /[!-/:-@[-`{-~]/g;

/** Text as literal Typst markup: punctuation escaped, each run of ASCII white space (a line break in
 *  the text too) one space; the ideographic space U+3000 is kept. */
export function escapeMarkup(text: string): string {
  return text.replace(MARKUP, '\\$&').replace(/[ \t\r\n]+/g, ' ');
}

/** A Typst string literal. */
export function typstString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}

/** The article's flow content (a manuscript tree, after the project's remark plugins) as Typst markup. */
export function mdastToTypst(tree: Root): string {
  const notes = new Map<string, FootnoteDefinition>();
  collectNotes(tree, notes);
  return blocks(tree.children, notes);
}

type Notes = ReadonlyMap<string, FootnoteDefinition>;

function collectNotes(node: Nodes, notes: Map<string, FootnoteDefinition>): void {
  if (node.type === 'footnoteDefinition') notes.set(node.identifier, node);
  if ('children' in node) for (const child of node.children) collectNotes(child, notes);
}

function blocks(nodes: readonly RootContent[], notes: Notes): string {
  return nodes.map((node) => block(node, notes)).filter((text) => text !== '').join('\n\n');
}

/** Content in brackets, for a function's content argument. */
function content(nodes: readonly RootContent[], notes: Notes): string {
  return `[${blocks(nodes, notes)}]`;
}

function block(node: RootContent, notes: Notes): string {
  switch (node.type) {
    case 'paragraph':
      return inline(node.children, notes);
    case 'heading':
      // Markup headings stay on one line: inline() makes a line break a space.
      return `${'='.repeat(node.depth)} ${inline(node.children, notes)}`;
    case 'blockquote':
      return `#quote(block: true)${content(node.children, notes)}`;
    case 'list': {
      const items = node.children.map((item) => content(item.children, notes)).join(', ');
      if (!node.ordered) return `#list(tight: ${!node.spread}, ${items})`;
      return `#enum(tight: ${!node.spread}, start: ${node.start ?? 1}, ${items})`;
    }
    case 'code':
      return `#raw(block: true, ${node.lang ? `lang: ${typstString(node.lang)}, ` : ''}${typstString(node.value)})`;
    case 'thematicBreak':
      return '#align(center, line(length: 30%, stroke: 0.5pt))';
    case 'table':
      return table(node, notes);
    case 'containerDirective':
      return studyBox(node, notes);
    case 'footnoteDefinition': // set where it is called (#footnote)
    case 'definition':
    case 'html':
    case 'yaml':
      return '';
    default:
      // Inline content where a block was expected (none in the dialect; kept rather than lost).
      return 'children' in node ? blocks(node.children as RootContent[], notes) : '';
  }
}

function table(node: Table, notes: Notes): string {
  const columns = Math.max(...node.children.map((row) => row.children.length));
  const align = node.align ?? [];
  const aligns = Array.from({ length: columns }, (_, i) => align[i] ?? 'auto').join(', ');
  const row = (cells: Table['children'][number]['children']) =>
    Array.from({ length: columns }, (_, i) => `[${inline(cells[i]?.children ?? [], notes)}]`).join(', ');
  const [head, ...body] = node.children;
  const header = head ? `table.header(${row(head.children)})` : '';
  const rows = body.map((r) => row(r.children));
  return `#table(columns: ${columns}, align: (${aligns},), ${[header, ...rows].filter(Boolean).join(', ')})`;
}

/** A study box: remarkStudyBoxes has put its title first, as a paragraph. */
function studyBox(node: ContainerDirective, notes: Notes): string {
  const [title, ...rest] = node.children;
  const heading = title?.type === 'paragraph' ? `#strong[${inline(title.children, notes)}]` : '';
  const body = title?.type === 'paragraph' ? rest : node.children;
  return `#block(width: 100%, inset: 0.75em, stroke: 0.5pt)[${[heading, blocks(body, notes)].filter(Boolean).join('\n\n')}]`;
}

function inline(nodes: readonly PhrasingContent[], notes: Notes): string {
  return nodes.map((node) => phrasing(node, notes)).join('');
}

function phrasing(node: PhrasingContent, notes: Notes): string {
  switch (node.type) {
    case 'text':
      return escapeMarkup(node.value);
    case 'emphasis':
      return `#emph[${inline(node.children, notes)}]`;
    case 'strong':
      return `#strong[${inline(node.children, notes)}]`;
    case 'delete':
      return `#strike[${inline(node.children, notes)}]`;
    case 'inlineCode':
      return `#raw(${typstString(node.value)})`;
    case 'break':
      return '#linebreak()';
    case 'link':
      return `#link(${typstString(node.url)})[${inline(node.children, notes)}]`;
    case 'linkReference':
      return inline(node.children, notes);
    case 'footnoteReference': {
      const note = notes.get(node.identifier);
      return note ? `#footnote${content(note.children, notes)}` : '';
    }
    case 'image':
    case 'imageReference':
    case 'html':
      return '';
    default:
      // textDirective and the like: their text (remarkStudyBoxes restores unknown ones as text).
      return 'children' in node ? inline((node as Parents).children as PhrasingContent[], notes) : '';
  }
}
