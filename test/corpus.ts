// The corpus booklet (test/fixtures/corpus/README.md): real classical text from the chinese-poetry
// package, one article per book, a `##` section per chapter, every paragraph as the source has it.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES } from './helpers.js';

const CORPUS = join(FIXTURES, 'corpus');

export interface Chapter {
  chapter: string;
  paragraphs: string[];
  source?: string;
  author?: string;
}

const read = async <T>(name: string): Promise<T> => JSON.parse(await readFile(join(CORPUS, name), 'utf8')) as T;

/** A chapter as a `##` section, every paragraph as the source has it. */
export function chapterSection(c: Chapter): string {
  // 古文观止 names each text's book and author: a line of its own under the heading.
  const byline = [c.source, c.author?.trim()].filter(Boolean).join('　');
  return [`## ${c.chapter}`, ...(byline ? [byline] : []), ...c.paragraphs].join('\n\n');
}

/** One article: front matter (title, source note), then each chapter as a section. */
function article(title: string, from: string, chapters: Chapter[]): string {
  return `---\ntitle: ${title}\nnote: 来源：npm 包 chinese-poetry 2.0.1（MIT），${from}\n---\n\n${chapters.map(chapterSection).join('\n\n')}\n`;
}

/** The chapters of 古文观止 (vols. 1–4) named `titles`, each the first of its name, in that order. */
export async function guwenChapters(titles: string[]): Promise<Chapter[]> {
  const guwen = await read<{ content: { content: Chapter[] }[] }>('guwenguanzhi-1-4.json');
  const chapters = guwen.content.flatMap((volume) => volume.content);
  return titles.map((title) => chapters.find((c) => c.chapter === title)!);
}

/** Write the corpus booklet into `dir`; its articles' file names. */
export async function writeCorpus(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const guwen = await read<{ content: { title: string; content: Chapter[] }[] }>('guwenguanzhi-1-4.json');
  const articles: [string, string][] = [
    ['01-lunyu.md', article('论语', 'lunyu/lunyu.json', await read<Chapter[]>('lunyu.json'))],
    ['02-mengzi.md', article('孟子', 'sishuwujing/mengzi.json', await read<Chapter[]>('mengzi.json'))],
    ['03-daxue.md', article('大学', 'sishuwujing/daxue.json', [await read<Chapter>('daxue.json')])],
    ['04-zhongyong.md', article('中庸', 'sishuwujing/zhongyong.json', [await read<Chapter>('zhongyong.json')])],
    ...guwen.content.map((volume, i): [string, string] => [`0${5 + i}-guwen${i + 1}.md`, article(`古文观止·${volume.title}`, 'mengxue/guwenguanzhi.json', volume.content)]),
  ];
  for (const [name, text] of articles) await writeFile(join(dir, name), text);
  const yaml = [
    'title: 古典文选',
    'compiler: 测试组',
    'date: 2026-12',
    // The source is kept as it is: a quotation that runs over paragraphs opens each one and closes only
    // at its end (unbalanced-pairs), a paragraph may end, or the next begin, without a full stop, and 古文观止
    // 卷四 has half-width brackets.
    'lint:',
    '  rules:',
    '    unbalanced-pairs: off',
    '    fragment-start: off',
    '    broken-paragraph: off',
    '    halfwidth-punctuation: off',
    'articles:',
    ...articles.map(([name]) => `  - ${name}`),
    '',
  ].join('\n');
  await writeFile(join(dir, 'booklet.yaml'), yaml);
  return articles.map(([name]) => name);
}
