// A theme's cover template (cover.html): an HTML fragment, the children of the cover's <section>, with
// placeholders — {{title}} in text, {{image}} as an <img>'s whole src. It is parsed once, sanitized to a
// few plain elements (no script, style, link or event handler: a user's theme is a file like any other),
// and filled in as a tree, so a value is text, never markup. An element left with nothing to show (no
// subtitle; `cover.compiler: false`; no emblem) is left out, so the template needs no conditionals.
import { fromHtml } from 'hast-util-from-html';
import { unified } from 'unified';
import rehypeSanitize from 'rehype-sanitize';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { BookletError, createMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';

/** What a cover template may name. */
export const PLACEHOLDERS = ['title', 'subtitle', 'compiler', 'date', 'image', 'emblem'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
/** Filled in with a URL, in an <img>'s src. */
const IMAGE_PLACEHOLDERS: readonly Placeholder[] = ['image', 'emblem'];

export interface CoverTemplate {
  file: string;
  tree: Root;
}

const PLACEHOLDER = /\{\{\s*([a-z-]+)\s*\}\}/g;

const SCHEMA = {
  tagNames: ['div', 'p', 'span', 'img', 'hr', 'br', 'strong', 'small', 'header', 'footer', 'figure'],
  attributes: { '*': ['className', 'ariaHidden', 'role'], img: ['src', 'alt'] },
  protocols: { src: [] },
  strip: ['script', 'style', 'template', 'noscript', 'title'],
  clobber: [],
};

/** Parse and check `text` (the file `file`); an unknown placeholder is an error at its line. */
export function parseCoverTemplate(text: string, file: string): CoverTemplate {
  const parsed = fromHtml(text, { fragment: true });
  const problems = [];
  for (const node of walk(parsed)) {
    const values = node.type === 'text' ? [node.value] : node.type === 'element' ? Object.values(node.properties).map(String) : [];
    for (const value of values) {
      for (const [, name] of value.matchAll(PLACEHOLDER)) {
        if ((PLACEHOLDERS as readonly string[]).includes(name!)) continue;
        const place = { file, line: node.position?.start.line, column: node.position?.start.column };
        problems.push(createMessage(phrase('themes.placeholder-unknown', { name: name!, names: PLACEHOLDERS.join(', ') }), place, 'theme', { hint: phrase('themes.placeholder-unknown.hint') }));
      }
    }
  }
  if (problems.length > 0) throw new BookletError(problems);
  const tree = unified().use(rehypeSanitize, SCHEMA).runSync(parsed) as Root;
  dropLayoutWhitespace(tree);
  return { file, tree };
}

/** The cover's content: the template filled with `values` (an empty value leaves its element out). */
export function fillCover(template: CoverTemplate, values: Record<Placeholder, string>): ElementContent[] {
  const tree = structuredClone(template.tree);
  fill(tree, values);
  return tree.children.filter((n): n is ElementContent => n.type === 'element' || n.type === 'text');
}

/** Fill in place; returns whether the node still shows something. */
function fill(node: Root | Element, values: Record<Placeholder, string>): boolean {
  if (node.type === 'element' && node.tagName === 'img') {
    const src = String(node.properties['src'] ?? '');
    const name = /^\{\{\s*([a-z-]+)\s*\}\}$/.exec(src)?.[1] as Placeholder | undefined;
    // Only a placeholder: an image is the booklet's (checked and copied by the build), never the theme's.
    if (!name || !IMAGE_PLACEHOLDERS.includes(name) || !values[name]) return false;
    node.properties['src'] = values[name];
    return true;
  }
  let named = false;
  let shown = false;
  const kept: RootContent[] = [];
  for (const child of node.children) {
    if (child.type === 'text') {
      const value = child.value.replace(PLACEHOLDER, (_, name: string) => {
        named = true;
        return IMAGE_PLACEHOLDERS.includes(name as Placeholder) ? '' : values[name as Placeholder];
      });
      if (value.trim() !== '') shown = true;
      if (value !== '') kept.push({ ...child, value });
    } else if (child.type === 'element') {
      // An element without placeholders stays, empty or not: a decoration the CSS draws (a band, a rule).
      // One left out (an emblem's img without an emblem) counts as a placeholder of this one: a box that
      // held only it goes too (modern's cover-head took 4 of 64开's 15 lines for nothing).
      if (fill(child, values)) {
        kept.push(child);
        shown = true;
      } else named = true;
    }
  }
  node.children = kept as typeof node.children;
  return shown || !named;
}

/** Newlines and indentation between the template's elements are its layout, not the cover's text. */
function dropLayoutWhitespace(node: Root | Element): void {
  node.children = node.children.filter((c) => !(c.type === 'text' && /^\s*$/.test(c.value) && c.value.includes('\n'))) as typeof node.children;
  for (const child of node.children) if (child.type === 'element') dropLayoutWhitespace(child);
}

function* walk(node: Root | RootContent): Generator<RootContent> {
  if (node.type !== 'root') yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}
