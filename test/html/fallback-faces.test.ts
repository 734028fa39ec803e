// The fallback faces' characters (html/fallback-faces.ts): what the document draws (drawn-text.ts) and its
// primary face lacks, never punctuation; the faces that have one (built-in Traditional, a Simplified
// booklet's --variant zh-Hant) and those that do not (SC, the user's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { h } from 'hastscript';
import { defaultFaces, facesInLanguage, bookFaces, builtInRole, type FontFace } from '../../src/html/fonts.js';
import { fallbackChars, fallbackOf, mayFallBack, settleFallbacks, withFallback } from '../../src/html/fallback-faces.js';
import { cssStrings, drawnText } from '../../src/html/drawn-text.js';
import { fontCoverage, type CodePoints } from '../../src/html/font-coverage.js';
import { guwenChapters } from '../corpus.js';

const maps = new Map<string, Promise<Set<number>>>();
const coverage = (face: FontFace): Promise<CodePoints> => {
  if (!maps.has(face.path)) maps.set(face.path, fontCoverage(face));
  return maps.get(face.path)!;
};
const lacks = (chars: string): CodePoints => ({ has: (code) => !chars.includes(String.fromCodePoint(code)) });
const every: CodePoints = { has: () => true };

test('the characters the TC face lacks and the SC face has, once each, in code point order', async () => {
  const [chapter] = await guwenChapters(['石碏諫寵州籲']);
  const text = chapter!.paragraphs.join('');
  const faces = defaultFaces('zh-Hant');
  const fallback = fallbackOf(faces, faces.text)!;
  assert.equal(fallback.postScriptName, 'NotoSerifSC-Regular');
  assert.equal(fallbackChars(text, await coverage(faces.text), await coverage(fallback)), '嬀爲');
});

test('never punctuation, a space, ASCII or a character the fallback lacks either', () => {
  const text = '爲之請制，「嬀」。a b　～·%㐀';
  assert.equal(fallbackChars(text, lacks('爲嬀，「」。ab　～·%㐀 '), every), '㐀嬀爲');
  assert.equal(fallbackChars(text, lacks('爲嬀'), lacks('嬀')), '爲');
  assert.equal(fallbackChars(text, every, every), '');
  for (const char of '、。，．：；？！“”‘’（）《》〈〉「」『』【】〔〕〖〗…—–～·％') assert.equal(mayFallBack(char), false, char);
  const both = withFallback(lacks('爲，'), lacks(''));
  assert.ok(both.has('爲'.codePointAt(0)!) && !both.has('，'.codePointAt(0)!), 'the pair covers 爲, not the comma the primary lacks');
});

test('the characters drawn: text and stylesheet strings, not CSS comments or attributes', () => {
  const tree = h(null, [
    h('head', [h('style', '/* 学习要点 */ .a::before { content: "爲\\5B00 x"; } /* it\'s */ :root { --t: \'書\'; }'), h('script', '嬀')]),
    h('body', [h('p', { ariaLabel: '内' }, '之所')]),
  ]);
  assert.equal(drawnText(tree), '爲嬀x書之所', 'the space after an escape is part of it');
  assert.equal(cssStrings('a { content: "\\201C" } /* "記" */'), '“');
});

test('a Traditional booklet needs its fallbacks only for what it draws: none, or each cut to its characters', async () => {
  const faces = defaultFaces('zh-Hant-HK');
  assert.equal(await settleFallbacks(faces, '及莊公即位，之請制。', coverage), faces, 'no character lacking: the same faces');
  const settled = await settleFallbacks(faces, '及莊公即位，爲之請制。', coverage);
  assert.equal(settled.body, '"Noto Serif HK", "Noto Serif SC", serif');
  assert.equal(settled.heading, '"Noto Sans HK", "Noto Sans SC", sans-serif');
  assert.deepEqual(settled.faces.map((f) => [f.postScriptName, f.chars]), [
    ...faces.faces.map((f) => [f.postScriptName, undefined]),
    ['NotoSerifSC-Regular', '爲'], ['NotoSerifSC-Bold', '爲'], ['NotoSansSC-Medium', '爲'], ['NotoSansSC-Bold', '爲'],
  ]);
});

test('fallbacks: the SC face of each built-in Traditional face, a variant’s too; none for SC or the user’s', () => {
  const names = (faces: ReturnType<typeof defaultFaces>) => faces.fallbacks.map((f) => `${f.primary.postScriptName}→${f.face.postScriptName}`);
  assert.deepEqual(names(defaultFaces('zh-Hant')), ['NotoSerifTC-Regular→NotoSerifSC-Regular', 'NotoSerifTC-Bold→NotoSerifSC-Bold', 'NotoSansTC-Medium→NotoSansSC-Medium', 'NotoSansTC-Bold→NotoSansSC-Bold']);
  assert.deepEqual(names(defaultFaces()), []);
  assert.deepEqual(names(facesInLanguage(defaultFaces(), 'zh-Hant-HK')), ['NotoSerifHK-Regular→NotoSerifSC-Regular', 'NotoSerifHK-Bold→NotoSerifSC-Bold', 'NotoSansHK-Medium→NotoSansSC-Medium', 'NotoSansHK-Bold→NotoSansSC-Bold']);
  const own: FontFace = { family: 'Booklet Body', label: 'Mine', weight: 400, path: '/x/mine.ttf', name: 'Mine.ttf', postScriptName: 'Mine', source: 'mine.ttf' };
  const mixed = bookFaces({ regular: own, generic: 'serif' }, builtInRole('heading', 'sans', 'zh-Hant'));
  assert.equal(fallbackOf(mixed, mixed.text), undefined, 'the user’s body face has none');
  assert.deepEqual(names(mixed), ['NotoSansTC-Medium→NotoSansSC-Medium', 'NotoSansTC-Bold→NotoSansSC-Bold']);
});
