// The editions a build can make, and their files (kept apart from build.ts so the CLI can name them
// without loading the whole pipeline).

export const EDITIONS = ['html', 'screen', 'print', 'epub'] as const;
export type Edition = (typeof EDITIONS)[number];

/** Output file of each edition. */
export const EDITION_FILES: Record<Edition, string> = {
  html: 'booklet.html',
  screen: 'booklet.pdf',
  print: 'booklet-print.pdf',
  epub: 'booklet.epub',
};

/** Editions that need the pagination (and so Chromium). */
export const needsBrowser = (editions: Iterable<Edition>) => [...editions].some((e) => e !== 'html');

/** Output file of an edition; a variant's (a language tag) has its tag before the extension:
 *  booklet.zh-Hant.pdf, booklet-print.zh-Hant.pdf. */
export function editionFile(edition: Edition, variant?: string): string {
  const file = EDITION_FILES[edition];
  return variant ? file.replace(/(\.[a-z]+)$/, `.${variant}$1`) : file;
}

/** The folder of a build's font subsets beside its HTML: a variant's apart (fonts/zh-Hant/), so that
 *  neither build removes the subsets the other's HTML uses. */
export function fontFolder(variant?: string): string {
  return variant ? `fonts/${variant}` : 'fonts';
}
