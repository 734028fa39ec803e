// Raw HTML in a manuscript is untrusted: before rehype-sanitize removes what it does not allow, say what
// goes and where, so that nothing disappears unannounced (scripts, frames, event handlers, javascript:
// and file: links).
import { visit } from 'unist-util-visit';
import type { Root } from 'hast';
import type { VFile } from 'vfile';

/** Elements that never reach the page (removed, or unwrapped keeping their text). */
const UNSAFE_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'noscript', 'source']);

/** Warn at each element, event handler and URL that sanitizing will remove. */
export function rehypeUnsafeHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node) => {
      const place = node.position?.start;
      const warn = (reason: string) => {
        const message = file.message(reason, { place, ruleId: 'unsafe-html', source: 'booklet' });
        message.note = 'Raw HTML in a manuscript is sanitized: scripts, frames, forms, event handlers and javascript:/file: links never reach the booklet.';
      };
      if (UNSAFE_ELEMENTS.has(node.tagName)) warn(`Removed <${node.tagName}> from the manuscript's HTML`);
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name)) warn(`Removed the event handler ${name.toLowerCase()} from <${node.tagName}>`);
        if ((name === 'href' || name === 'src') && /^\s*(javascript|vbscript|file|data):/i.test(String(value))) {
          warn(`Removed the ${String(value).trim().split(':')[0]!.toLowerCase()}: URL from <${node.tagName}>`);
        }
      }
    });
  };
}
