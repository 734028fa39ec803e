// Encodings (issue 20, item 6): UTF-16 with a byte-order mark is read, lines and columns right; a file in
// GB18030 or Big5 is refused at its first bad byte with the iconv command for the encoding it is in,
// judged from several texts (classical and modern, Simplified and Traditional, one short line); other
// languages' encodings are not taken for Chinese. The legacy fixtures are made by the system's iconv
// (test/fixtures/encodings/make.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeText, encodeText } from '../../src/text/read-text.js';
import { loadBooklet } from '../../src/config/load.js';
import { lintFiles } from '../../src/manuscript/lint-files.js';
import { BookletError, formatMessage } from '../../src/diagnostics.js';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

const DIR = join(FIXTURES, 'encodings');
const bytesOf = (name: string) => readFileSync(join(DIR, name));
const source = (name: string) => readFileSync(join(DIR, name), 'utf8');

/** The message and hint of decoding `name` (a file in the fixture folder, named as given). */
function refusal(name: string): { message: string; hint: string } {
  try {
    decodeText(bytesOf(name), name, 'manuscript');
  } catch (error) {
    assert.ok(error instanceof BookletError, String(error));
    const [message, hint] = formatMessage(error.messages[0]!).split('\n  hint: ');
    return { message: message!, hint: hint ?? '' };
  }
  assert.fail(`${name} was read`);
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

test('each legacy fixture decodes to its UTF-8 source (what make.sh made is what it says)', () => {
  const pairs: [string, string, string][] = [
    ['lunyu.gb18030.md', 'lunyu.md', 'gb18030'], ['renmin.gb18030.md', 'renmin.md', 'gb18030'],
    ['zhengbo.gb18030.md', 'zhengbo.md', 'gb18030'], ['xinwen.gb18030.md', 'xinwen.md', 'gb18030'],
    ['short-simplified.gb18030.md', 'short-simplified.md', 'gb18030'], ['short-traditional.gb18030.md', 'short-traditional.md', 'gb18030'],
    ['zhengbo.big5.md', 'zhengbo.md', 'big5'], ['xinwen.big5.md', 'xinwen.md', 'big5'], ['short-traditional.big5.md', 'short-traditional.md', 'big5'],
    ['booklet.gb18030.yaml', 'booklet.yaml', 'gb18030'],
    ['korean.euc-kr.md', 'korean.md', 'euc-kr'], ['japanese.euc-jp.md', 'japanese.md', 'euc-jp'],
    ['japanese.shift_jis.md', 'japanese.md', 'shift_jis'], ['russian.koi8-r.md', 'russian.md', 'koi8-r'],
  ];
  for (const [encoded, utf8, encoding] of pairs) {
    assert.equal(new TextDecoder(encoding, { fatal: true }).decode(bytesOf(encoded)), source(utf8), encoded);
    assert.notDeepEqual(bytesOf(encoded), bytesOf(utf8), `${encoded} is not UTF-8`);
  }
  // Node's big5 (ICU's) decodes Hong Kong's characters to private-use code points: 佢哋嘅嘢 → 佢.
  assert.equal(new TextDecoder('big5').decode(bytesOf('hongkong.big5-hkscs.md')), source('hongkong.md').replace('哋嘅嘢', '\ue5a2\uecd1\uecb1').replace('哋', '\ue5a2'));
});

test('UTF-16 LE and BE with a byte-order mark are read as the same text, CRLF line ends and all', () => {
  for (const name of ['lunyu.md', 'renmin.md', 'zhengbo.md', 'xinwen.md', 'short-traditional.md']) {
    const text = source(name);
    assert.deepEqual(decodeText(utf16le(text), name, 'manuscript'), { text, encoding: 'utf-16le', bom: true, crlf: false }, name);
    assert.deepEqual(decodeText(utf16be(text), name, 'manuscript'), { text, encoding: 'utf-16be', bom: true, crlf: false }, name);
    // Notepad writes CRLF.
    assert.deepEqual(decodeText(utf16le(text.replace(/\n/g, '\r\n')), name, 'manuscript'), { text, encoding: 'utf-16le', bom: true, crlf: true }, name);
  }
  // A character outside the BMP (a surrogate pair in UTF-16) is one character, not a bad sequence.
  assert.equal(decodeText(utf16be('𠮷野家。\n'), 'a.md', 'manuscript').text, '𠮷野家。\n');
});

test('encodeText writes back what decodeText read: encoding, byte-order mark, line ends', () => {
  const text = source('xinwen.md');
  for (const bytes of [utf16le(text), utf16be(text.replace(/\n/g, '\r\n')), Buffer.from(`\uFEFF${text}`), Buffer.from(text.replace(/\n/g, '\r\n'))]) {
    const { text: decoded, ...stored } = decodeText(bytes, 'a.md', 'manuscript');
    assert.deepEqual(encodeText(decoded, stored), bytes);
  }
});

test('a UTF-16 file’s problems are found at the lines and columns of its text; --fix keeps it UTF-16', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'a.md');
    await writeFile(file, utf16be('# 标题\r\n\r\n第一段。\r\n\r\n中文,逗号。\r\n'));
    const { messages } = await lintFiles([file], { cwd: dir });
    assert.deepEqual(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`), ['5:3 halfwidth-punctuation']);
    await lintFiles([file], { cwd: dir, fix: true });
    assert.deepEqual(await readFile(file), utf16be('# 标题\r\n\r\n第一段。\r\n\r\n中文，逗号。\r\n'));
  });
  // A lone surrogate (D800 not followed by a low surrogate) at line 2, column 3.
  const bad = Buffer.concat([utf16le('标题\n正文'), Buffer.from([0x00, 0xd8]), Buffer.from('。\n', 'utf16le')]);
  assert.throws(() => decodeText(bad, 'a.md', 'manuscript'), (error: unknown) => {
    assert.ok(error instanceof BookletError);
    assert.equal(formatMessage(error.messages[0]!).split('\n')[0], 'a.md:2:3 error File is not valid UTF-16LE (a lone surrogate at byte offset 12)  manuscript');
    return true;
  });
});

/** `name`'s refusal: the message as printed, and the command in its hint. */
function advice(name: string): string {
  const { message, hint } = refusal(name);
  return `${message} | ${/`(iconv -f \S+ -t UTF-8 \S+) > /.exec(hint)?.[1] ?? hint}`;
}

test('GB18030, Simplified or Traditional, classical or modern: the first bad byte’s line:col and iconv -f GB18030', () => {
  // The place is the first byte that is not UTF-8: 学 and 习 in GB18030 (D1 A7, CF B0) happen to be.
  assert.deepEqual(['lunyu', 'renmin', 'zhengbo', 'xinwen'].map((name) => advice(`${name}.gb18030.md`)), [
    'lunyu.gb18030.md:2:9 error File is not valid UTF-8 (byte 0xB6 at byte offset 13)  manuscript | iconv -f GB18030 -t UTF-8 lunyu.gb18030.md',
    'renmin.gb18030.md:2:8 error File is not valid UTF-8 (byte 0xC7 at byte offset 11)  manuscript | iconv -f GB18030 -t UTF-8 renmin.gb18030.md',
    'zhengbo.gb18030.md:2:8 error File is not valid UTF-8 (byte 0xE0 at byte offset 11)  manuscript | iconv -f GB18030 -t UTF-8 zhengbo.gb18030.md',
    'xinwen.gb18030.md:2:8 error File is not valid UTF-8 (byte 0xC5 at byte offset 11)  manuscript | iconv -f GB18030 -t UTF-8 xinwen.gb18030.md',
  ]);
  assert.equal(refusal('lunyu.gb18030.md').hint, 'It reads as GB18030 (GBK) Chinese, as files from Windows often are: convert it with `iconv -f GB18030 -t UTF-8 lunyu.gb18030.md > lunyu.gb18030.utf8.md && mv lunyu.gb18030.utf8.md lunyu.gb18030.md`.');
});

test('Big5, classical or modern: iconv -f BIG5, never GB18030 (that would garble it)', () => {
  assert.deepEqual(['zhengbo', 'xinwen'].map((name) => advice(`${name}.big5.md`)), [
    'zhengbo.big5.md:2:8 error File is not valid UTF-8 (byte 0xBE at byte offset 11)  manuscript | iconv -f BIG5 -t UTF-8 zhengbo.big5.md',
    'xinwen.big5.md:2:8 error File is not valid UTF-8 (byte 0xBB at byte offset 11)  manuscript | iconv -f BIG5 -t UTF-8 xinwen.big5.md',
  ]);
  const { hint } = refusal('xinwen.big5.md');
  assert.ok(hint.startsWith('It reads as Big5 (Traditional Chinese), not GB18030: convert it with `iconv -f BIG5 ') && !hint.includes('-f GB18030'), hint);
  // Hong Kong's supplement, which plain BIG5 in iconv refuses.
  assert.match(advice('hongkong.big5-hkscs.md'), /:1:1 error .* \| iconv -f BIG5-HKSCS -t UTF-8 hongkong\.big5-hkscs\.md$/);
});

test('one short line is told apart too', () => {
  assert.deepEqual(['short-simplified.gb18030.md', 'short-traditional.gb18030.md', 'short-traditional.big5.md'].map(advice), [
    'short-simplified.gb18030.md:1:2 error File is not valid UTF-8 (byte 0xB6 at byte offset 2)  manuscript | iconv -f GB18030 -t UTF-8 short-simplified.gb18030.md',
    'short-traditional.gb18030.md:1:1 error File is not valid UTF-8 (byte 0x8C at byte offset 0)  manuscript | iconv -f GB18030 -t UTF-8 short-traditional.gb18030.md',
    'short-traditional.big5.md:1:1 error File is not valid UTF-8 (byte 0xBE at byte offset 0)  manuscript | iconv -f BIG5 -t UTF-8 short-traditional.big5.md',
  ]);
});

test('a booklet.yaml in GB18030 (no punctuation, but words) gets the GB18030 command, naming booklet.yaml', async () => {
  await withTempDir(async (dir) => {
    await copyFile(join(DIR, 'booklet.gb18030.yaml'), join(dir, 'booklet.yaml'));
    await assert.rejects(loadBooklet(dir), (error: unknown) => {
      assert.ok(error instanceof BookletError);
      const [message, hint] = formatMessage(error.messages[0]!, dir).split('\n  hint: ');
      assert.equal(message, 'booklet.yaml:1:10 error File is not valid UTF-8 (byte 0xB6 at byte offset 11)  config');
      assert.match(hint!, /iconv -f GB18030 -t UTF-8 \S*booklet\.yaml > \S*booklet\.utf8\.yaml && mv /);
      return true;
    });
  });
});

test('UTF-16 without a byte-order mark is named, with its iconv command', () => {
  const text = source('renmin.md');
  for (const [bytes, name] of [[Buffer.from(text, 'utf16le'), 'UTF-16LE'], [Buffer.from(text, 'utf16le').swap16(), 'UTF-16BE']] as const) {
    assert.throws(() => decodeText(bytes, 'a.md', 'manuscript'), (error: unknown) => {
      assert.ok(error instanceof BookletError);
      assert.equal(error.messages[0]!.note, `It reads as ${name} without a byte-order mark: convert it with \`iconv -f ${name} -t UTF-8 a.md > a.utf8.md && mv a.utf8.md a.md\`.`);
      return true;
    });
  }
});

test('Korean, Japanese and Russian files are not taken for Chinese: no iconv -f GB18030 or BIG5', () => {
  for (const name of ['korean.euc-kr.md', 'japanese.euc-jp.md', 'japanese.shift_jis.md', 'russian.koi8-r.md']) {
    const { hint } = refusal(name);
    assert.ok(hint.startsWith('It reads as neither GB18030 nor Big5 Chinese.') && hint.includes(`iconv -f ENCODING -t UTF-8 ${name} `), `${name}: ${hint}`);
  }
});

test('UTF-32 is named, not read as UTF-16 with NULs', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from([0x2d, 0x4e, 0, 0])]);
  assert.throws(() => decodeText(bytes, 'a.md', 'manuscript'), /UTF-32LE/);
});

test('the hint names the file as the shell needs it, from the folder booklet runs in', async () => {
  await withTempDir(async (dir) => {
    await copyFile(join(DIR, 'xinwen.big5.md'), join(dir, "第 1 篇's.md"));
    const run = spawnSync(process.execPath, [CLI, 'lint', "第 1 篇's.md"], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(run.status, 1);
    assert.ok(run.stderr.includes(`iconv -f BIG5 -t UTF-8 '第 1 篇'\\''s.md' > '第 1 篇'\\''s.utf8.md' && mv '第 1 篇'\\''s.utf8.md' '第 1 篇'\\''s.md'`), run.stderr);
    // …and that command does convert it.
    const command = /`(iconv [^`]+)`/.exec(run.stderr)![1]!;
    const converted = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
    assert.equal(converted.status, 0, converted.stderr);
    assert.equal(await readFile(join(dir, "第 1 篇's.md"), 'utf8'), source('xinwen.md'));
  });
});
