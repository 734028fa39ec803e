// A print stylesheet made fit for the EPUB: its @page rules (with their margin boxes and @footnote) are
// left out — EPUBCheck rejects them, and a reading system paginates by itself — and its url()s, which
// name the published files from booklet.html (user-stylesheets.ts), are made relative to the EPUB's
// stylesheet, one folder down (styles/booklet.css). A stylesheet meant for print is expected to have
// @page rules, so leaving them out here is no warning: `styles:`'s description says so.
import * as csstree from 'css-tree';

/** `css` without @page rules, its local url()s prefixed with `prefix` (`../`). */
export function reflowableCss(css: string, prefix: string): string {
  const ast = csstree.parse(css, { parseValue: true, parseCustomProperty: false });
  csstree.walk(ast, {
    visit: 'Atrule',
    enter(node, item, list) {
      if (node.name.toLowerCase() === 'page' && list && item) list.remove(item);
    },
  });
  csstree.walk(ast, {
    visit: 'Url',
    enter(node) {
      if (!/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(node.value)) node.value = prefix + node.value;
    },
  });
  return csstree.generate(ast);
}
