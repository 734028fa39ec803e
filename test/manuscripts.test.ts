// The project's own manuscripts against the user's source text: nothing lost, nothing invented.
// Normalisation removes only what the cleaning was allowed to change: whitespace (joined paragraphs),
// Markdown syntax (# and **), the newspaper byline mark ■ and the brackets of the source note. Fragments
// moved by an editorial `move` entry are moved in the source first, as the entry records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBooklet } from '../src/config/load.js';
import { readManuscripts, type Manuscript } from '../src/manuscript/read.js';
import { renderHtml } from '../src/html/render-html.js';
import { assertSentencesInOrder as assertSameSentences, manuscriptText, normalise, sentences } from './text.js';
import { ROOT, SOURCE_TEXT } from './helpers.js';

async function manuscripts(): Promise<Manuscript[]> {
  const booklet = await loadBooklet(join(ROOT, 'manuscripts'));
  return readManuscripts(booklet, ROOT);
}

/** The source, as lines, with each recorded move applied: the fragment's line is appended to its target. */
async function sourceWithMovesApplied(all: Manuscript[]): Promise<string> {
  const lines = (await readFile(SOURCE_TEXT, 'utf8')).split('\n');
  for (const entry of all.flatMap((m) => m.meta.editorial).filter((e) => e.action === 'move')) {
    assert.ok(entry.to, 'a move names the line it goes to');
    const fragment = lines[entry.line - 1]!;
    assert.ok(entry.text && normalise(fragment).startsWith(normalise(entry.text)), `source line ${entry.line} starts with the recorded text`);
    lines[entry.to - 1] += fragment;
    lines[entry.line - 1] = '';
  }
  return lines.join('\n');
}

test('every sentence of the source is in the manuscripts, in order', async () => {
  const all = await manuscripts();
  const source = normalise(await sourceWithMovesApplied(all));
  const text = normalise(all.map(manuscriptText).join('\n'));
  assert.ok(sentences(source).length > 100, 'the source splits into sentences');
  assertSameSentences(source, text, 'manuscripts');
});

test('the manuscripts hold nothing that is not in the source (no invented text)', async () => {
  const all = await manuscripts();
  const source = normalise(await sourceWithMovesApplied(all));
  const text = normalise(all.map(manuscriptText).join('\n'));
  assertSameSentences(text, source, 'source');
  assert.equal(text, source);
});

test('every sentence of the source is in the typeset HTML, in order', async () => {
  const all = await manuscripts();
  const booklet = await loadBooklet(join(ROOT, 'manuscripts'));
  const { html } = await renderHtml(booklet, all);
  const body = html.slice(html.indexOf('<section class="article"'), html.indexOf('<section class="colophon"'));
  // Ruled note pages (学习笔记) sit between articles; they are furniture, not text.
  const text = normalise(body.replace(/<section class="notes-page"[\s\S]*?<\/section>/g, '').replace(/<[^>]+>/g, ''));
  assertSameSentences(normalise(await sourceWithMovesApplied(all)), text, 'HTML');
});

test('the editorial record names the repairs the source needed', async () => {
  const all = await manuscripts();
  const actions = all.map((m) => m.meta.editorial.map((e) => `${e.action}@${e.line}`));
  assert.deepEqual(actions, [
    ['metadata@3', 'join@19', 'heading@31', 'join@33', 'join@43', 'join@55', 'metadata@67'],
    ['metadata@69', 'join@77', 'join@79', 'gap@79', 'move@87', 'metadata@93'],
  ]);
  const source = (await readFile(SOURCE_TEXT, 'utf8')).split('\n');
  for (const entry of all.flatMap((m) => m.meta.editorial)) {
    if (entry.text) assert.ok(source[entry.line - 1]!.includes(entry.text), `line ${entry.line} holds “${entry.text}”`);
  }
});
