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
