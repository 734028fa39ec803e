// An image alone in its paragraph is a figure, captioned with its alt text (or title): one with neither
// is printed with no caption, and a screen reader has nothing to say of it (EPUB Accessibility 1.1).
import { visit } from 'unist-util-visit';
import { type Rule } from './rule.js';
import { phrase } from '../../ui/catalogue.js';

export const imageAlt: Rule = {
  id: 'image-alt',
  severity: 'warning',
  description: 'A figure has no alt text: it is printed without a caption',
  check({ tree, report }) {
    visit(tree, 'paragraph', (paragraph) => {
      const content = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
      const image = content[0];
      if (content.length !== 1 || image?.type !== 'image') return;
      if ((image.alt ?? '').trim() === '' && (image.title ?? '').trim() === '' && image.position?.start.offset !== undefined) {
        // The Markdown to write is the book's text, in the book's language whatever the interface's.
        report(phrase('lint.image-alt', { url: image.url, markdown: `![说明](${image.url})` }), image.position.start.offset);
      }
    });
  },
};
