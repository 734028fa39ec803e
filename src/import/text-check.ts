// The check that an import lost no text and added none: the letters, digits and Han characters of the
// manuscripts made from a source, in order, are those of the source as its reader read it (what it
// dropped as page furniture or clutter is not in its lines and blocks), less what the editorial record
// says was left out (a byline's label: 作者：). Compared after NFKC, as lint's fix of full-width letters
// (ＡＢＣ → ABC) changes no letter. Any difference is a bug of the importer: the import stops, naming the
// first place where the texts part.
import { fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';
import { placePhrase, type PlaceRecorder } from './editorial.js';
import type { ComposedArticle } from './compose-article.js';
import type { SourceDocument, SourcePlace } from './source.js';

const LETTER = /[\p{L}\p{N}]/u;

/** The letters of a text. */
function letters(text: string): string[] {
  const out: string[] = [];
  for (const char of text.normalize('NFKC')) if (LETTER.test(char)) out.push(char);
  return out;
}

/** The source's text, piece by piece, with their places. */
function sourcePieces(doc: SourceDocument): { text: string; place: SourcePlace }[] {
  const pieces = (doc.lines ?? doc.blocks ?? []).map((p) => ({ text: p.text, place: p.place }));
  return pieces;
}

/** Check that `articles` (made from `doc`, in order) hold the source's text; fail otherwise. */
export function checkNoTextLost(doc: SourceDocument, articles: ComposedArticle[], record: PlaceRecorder, usedDocumentTitle: boolean): void {
  const removed = articles.flatMap((a) => a.removed);
  const expected: { char: string; place: SourcePlace }[] = [];
  if (usedDocumentTitle && doc.title) for (const char of letters(doc.title)) expected.push({ char, place: sourcePieces(doc)[0]?.place ?? { line: 1 } });
  for (const piece of sourcePieces(doc)) {
    let text = piece.text;
    for (const r of removed.filter((x) => x.place === piece.place)) text = text.replace(r.text, '');
    for (const char of letters(text)) expected.push({ char, place: piece.place });
  }
  const actual = letters(articles.flatMap((a) => a.inOrder).join('\n'));
  const length = Math.min(expected.length, actual.length);
  let k = 0;
  while (k < length && expected[k]!.char === actual[k]) k++;
  if (k === expected.length && k === actual.length) return;
  const at = expected[Math.min(k, expected.length - 1)]?.place ?? { line: 1 };
  const where = record(at);
  const excerpt = (chars: string[]) => chars.slice(k, k + 12).join('') || '∅';
  const reason = phrase('import.text-differs', { at: placePhrase(where), expected: excerpt(expected.map((e) => e.char)), actual: excerpt(actual) });
  fail(reason, { file: doc.path, line: where.page === undefined ? where.line : undefined }, 'import-text', phrase('import.text-check.hint'));
}
