// booklet.yaml and front matter hold what the editions can carry: a YAML alias bomb is a message at its
// line (not an internal error, not gigabytes), and a date outside what PDF and EPUB metadata hold is
// refused at its line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bookletProblems } from '../booklet-problems.js';

const BOOKLET = 'title: 读本\ncompiler: 编写组\ndate: 2026-01-01\narticles:\n  - 01-a.md\n';
const ARTICLE = '---\ntitle: 标题\n---\n\n正文。\n';

/** The first line of each message of a booklet with these files. */
async function problems(yaml: string, article = ARTICLE): Promise<string[]> {
  return (await bookletProblems(yaml, article)).map((m) => m.split('\n')[0]!);
}

/** Billion laughs: nine levels of ten aliases each (10^9 strings once expanded). */
const BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(Array.from({ length: 8 }, (_, i) => {
    const [from, to] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
    return `${to}: &${to} [${Array(10).fill(`*${from}`).join(',')}]`;
  }))
  .join('\n');

test('a YAML alias bomb in booklet.yaml is an error at its first alias', async () => {
  assert.deepEqual(await problems(`${BOOKLET}${BOMB}\n`), ['booklet.yaml:7:8 error Invalid YAML: its aliases repeat too much (an alias bomb)  config']);
});

test('a YAML alias bomb in front matter is an error at its line in the manuscript', async () => {
  assert.deepEqual(await problems(BOOKLET, `---\ntitle: 标题\n${BOMB}\n---\n\n正文。\n`), ['01-a.md:4:8 error Invalid YAML: its aliases repeat too much (an alias bomb)  front-matter']);
});

test('a few aliases are fine', async () => {
  assert.deepEqual(await problems(BOOKLET.replace('compiler: 编写组', 'compiler: &c 编写组\nsubtitle: *c')), []);
});

test('a date before year 1 or after 9999 is refused at its line, saying the range', async () => {
  for (const date of ['0000-01-01', '0000-12-31']) {
    assert.deepEqual(await problems(BOOKLET.replace('2026-01-01', date)), [
      'booklet.yaml:3:7 `date` must be between 0001-01-01 and 9999-12-31 (what PDF and EPUB dates can hold)  config'.replace(':7 ', ':7 error '),
    ]);
  }
  assert.deepEqual(await problems(BOOKLET.replace('2026-01-01', '0001-01-01')), []);
  assert.deepEqual(await problems(BOOKLET.replace('2026-01-01', '9999-12-31')), []);
});
