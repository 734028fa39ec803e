// An SVG image is a document: it may hold scripts, event handlers, HTML (foreignObject), links to other
// files (<image href="http://…">, url(…), @import) and entities (an entity bomb, an external entity
// that reads a file). The booklet publishes (in the output folder and the EPUB) only what this keeps: the
// SVG elements and attributes that draw, links to its own fragments or to embedded raster images, and
// styles that fetch nothing. Parsed as SVG by parse5 (rehype-raw), which expands no entities; an
// internal DTD subset or an ENTITY is refused outright.
import { unified } from 'unified';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize';
import { s } from 'hastscript';
import { visit } from 'unist-util-visit';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';
import type { Element, Root } from 'hast';

const TAGS = [
  'svg', 'g', 'defs', 'symbol', 'use', 'switch', 'title', 'desc', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath', 'image',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
  'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting',
  'feSpotLight', 'feTile', 'feTurbulence',
];

/** Attributes that draw (geometry, paint, text, gradients, filters), as written in SVG. */
const ATTRIBUTES = [
  'id', 'class', 'style', 'transform', 'lang', 'xml:lang', 'xml:space', 'role', 'aria-label', 'aria-hidden', 'aria-labelledby', 'aria-describedby',
  'viewBox', 'preserveAspectRatio', 'version', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr',
  'd', 'points', 'pathLength', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'startOffset', 'method', 'spacing', 'side',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit',
  'stroke-dasharray', 'stroke-dashoffset', 'opacity', 'clip-path', 'clip-rule', 'mask', 'filter', 'marker-start', 'marker-mid', 'marker-end',
  'display', 'visibility', 'color', 'overflow', 'vector-effect', 'paint-order', 'shape-rendering', 'text-rendering', 'image-rendering',
  'color-interpolation', 'color-interpolation-filters', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch',
  'text-anchor', 'text-decoration', 'letter-spacing', 'word-spacing', 'dominant-baseline', 'alignment-baseline', 'baseline-shift',
  'writing-mode', 'direction', 'unicode-bidi', 'stop-color', 'stop-opacity', 'flood-color', 'flood-opacity', 'lighting-color',
  'offset', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'patternUnits', 'patternContentUnits', 'patternTransform',
  'clipPathUnits', 'maskUnits', 'maskContentUnits', 'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient',
  'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'stdDeviation', 'mode', 'operator', 'k1', 'k2', 'k3', 'k4', 'values', 'type',
  'tableValues', 'slope', 'intercept', 'amplitude', 'exponent', 'baseFrequency', 'numOctaves', 'seed', 'stitchTiles', 'radius', 'scale',
  'xChannelSelector', 'yChannelSelector', 'order', 'kernelMatrix', 'divisor', 'bias', 'targetX', 'targetY', 'edgeMode', 'preserveAlpha',
  'surfaceScale', 'diffuseConstant', 'specularConstant', 'specularExponent', 'azimuth', 'elevation', 'z', 'pointsAtX', 'pointsAtY',
  'pointsAtZ', 'limitingConeAngle', 'systemLanguage', 'href', 'xlink:href', 'xmlns:xlink',
];

/** The same names as hast properties (`stroke-width` → strokeWidth), as the sanitizer compares them. */
const PROPERTIES = Object.keys(s('g', Object.fromEntries(ATTRIBUTES.map((a) => [a, 'x']))).properties);

const SCHEMA: Schema = {
  tagNames: TAGS,
  attributes: { '*': PROPERTIES },
  // Removed with their content; other elements not listed are unwrapped (their drawing kept).
  strip: ['script', 'foreignObject', 'iframe', 'object', 'embed', 'noscript', 'template', 'animate', 'animateMotion', 'animateTransform', 'set', 'metadata', 'handler', 'listener'],
  clobber: [],
  clobberPrefix: '',
  protocols: {},
  required: {},
  allowComments: false,
  allowDoctypes: false,
};

/** A link an SVG image may keep: to one of its own fragments, or an embedded raster image. */
const LOCAL_LINK = /^\s*(#[^\s]*|data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*)\s*$/i;
/** CSS that fetches (or hides what it fetches behind an escape). */
const FETCHING_CSS = /@import|\\|expression\s*\(|(image-set|image|cross-fade|element|src)\s*\(/i;

/** Whether a style or an attribute's value loads nothing from outside (url(#…) and raster data only). */
function fetchesNothing(value: string): boolean {
  if (FETCHING_CSS.test(value)) return false;
  for (const m of value.matchAll(/url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) if (!LOCAL_LINK.test(m[2]!)) return false;
  // An url( that the pattern above did not read (unbalanced quotes) is refused too.
  return (value.match(/url\s*\(/gi)?.length ?? 0) === [...value.matchAll(/url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi)].length;
}

/** What sanitizing takes out, besides an element (`<script>`): worded in the catalogue (catalogue/build.ts). */
export type SvgRemoved = `<${string}>` | 'event-handlers' | 'style-loads' | 'links' | 'styles-load' | 'urls';
/** Why an SVG image is refused: it declares entities, or it has no <svg> element. */
export type SvgRefused = 'entities' | 'no-svg';

export type SvgResult = { data: Uint8Array; removed: SvgRemoved[] } | { refused: SvgRefused };

/** The SVG image's safe copy (and what was taken out, for a warning), or why it is refused. */
export function sanitizeSvg(bytes: Uint8Array): SvgResult {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>[]*\[/i.test(text)) {
    return { refused: 'entities' };
  }
  const parsed = unified().use(rehypeRaw).runSync({ type: 'root', children: [{ type: 'raw', value: text }] } as Root) as Root;
  const svg = parsed.children.find((n): n is Element => n.type === 'element' && n.tagName === 'svg');
  if (!svg) return { refused: 'no-svg' };
  const removed = new Set<SvgRemoved>();
  visit(svg, 'element', (node) => {
    if (SCHEMA.strip!.includes(node.tagName)) removed.add(`<${node.tagName}>`);
    for (const name of Object.keys(node.properties)) if (/^on/i.test(name)) removed.add('event-handlers');
  });
  const root = unified().use(rehypeSanitize, SCHEMA).runSync({ type: 'root', children: [svg] } as Root) as Root;
  const clean = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'svg');
  if (!clean) return { refused: 'no-svg' };
  let xlink = false;
  visit(clean, 'element', (node, index, parent) => {
    if (node.tagName === 'style' && !fetchesNothing(node.children.map((c) => (c.type === 'text' ? c.value : '')).join(''))) {
      removed.add('style-loads');
      parent?.children.splice(index!, 1);
      return index;
    }
    for (const [name, value] of Object.entries(node.properties)) {
      const values = Array.isArray(value) ? value.join(' ') : String(value);
      if (name === 'href' || name === 'xLinkHref') {
        if (LOCAL_LINK.test(values)) xlink ||= name === 'xLinkHref';
        else {
          removed.add('links');
          delete node.properties[name];
        }
      } else if (!fetchesNothing(values)) {
        removed.add(name === 'style' ? 'styles-load' : 'urls');
        delete node.properties[name];
      }
    }
    return undefined;
  });
  clean.properties = { ...clean.properties, ...(xlink ? { xmlnsXLink: 'http://www.w3.org/1999/xlink' } : {}) };
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(toXast(clean), { closeEmptyElements: true })}\n`;
  return { data: Buffer.from(xml, 'utf8'), removed: [...removed] };
}
