// guessEncoding over every text the project holds, not the few samples of read-text.test.ts: each
// chapter of the corpus (论语 in Simplified; 孟子, 大学, 中庸 and 古文观止 in Traditional) and each article
// of the booklet, whole and by its first paragraph, encoded in GB18030 and (the Traditional ones) Big5,
// is told right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guessEncoding } from '../../src/text/guess-encoding.js';
import { FIXTURES, ROOT } from '../helpers.js';

/** An encoder made by inverting the decoder over every one- and two-byte sequence; a character it cannot
 *  encode (GB18030's four-byte ones) is left out, as `iconv -c` does. Big5's pointers below A1 (Hong
 *  Kong's) are not used, as the WHATWG encoder does not. */
function encoderFor(encoding: string): (text: string) => Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = encoding === 'big5' ? 0xa1 : 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if ([...char].length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      } catch {
        // Not a character in this encoding.
      }
    }
  }
  return (text) => Buffer.from([...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : table.get(char) ?? [])));
}

interface Text {
  name: string;
  text: string;
  traditional: boolean;
}

/** Chapters of the corpus and the booklet's articles, whole and by their first paragraph. */
function texts(): Text[] {
  const out: Text[] = [];
  const chapters = (node: unknown): { chapter: string; paragraphs: string[] }[] =>
    Array.isArray(node) ? node.flatMap(chapters) : node && typeof node === 'object' ? ('paragraphs' in node ? [node as { chapter: string; paragraphs: string[] }] : Object.values(node).flatMap(chapters)) : [];
  for (const [file, traditional] of [['lunyu.json', false], ['mengzi.json', true], ['daxue.json', true], ['zhongyong.json', true], ['guwenguanzhi-1-4.json', true]] as const) {
    for (const { chapter, paragraphs } of chapters(JSON.parse(readFileSync(join(FIXTURES, 'corpus', file), 'utf8')))) {
      out.push({ name: `${file} ${chapter}`, text: `## ${chapter}\n\n${paragraphs.join('\n\n')}\n`, traditional });
      out.push({ name: `${file} ${chapter}, first paragraph`, text: paragraphs[0]!, traditional });
    }
  }
  for (const file of ['01-ai.md', '02-heyuan.md']) {
    const text = readFileSync(join(ROOT, 'manuscripts', file), 'utf8');
    out.push({ name: file, text, traditional: false });
    out.push({ name: `${file}, first paragraph`, text: text.split('\n---\n')[1]!.trim().split('\n\n')[0]!, traditional: false });
  }
  return out;
}

test('every chapter and article, and its first paragraph, in GB18030 reads as GB18030, in Big5 as BIG5', () => {
  const gb18030 = encoderFor('gb18030');
  const big5 = encoderFor('big5');
  const all = texts();
  const wrong: string[] = [];
  let judged = 0;
  for (const { name, text, traditional } of all) {
    // A paragraph under ten characters is not enough to tell (read-text.test.ts has one short line).
    if ([...text].filter((c) => c.charCodeAt(0) >= 0x80).length < 10) continue;
    judged++;
    const asGb = guessEncoding(gb18030(text));
    if (asGb !== 'GB18030') wrong.push(`${name} in GB18030: ${asGb}`);
    if (traditional) {
      const asBig5 = guessEncoding(big5(text));
      if (asBig5 !== 'BIG5') wrong.push(`${name} in Big5: ${asBig5}`);
    }
  }
  assert.ok(judged > 200, `${judged} of ${all.length} texts judged`);
  assert.deepEqual(wrong, []);
});
