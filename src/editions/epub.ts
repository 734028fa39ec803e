// The EPUB 3, from the same tree as the PDFs; it needs the pagination too: its page list cites the printed
// pages, and its cover is the first page drawn.
import { registerEdition } from './registry.js';

export const epub = registerEdition({
  name: 'epub',
  file: 'booklet.epub',
  needs: { pagination: true, cover: true },
  async write({ booklet, html, pagination, fonts, images, meta, stage, report }) {
    const { packageEpub } = await import('../epub/package-epub.js');
    return stage('stage.epub', () =>
      packageEpub({ booklet, tree: html.tree, articles: html.articles, pagination: pagination?.facts, cover: pagination?.cover, fonts, images, date: meta.date, report }),
    );
  },
});
