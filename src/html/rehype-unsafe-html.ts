// Raw HTML in a manuscript is untrusted: before rehype-sanitize removes what it does not allow, say what
// goes and where, so that nothing disappears unannounced (scripts, frames, event handlers, javascript:
// and file: links).
import { visit } from 'unist-util-visit';
import { firstControl, stripControls } from '../text/control-characters.js';
import type { Root } from 'hast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { fileMessage } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';

/** Elements that never reach the page (removed, or unwrapped keeping their text). */
const UNSAFE_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'noscript', 'source']);

/** Warn at each element, event handler and URL that sanitizing will remove; remove control characters
 *  that character references in the HTML made (`&#27;`: Markdown's own references never make them). */
export function rehypeUnsafeHtml() {
  return (tree: Root, file: VFile) => {
    const strip = (text: string, place: Point | undefined): string => {
      const control = firstControl(text);
      if (!control) return text;
      fileMessage(file, phrase('html.control', { name: control.name }), { place, ruleId: 'unsafe-html', hint: phrase('html.control.hint') });
      return stripControls(text);
    };
    visit(tree, 'text', (node) => {
      node.value = strip(node.value, node.position?.start);
    });
    visit(tree, 'element', (node) => {
      const place = node.position?.start;
      const warn = (reason: Phrase) => fileMessage(file, reason, { place, ruleId: 'unsafe-html', hint: phrase('html.unsafe.hint') });
      if (UNSAFE_ELEMENTS.has(node.tagName)) warn(phrase('html.element', { tag: node.tagName }));
      for (const [name, value] of Object.entries(node.properties)) {
        if (typeof value === 'string') node.properties[name] = strip(value, place);
        if (/^on/i.test(name)) warn(phrase('html.handler', { name: name.toLowerCase(), tag: node.tagName }));
        if ((name === 'href' || name === 'src') && /^\s*(javascript|vbscript|file|data):/i.test(String(value))) {
          warn(phrase('html.url', { scheme: String(value).trim().split(':')[0]!.toLowerCase(), tag: node.tagName }));
        }
      }
    });
  };
}
