// A cheap structural check of the EPUB before it is written (EPUBCheck takes seconds and Java): file
// names OCF allows, once each; the manifest names the files there are; every link and image of the
// content documents arrives; nothing but rows and cells where a table (or a list) allows only those.
// A failure is booklet's bug, not the user's: the build fails rather than publish an invalid EPUB.
import type { Element } from 'hast';
import { elements, type Chapter } from './chapters.js';
import type { ManifestItem } from './package-document.js';
import { NO_TEXT } from './page-list.js';
import { hasScheme } from '../html/stylesheet-urls.js';

/** Characters OCF 3.3 forbids in file names (and spaces, which EPUBCheck warns about). */
const FORBIDDEN = /[\u0000-\u001f"*:<>?\\\u007f-\u009f\uE000-\uF8FF\uFFF0-\uFFFF ]|\.$/u;

/** The problems found; empty when the EPUB is sound. */
export function epubProblems(options: { paths: string[]; manifest: ManifestItem[]; chapters: Chapter[]; navIds: string[] }): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const path of options.paths) {
    if (path.split('/').some((segment) => FORBIDDEN.test(segment))) problems.push(`file name OCF forbids: ${path}`);
    if (seen.has(path.toLowerCase())) problems.push(`two files named ${path} (case aside)`);
    seen.add(path.toLowerCase());
  }
  const files = new Set(options.manifest.map((item) => decode(item.href)));
  for (const file of files) if (!seen.has(`oebps/${file}`.toLowerCase())) problems.push(`manifest names a file that is not there: ${file}`);
  const ids = new Map<string, Set<string>>([['nav.xhtml', new Set(options.navIds)]]);
  for (const chapter of options.chapters) ids.set(chapter.file, new Set([chapter.body, ...elements(chapter.body)].map((el) => String(el.properties['id'] ?? ''))));
  for (const chapter of options.chapters) {
    for (const el of [chapter.body, ...elements(chapter.body)]) {
      const href = el.tagName === 'a' ? el.properties['href'] : undefined;
      if (typeof href === 'string' && !hasScheme(href)) {
        const [file = '', fragment] = href.split('#');
        const target = decode(file) || chapter.file;
        if (!ids.has(target)) problems.push(`${chapter.file}: link to a file that is not there: ${href}`);
        else if (fragment && !ids.get(target)!.has(decode(fragment))) problems.push(`${chapter.file}: link to an anchor that is not there: ${href}`);
      }
      if (el.tagName === 'img' && !files.has(decode(String(el.properties['src'] ?? '')))) problems.push(`${chapter.file}: image not in the manifest: ${String(el.properties['src'])}`);
      if (NO_TEXT.has(el.tagName) && !holdsOnlyStructure(el)) problems.push(`${chapter.file}: text or a span directly in <${el.tagName}>`);
    }
  }
  return problems;
}

function holdsOnlyStructure(el: Element): boolean {
  // Text, or a span (what booklet inserts: page-break markers); the sanitizer keeps the rest as parsed.
  return el.children.every((c) => (c.type === 'text' ? c.value.trim() === '' : c.type !== 'element' || c.tagName !== 'span'));
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
