// What the PDF says about itself: the document information, the language, and a fixed date, so that the
// same sources always give the same bytes (SOURCE_DATE_EPOCH wins over booklet.yaml's date).
import type { ResolvedBooklet } from '../config/resolve.js';
import type { ArticleMeta } from '../manuscript/read.js';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  producer: string;
  /** PDF /Lang. */
  language: string;
  date: Date;
}

/** Metadata for the booklet's PDFs. */
export function pdfMetadata(booklet: ResolvedBooklet, articles: ArticleMeta[], env = process.env): PdfMetadata {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date(`${booklet.date}T00:00:00Z`);
  const authors = [...new Set(articles.map((a) => a.author).filter((a): a is string => Boolean(a)))];
  return {
    title: booklet.subtitle ? `${booklet.title}：${booklet.subtitle}` : booklet.title,
    author: [booklet.compiler, ...authors].join('；'),
    subject: articles.map((a) => a.title).join('；'),
    keywords: [booklet.title, ...(booklet.subtitle ? [booklet.subtitle] : [])],
    creator: 'booklet',
    producer: 'booklet (Paged.js, Chromium, pdf-lib)',
    // PDF /Lang takes a BCP 47 tag; readers and checkers know zh-CN better than zh-Hans.
    language: booklet.language === 'zh-Hans' || booklet.language === 'zh' ? 'zh-CN' : booklet.language,
    date,
  };
}
