// The booklet.yaml an import writes: a new one naming the articles (its title, compiler and date for the
// user to decide), or the one in the folder with the articles added to `articles` (its comments and
// order kept: the yaml package's Document). Either way, the lint rules whose findings the import left
// for a human (a fragment out of place, a gap in the numbering of headings, an unterminated ending) are
// set to `warning` where booklet.yaml does not set them already: what is left is shown, and the booklet
// builds while the editor decides.
import { isSeq, parseDocument } from 'yaml';

/** The rules that find what import leaves for a human to decide. */
export const LEFT_TO_DECIDE: readonly string[] = ['fragment-start', 'heading-sequence', 'unterminated-ending'];

/** A new booklet.yaml for `articles`, in `script`: articles in Traditional characters make a booklet
 *  of `language: zh-Hant` (its faces, its punctuation, its quotation marks), placeholders in its script. */
export function newBookletYaml(articles: string[], warnings: string[], date: string, script: 'Hans' | 'Hant' = 'Hans'): string {
  const traditional = script === 'Hant';
  const lines = [
    '# The booklet: metadata and the order of its articles (written by `booklet import`; keys in README.md).',
    '# Decide its title, compiler and date.',
    traditional ? 'title: 學習讀本' : 'title: 学习读本',
    traditional ? 'compiler: 本書編寫組' : 'compiler: 本书编写组',
    `date: ${date}`,
    ...(traditional
      ? ['# The articles are in Traditional characters: zh-Hant (Taiwan’s forms); zh-Hant-HK for Hong Kong’s.', 'language: zh-Hant']
      : []),
    'articles:',
    ...articles.map((a) => `  - ${a}`),
  ];
  if (warnings.length > 0) {
    lines.push(
      'lint:',
      '  rules:',
      '    # Left as the source has it by `booklet import`, for you to decide (it printed where): reported',
      '    # as warnings until you do; remove these lines then.',
      ...warnings.map((w) => `    ${w}: warning`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `text` (a booklet.yaml that validates) with `articles` appended and the `warnings` rules set where it
 *  sets none; the rules it set are returned too. */
export function appendToBookletYaml(text: string, articles: string[], warnings: string[]): { text: string; set: string[] } {
  const doc = parseDocument(text);
  const list = doc.get('articles', true);
  if (!isSeq(list)) throw new Error('booklet.yaml has no articles list, yet it was validated');
  for (const article of articles) list.add(doc.createNode(article));
  const set = warnings.filter((rule) => !doc.hasIn(['lint', 'rules', rule]));
  for (const rule of set) doc.setIn(['lint', 'rules', rule], 'warning');
  return { text: doc.toString(), set };
}

/** Today (or SOURCE_DATE_EPOCH's day), as booklet.yaml writes a date. */
export function today(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}
