// Why a part of a web page is not the article: what its element says it is (its tag, ARIA role, class
// and id), as a person reading the markup would tell: <nav> and class="menu" are navigation, class="ad"
// an advertisement, "related"/"recommend" related links, "comment" the readers' comments, <footer> the
// footer. Class names are split into words (`article-related_list` → article, related, list), so that
// `header` is not found in `subheader-text` nor `ad` in `shadow`.
import type { Element } from 'hast';
import type { Dropped } from '../source.js';

export type Why = Dropped['why'];

const WORDS: [Why, RegExp][] = [
  ['navigation', /^(nav|navbar|navigation|menu|menubar|submenu|breadcrumbs?|crumbs?|topnav|subnav|sitenav|pagination|pager|paging|channel-nav|daohang)$/],
  ['advertisement', /^(ad|ads|adv|advert|adverts|advertising|advertisement|adsbygoogle|adbox|adslot|sponsor|sponsored|promo|promotion|guanggao)$/],
  ['related', /^(related|relate|recommend|recommended|recommendation|recommendations|also-read|readmore|more-news|xiangguan|xgyd|tuijian|hotnews|hot-news)$/],
  // Readers' comments are clutter: not the article, nor any of the other kinds.
  ['clutter', /^(comment|comments|commentlist|reply|replies|respond|discuss|discussion|disqus|pinglun|share|sharing|social|toolbar|tools|print|subscribe|newsletter|login|signup|search|cookie|cookies|gdpr|popup|modal|sidebar|aside|player|autoplay|video-player|qrcode)$/],
  ['footer', /^(footer|foot|copyright|siteinfo|site-info|bottom-bar)$/],
  ['header', /^(header|site-header|masthead|topbar|top-bar|logo|branding)$/],
];

const ROLES: Record<string, Why> = {
  navigation: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'clutter',
  search: 'clutter',
  dialog: 'clutter',
  alertdialog: 'clutter',
};

const TAGS: Record<string, Why> = {
  nav: 'navigation',
  footer: 'footer',
  header: 'header',
  aside: 'clutter',
  form: 'clutter',
  button: 'clutter',
  select: 'clutter',
  dialog: 'clutter',
};

/** Inline elements: what their class says is of the words in a paragraph (a glossary link's
 *  `class="popup"`, a count's `class="share-count"`), not of a part of the page (as Readability, too,
 *  never takes a link for an unlikely candidate). */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/** How much of an element's markup is read: `all` (tag, role, class and id), `class` (not the id, which
 *  documentation sites make of a section's heading: `id="sharing-with-a-developer"`), or `tag` (the tag
 *  and role only: for an element around the whole article, whose class `has-sidebar` speaks of the
 *  page's layout). */
export type Reading = 'all' | 'class' | 'tag';

/** What `element` is, when it is page furniture or clutter by its markup; `undefined` when it says
 *  nothing. A <header> or <footer> of the article (inside an <article> or <main>, or around its title)
 *  is the article's own: only the page's are furniture (`ofArticle`). */
export function furnitureOf(element: Element, ofArticle: boolean, reading: Reading = 'all'): Why | undefined {
  if (hidden(element)) return 'clutter';
  const tag = TAGS[element.tagName];
  if (tag && !(ofArticle && (element.tagName === 'header' || element.tagName === 'footer'))) return tag;
  const role = ROLES[String(element.properties['role'] ?? '').toLowerCase()];
  if (role && !(ofArticle && (role === 'header' || role === 'footer'))) return role;
  if (reading === 'tag' || PHRASING.has(element.tagName)) return undefined;
  const words = nameWords(element, reading === 'all');
  for (const [why, pattern] of WORDS) {
    if (ofArticle && (why === 'header' || why === 'footer')) continue;
    if (words.some((word) => pattern.test(word))) return why;
  }
  return undefined;
}

/** Hidden from the reader: the `hidden` attribute, aria-hidden, an inline `display: none` or
 *  `visibility: hidden` (what readability removes as invisible). */
export function hidden(element: Element): boolean {
  const { properties } = element;
  if (properties['hidden'] === true || properties['ariaHidden'] === 'true') return true;
  const style = String(properties['style'] ?? '').toLowerCase().replace(/\s+/g, '');
  return /(^|;)display:none|(^|;)visibility:hidden/.test(style);
}

/** The words of an element's classes and id, lower case: split at spaces, `_` and `-` (each word, and
 *  each pair joined by `-`, so that `site-header` and `bottom-bar` are found whole), and at a
 *  lower-to-upper case change (`relatedNews`). */
function nameWords(element: Element, withId: boolean): string[] {
  const classes = element.properties['className'];
  const names = [...(Array.isArray(classes) ? classes.map(String) : []), withId ? String(element.properties['id'] ?? '') : ''];
  const words: string[] = [];
  for (const name of names) {
    const parts = name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().split(/[\s_-]+/).filter(Boolean);
    words.push(...parts);
    for (let i = 0; i + 1 < parts.length; i++) words.push(`${parts[i]}-${parts[i + 1]}`);
  }
  return words;
}
