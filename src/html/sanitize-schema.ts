// What raw HTML in a manuscript may keep (rehype-sanitize): GitHub's schema, which already allows GFM
// tables and footnotes and ruby, plus what booklets need: figures, study boxes (aside), sections, and the
// classes, ids and language the booklet's own markup carries. No script, style, iframe, object, embed,
// base, form or event handler; URLs only http(s), mailto and relative (no javascript:, no file:).
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

const booklet: string[] = ['aside', 'section', 'figure', 'figcaption', 'header', 'mark', 'small', 'u', 'abbr', 'ruby', 'rt', 'rp'];

export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  // Ids are made unique per article by remark-rehype's clobberPrefix and rehypeHeadingIds already.
  clobberPrefix: '',
  clobber: [],
  // No <source>: its srcset names images (remote ones too) that the image pipeline neither checks nor
  // copies; a <picture> shows its <img>.
  tagNames: [...new Set([...(defaultSchema.tagNames ?? []), ...booklet])].filter((tag) => tag !== 'source'),
  // Elements removed with their content (the rest are unwrapped, their text kept).
  strip: ['script', 'style', 'template', 'noscript', 'title'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'id', 'lang', 'title', 'ariaLabel', 'ariaHidden', 'role'],
    abbr: ['title'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
  },
};
