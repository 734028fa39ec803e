// What the PDF says about itself: the document information, the language, and a fixed date, so that the
// same sources always give the same bytes (SOURCE_DATE_EPOCH wins over booklet.yaml's date).
import { bookTitle, type ResolvedBooklet } from '../config/resolve.js';
import { firstMoment } from '../config/book-date.js';
import { articleAuthors, type ArticleMeta } from '../manuscript/read.js';
import { bookLanguage } from '../config/language.js';

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
  // SOURCE_DATE_EPOCH (reproducible-builds.org) wins when it is a plausible time (before year 10000).
  const fromEpoch = epoch && /^\d{1,11}$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
  const date = fromEpoch && !Number.isNaN(fromEpoch.getTime()) && fromEpoch.getUTCFullYear() < 10000 ? fromEpoch : firstMoment(booklet.date);
  const authors = articleAuthors(articles);
  return {
    title: bookTitle(booklet),
    author: [booklet.compiler, ...authors].join('；'),
    subject: articles.map((a) => a.title).join('；'),
    keywords: [booklet.title, ...(booklet.subtitle ? [booklet.subtitle] : [])],
    creator: 'booklet',
    producer: 'booklet (Paged.js, Chromium, pdf-lib)',
    // PDF /Lang takes a BCP 47 tag; readers and checkers know zh-CN / zh-TW / zh-HK better than zh-Hans.
    language: bookLanguage(booklet.language).pdfTag,
    date,
  };
}
