// The screen PDF: Chromium's PDF at the trim size, tagged (paginate/structure/), with its metadata, page
// labels and outline.
import { registerEdition } from './registry.js';

const load = () => import('../paginate/pdf.js');

export const screen = registerEdition({
  name: 'screen',
  file: 'booklet.pdf',
  needs: { pagination: true },
  prepare: load,
  async write({ booklet, html, meta, pagination, stage }) {
    const { finishScreenPdf, outlineFromFacts } = await load();
    const { facts, pdf, structure } = pagination!;
    const trim = { width: booklet.page.width, height: booklet.page.height };
    const outline = outlineFromFacts(
      facts,
      html.articles.map((a) => ({ id: a.meta.id, sections: a.headings.filter((h) => h.depth === 2).map((h) => h.id) })),
    );
    return stage('stage.screen', () => finishScreenPdf(pdf, meta, trim, facts, outline, structure));
  },
});
