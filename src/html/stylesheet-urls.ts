// The URLs a user's stylesheet names, with their places: each `url()`, each string of an `image-set()`
// (which loads an image without url()), and each `@import` with the conditions it is imported under.
// css-tree (3.x) finds them; the stylesheet is then spliced at these offsets, never regenerated, so the
// rest of it reaches the page as the user wrote it.
import type { CssNode } from 'css-tree';

export interface CssReference {
  /** `import`: the URL of an `@import`; `url`: a `url()` or an `image-set()` string. */
  kind: 'import' | 'url';
  /** How the URL is written: `url(…)`, or a bare string (`@import "x.css"`, `image-set("a.png" 1x)`). */
  form: 'url' | 'string';
  url: string;
  /** The url()/string token (offsets in the stylesheet), or the whole `@import` rule. */
  start: number;
  end: number;
  /** The edit that leaves the URL out: an `@import` goes whole; an entry of a list of choices (a
   *  `@font-face` src, an `image-set()`) goes with its comma, so the other choices still count; any other
   *  url() becomes `none` (a background's layer stays a layer). */
  leaveOut: { start: number; end: number; by: string };
  line: number;
  column: number;
  /** An `@import`'s conditions, as the rules to wrap the imported sheet in, outermost first:
   *  `@layer x`, `@supports (display: grid)`, `@media print`. */
  wrap?: string[];
  /** An `@import` after other rules (or inside a block), which CSS ignores (CSS Cascade 5 §2). */
  late?: boolean;
}

/** Whether a URL names its scheme (`https:`, `mailto:`, `data:`, `file:`): it leads nowhere beside the
 *  document. */
export const hasScheme = (url: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(url);

/** Where a URL leads: to another server, scheme or the machine's root (`http:`, `//host`, `file:`,
 *  `/etc/…`); nowhere outside the document (`data:`, a fragment `#id`, nothing); or to a file beside the
 *  stylesheet. */
export function urlKind(url: string): 'remote' | 'inline' | 'local' {
  if (/^data:/i.test(url) || url.startsWith('#') || url.trim() === '') return 'inline';
  if (hasScheme(url) || url.startsWith('/') || url.startsWith('\\')) return 'remote';
  return 'local';
}

/** Every URL `css` names, in the order written. Loads css-tree only when called: most booklets have no
 *  stylesheet of their own. */
export async function cssReferences(css: string): Promise<CssReference[]> {
  const { parse, walk } = await import('css-tree');
  const references: CssReference[] = [];
  const ast = parse(css, { positions: true, parseValue: true, parseAtrulePrelude: true, parseCustomProperty: true });
  const text = (node: CssNode) => css.slice(node.loc!.start.offset, node.loc!.end.offset);
  // The list entry each url() or string of a list of choices belongs to, found on the way down.
  const entries = new Map<CssNode, { start: number; end: number }>();
  // The @imports CSS applies: those before any rule but @charset and @layer statements.
  const onTime = new Set<CssNode>();
  if (ast.type === 'StyleSheet') {
    for (const node of ast.children) {
      if (node.type === 'Atrule' && node.name.toLowerCase() === 'import') onTime.add(node);
      else if (node.type === 'Comment' || (node.type === 'Atrule' && (node.name.toLowerCase() === 'charset' || (node.name.toLowerCase() === 'layer' && !node.block)))) continue;
      else break;
    }
  }
  walk(ast, function (node: CssNode) {
    const loc = node.loc;
    if (!loc) return;
    const at = { start: loc.start.offset, end: loc.end.offset, line: loc.start.line, column: loc.start.column };
    const token = { start: at.start, end: at.end };
    if (node.type === 'Atrule' && node.name.toLowerCase() === 'import' && node.prelude?.type === 'AtrulePrelude') {
      const [target, ...conditions] = node.prelude.children.toArray();
      if (target?.type === 'Url' || target?.type === 'String') {
        const form = target.type === 'Url' ? 'url' : 'string';
        const wrap = conditions.map((c) => wrapper(c, text));
        references.push({ kind: 'import', form, url: target.value, ...at, leaveOut: { ...token, by: '' }, wrap, ...(onTime.has(node) ? {} : { late: true }) });
      }
    } else if (this.atrule?.name.toLowerCase() === 'import') {
      // An @import's own url() goes with its rule.
    } else if (node.type === 'Declaration' && node.property.toLowerCase() === 'src' && this.atrule?.name.toLowerCase() === 'font-face' && node.value.type === 'Value') {
      listEntries(node.value.children.toArray(), entries);
    } else if (node.type === 'Function' && /^(-webkit-)?image-set$/i.test(node.name)) {
      listEntries(node.children.toArray(), entries);
    } else if (node.type === 'Url' || (node.type === 'String' && /^(-webkit-)?image-set$/i.test(this.function?.name ?? ''))) {
      const entry = entries.get(node);
      const leaveOut = entry ? { ...entry, by: '' } : { ...token, by: node.type === 'Url' ? 'none' : '""' };
      references.push({ kind: 'url', form: node.type === 'Url' ? 'url' : 'string', url: node.value, ...at, leaveOut });
    }
  });
  return references;
}

/** For each node of a comma-separated list, the range that removes its entry: up to the next entry, or,
 *  for the last, from the comma before it. */
function listEntries(children: CssNode[], entries: Map<CssNode, { start: number; end: number }>): void {
  const items: CssNode[][] = [[]];
  for (const child of children) {
    if (child.type === 'Operator' && child.value === ',') items.push([]);
    else if (child.type !== 'WhiteSpace') items.at(-1)!.push(child);
  }
  items.forEach((item, i) => {
    const first = item[0]?.loc;
    const last = item.at(-1)?.loc;
    if (!first || !last) return;
    const next = items[i + 1]?.[0]?.loc;
    const before = items[i - 1]?.at(-1)?.loc;
    const range = next ? { start: first.start.offset, end: next.start.offset } : before ? { start: before.end.offset, end: last.end.offset } : { start: first.start.offset, end: last.end.offset };
    for (const node of item) entries.set(node, range);
  });
}

/** The rule that applies an imported sheet as its `@import` condition does (CSS Cascade 5 §2.1). */
function wrapper(condition: CssNode, text: (node: CssNode) => string): string {
  if (condition.type === 'Identifier') return '@layer';
  if (condition.type === 'Function' && condition.name.toLowerCase() === 'layer') return `@layer ${condition.children.toArray().map(text).join('')}`;
  if (condition.type === 'Function') {
    // supports(display: grid) holds a declaration, which @supports takes in parentheses.
    const [inner] = condition.children.toArray();
    return inner?.type === 'Declaration' ? `@supports (${text(inner)})` : `@supports ${inner ? text(inner) : ''}`;
  }
  return `@media ${text(condition)}`;
}
