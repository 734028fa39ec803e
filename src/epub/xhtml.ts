// Serialise hast as XHTML (hast → xast → XML): EPUB content documents must be well-formed XML, with
// `xml:lang` beside `lang` and the epub: namespace for structural semantics.
import { h } from 'hastscript';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';
import type { Element, ElementContent } from 'hast';
import type { Root as XastRoot } from 'xast';

const EPUB_NS = 'http://www.idpf.org/2007/ops';

/** A complete XHTML document with `body` content, linking `css` (relative URL). */
export function xhtmlDocument(options: { title: string; lang: string; css: string; body: ElementContent[]; bodyType?: string }): string {
  const html = h('html', { 'xmlns:epub': EPUB_NS, lang: options.lang, 'xml:lang': options.lang }, [
    h('head', [h('meta', { charSet: 'utf-8' }), h('title', options.title), h('link', { rel: 'stylesheet', type: 'text/css', href: options.css })]),
    h('body', options.bodyType ? { 'epub:type': options.bodyType } : {}, options.body),
  ]);
  return serialize(html);
}

/** XML declaration, doctype and the element. */
export function serialize(html: Element): string {
  const root: XastRoot = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'doctype', name: 'html' },
      toXast(html) as XastRoot['children'][number],
    ],
  };
  return `${toXml(root, { closeEmptyElements: true })}\n`;
}
