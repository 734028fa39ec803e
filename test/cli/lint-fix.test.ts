// `booklet lint --fix` prints each change at its line and column in the file as it was, with the text
// around it before and after; --dry-run prints the same and leaves the file byte for byte; --format json
// carries the changes; a second --fix changes nothing (issue 20, item 7).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, withTempDir } from '../helpers.js';

const long = '这是一个足够长的段落用来测试断段的检查规则是否正确';

// A UTF-8 byte-order mark and CRLF line ends, kept by --fix. The join of lines 7 and 9 moves what follows
// up by two lines in the fixed file: the changes are named at the lines of this one.
const BEFORE = [
  '\uFEFF# 学习要点',
  '',
  '中文,逗号...说明--如下。',
  '',
  '第一（括号)里的话。',
  '',
  `${long}人工智`,
  '',
  '能整体发展已进入全球第一梯队。',
  '',
  '他说"好"。第二\uFEFF段 落。',
  '',
].join('\r\n');

const AFTER = [
  '\uFEFF# 学习要点',
  '',
  '中文，逗号……说明——如下。',
  '',
  '第一（括号）里的话。',
  '',
  `${long}人工智能整体发展已进入全球第一梯队。`,
  '',
  '他说"好"。第二段落。',
  '',
].join('\r\n');

const CHANGES = [
  'a.md:3:3  halfwidth-punctuation  中文,逗号.. → 中文，逗号..',
  'a.md:3:6  ellipsis  文,逗号...说明-- → 文,逗号……说明--',
  'a.md:3:11  dash  ..说明--如下。 → ..说明——如下。',
  'a.md:5:6  halfwidth-punctuation  一（括号)里的话。 → 一（括号）里的话。',
  'a.md:7:29  broken-paragraph  确人工智↵↵能整体发 → 确人工智能整体发',
  'a.md:11:9  stray-bom  "。第二\\ufeff段 落。 → "。第二段 落。',
  'a.md:11:11  space-between-han  第二\\ufeff段 落。 → 第二\\ufeff段落。',
];

function lint(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, 'lint', ...args, 'a.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
}

/** The change lines of a run's output. */
const changeLines = (stderr: string) => stderr.split('\n').filter((l) => /^a\.md:\d+:\d+  /.test(l));
/** The problems a run reports, as `file:line:col rule`. */
const messageLines = (stderr: string) => stderr.split('\n').flatMap((l) => /^(a\.md:\d+:\d+) (?:error|warning) .*  (\S+)$/.exec(l)?.slice(1).join(' ') ?? []);

test('--dry-run prints every change and leaves the file byte for byte; --fix prints the same and makes them; a second --fix none', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'a.md');
    await writeFile(file, BEFORE);
    const original = await readFile(file);

    const dry = lint(dir, '--dry-run');
    // The straight quotes have no safe fix: errors left, at their line in the file as it is (and the
    // （ that the fix closes is no longer reported).
    assert.equal(dry.status, 1, dry.stderr);
    assert.deepEqual(changeLines(dry.stderr), CHANGES);
    assert.match(dry.stderr, /^Would fix 7 problems in a\.md \(--dry-run: the file is unchanged\)$/m);
    assert.deepEqual(messageLines(dry.stderr), ['a.md:11:3 straight-quotes', 'a.md:11:5 straight-quotes']);
    assert.deepEqual(await readFile(file), original);

    const fixed = lint(dir, '--fix');
    assert.equal(fixed.status, 1, fixed.stderr);
    assert.deepEqual(changeLines(fixed.stderr), CHANGES);
    assert.match(fixed.stderr, /^Fixed 7 problems in a\.md$/m);
    // What is left is named in the fixed file, two lines up.
    assert.deepEqual(messageLines(fixed.stderr), ['a.md:9:3 straight-quotes', 'a.md:9:5 straight-quotes']);
    assert.equal(await readFile(file, 'utf8'), AFTER);

    const again = lint(dir, '--fix');
    assert.deepEqual(changeLines(again.stderr), []);
    assert.doesNotMatch(again.stderr, /Fixed/);
    assert.deepEqual(messageLines(again.stderr), ['a.md:9:3 straight-quotes', 'a.md:9:5 straight-quotes']);
    assert.equal(await readFile(file, 'utf8'), AFTER);
  });
});

test('--format json carries the changes, with --dry-run as without', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'a.md');
    await writeFile(file, BEFORE);
    const dry = JSON.parse(lint(dir, '--dry-run', '--format', 'json').stdout) as { changes: { file: string; line: number; column: number; rule: string; before: string; after: string }[]; fixed: unknown; dryRun: boolean };
    assert.equal(dry.dryRun, true);
    assert.deepEqual(dry.fixed, [{ path: 'a.md', fixes: 7 }]);
    assert.deepEqual(dry.changes[4], { file: 'a.md', line: 7, column: 29, rule: 'broken-paragraph', before: '确人工智\n\n能整体发', after: '确人工智能整体发' });
    assert.deepEqual(dry.changes.map((c) => `${c.file}:${c.line}:${c.column}  ${c.rule}`), CHANGES.map((l) => l.split('  ').slice(0, 2).join('  ')));
    assert.equal(await readFile(file, 'utf8'), BEFORE);
    const fixed = JSON.parse(lint(dir, '--fix', '--format', 'json').stdout) as typeof dry;
    assert.equal(fixed.dryRun, false);
    assert.deepEqual(fixed.changes, dry.changes);
    assert.equal(await readFile(file, 'utf8'), AFTER);
  });
});
