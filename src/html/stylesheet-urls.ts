// A user's stylesheet may load only the booklet's own files. A URL that names a server (`http:`, `//host`),
// another scheme (`file:`) or the machine's root (`/etc/…`) is left out where the stylesheet is read, with a
// warning at its line: the build's page never asks for it (Paged.js fetched `@import`s itself and failed on
// `//host:port`), and the reader's copy of booklet.html does not either.
import type { CssNode } from 'css-tree';
import { createMessage } from '../diagnostics.js';
import type { VFileMessage } from 'vfile-message';

/** A URL a booklet may use from a stylesheet: relative to it, a fragment, or data. */
const LOCAL = /^(?![a-z][a-z0-9+.-]*:|\/)|^data:/i;

/** `css` without its references to files outside the booklet (an `@import` goes whole, a `url(…)` becomes
 *  `none`), and a warning for each. */
export async function withoutRemoteUrls(path: string, css: string): Promise<{ css: string; messages: VFileMessage[] }> {
  // Loaded only for a booklet with stylesheets of its own (most have none).
  const { parse, walk } = await import('css-tree');
  const cuts: { start: number; end: number; by: string; url: string; line: number; column: number }[] = [];
  const ast = parse(css, { positions: true, parseValue: true, parseAtrulePrelude: true, parseCustomProperty: true });
  walk(ast, (node: CssNode) => {
    const loc = node.loc;
    if (!loc) return;
    const at = { start: loc.start.offset, end: loc.end.offset, line: loc.start.line, column: loc.start.column };
    if (node.type === 'Atrule' && node.name.toLowerCase() === 'import') {
      const url = importUrl(walk, node);
      if (url !== undefined && !LOCAL.test(url)) cuts.push({ ...at, by: '', url });
    } else if (node.type === 'Url' && !LOCAL.test(node.value)) {
      cuts.push({ ...at, by: 'none', url: node.value });
    }
  });
  // An @import's own url() is cut with it.
  const outer = cuts.filter((c) => !cuts.some((o) => o !== c && o.start <= c.start && c.end <= o.end));
  let out = css;
  for (const cut of [...outer].sort((a, b) => b.start - a.start)) out = out.slice(0, cut.start) + cut.by + out.slice(cut.end);
  const messages = outer.map((cut) =>
    createMessage(`Stylesheet loads a file outside the booklet, left out: ${cut.url}`, { file: path, line: cut.line, column: cut.column }, 'stylesheet-url', {
      fatal: false,
      hint: 'A booklet uses only files in its own folder: copy the file there and give its relative path.',
    }),
  );
  return { css: out, messages };
}

function importUrl(walk: typeof import('css-tree').walk, node: CssNode & { type: 'Atrule' }): string | undefined {
  let url: string | undefined;
  if (node.prelude?.type === 'AtrulePrelude') {
    walk(node.prelude, (child: CssNode) => {
      if (url === undefined && (child.type === 'Url' || child.type === 'String')) url = child.value;
    });
  }
  return url;
}
