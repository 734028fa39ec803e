// The build's messages and the command line in Chinese (issue 20, item 3): a booklet with real mistakes,
// built with --ui zh and --ui en, prints each message in the language asked, with its place and rule id
// as they are; --help and commander's errors are worded in Chinese too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { say } from '../../src/ui/catalogue.js';
import { writeHint } from '../../src/write-errors.js';
import { CLI, FIXTURES, withTempDir } from '../helpers.js';

const run = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8', CI: 'true' } });

/** The basic booklet with a remote image, an undefined footnote, an unknown directive, a skipped heading
 *  level, a missing image, and a stylesheet whose url() names no file. */
async function mistakes(dir: string): Promise<void> {
  await cp(join(FIXTURES, 'basic'), dir, { recursive: true });
  await appendFile(join(dir, '01-sample.md'), '\n远程图片![图](https://example.com/a.png)和缺失的脚注[^nope]。\n\n::unknown\n\n#### 跳级的标题\n\n![缺图](missing.png)\n');
  await mkdir(join(dir, 'css'));
  await writeFile(join(dir, 'css', 'my.css'), 'body { background: url(gone.png); }\n');
  await appendFile(join(dir, 'booklet.yaml'), 'styles:\n  - css/my.css\n');
}

test('the build\'s warnings and errors in Chinese, and in English as before', async () => {
  await withTempDir(async (dir) => {
    await mistakes(dir);
    const zh = run(dir, 'build', '-e', 'html', '--ui', 'zh');
    assert.equal(zh.status, 1);
    assert.equal(
      zh.stderr.replaceAll(dir, '…'),
      [
        '01-sample.md:43:1 警告 未知的指令 `::unknown`，按原文保留  directive',
        '01-sample.md:41:36 警告 脚注 [^nope] 被引用却没有定义；它会作为正文文字印出  footnote',
        '01-sample.md:45:1 警告 4 级标题紧跟在 2 级标题之后：跳过了一级  heading-level',
        '01-sample.md:41:5 警告 未收入远程图片：https://example.com/a.png  image-remote',
        '  提示：请把它下载到稿件文件夹，并用相对路径引用；现在以它的替代文字代替。',
        'css/my.css:1:20 警告 找不到样式表引用的文件，已略去：gone.png（查找的是 …/css/gone.png）  stylesheet-url',
        '  提示：样式表中的 url() 和 @import 相对于样式表自己所在的文件夹。',
        '01-sample.md:47:1 错误 找不到图片：…/missing.png  image',
        '  提示：请检查路径；它相对于稿件所在的文件夹。',
        'booklet：1 个错误，未写出任何文件。',
        '',
      ].join('\n'),
    );
    const en = run(dir, 'build', '-e', 'html', '--ui', 'en');
    assert.equal(en.status, 1);
    assert.equal(
      en.stderr.replaceAll(dir, '…'),
      [
        '01-sample.md:43:1 warning Unknown directive `::unknown`, kept as text  directive',
        '01-sample.md:41:36 warning Footnote [^nope] is called but never defined; it prints as text  footnote',
        '01-sample.md:45:1 warning Heading level 4 follows level 2: a level is skipped  heading-level',
        '01-sample.md:41:5 warning Remote image not included: https://example.com/a.png  image-remote',
        '  hint: Download it into the manuscripts folder and link it relatively; its alt text stands in its place.',
        "css/my.css:1:20 warning Stylesheet file not found, left out: gone.png (looked for …/css/gone.png)  stylesheet-url",
        "  hint: A stylesheet's url() and @import are relative to the stylesheet's own folder.",
        '01-sample.md:47:1 error Image not found: …/missing.png  image',
        '  hint: Check the path; it is relative to the manuscript.',
        'booklet: 1 error; nothing was written.',
        '',
      ].join('\n'),
    );
  });
});

test('a failed write\'s hint names what to do, in each language, with what became of the outputs', () => {
  assert.match(say('zh', writeHint('ENOSPC')), /^磁盘已满/);
  assert.match(say('en', writeHint('EROFS')), /read-only file system/);
});

test('--help in Chinese: the section titles, the commands, the options and commander\'s notes', async () => {
  await withTempDir(async (dir) => {
    const help = run(dir, '--ui', 'zh', 'build', '--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^用法： booklet build \[options\] \[dir\]\n\n把 DIR 中读本的各个版本生成到输出文件夹\n/);
    assert.match(help.stdout, /\n参数：\n  dir /);
    assert.match(help.stdout, /\n选项：\n  -o, --out <dir> +输出文件夹/);
    assert.match(help.stdout, /-q, --quiet +只显示问题（默认：false）/);
    assert.match(help.stdout, /-h, --help +显示命令的帮助/);
    assert.doesNotMatch(help.stdout, /\b(Usage|Options|default|display help)\b/);
    const lint = run(dir, '--ui', 'zh', 'lint', '--help');
    assert.match(lint.stdout, /--format <format> +输出格式（可选值："text", "json"；默认："text"）/);
    const english = run(dir, 'build', '--help');
    assert.match(english.stdout, /^Usage: booklet build \[options\] \[dir\]\n\nBuild the editions of the booklet in DIR into the output folder\n/);
    assert.match(english.stdout, /-q, --quiet +print only problems \(default: false\)/);
  });
});

test('commander\'s errors and the option parsers\' in Chinese; in English as commander words them', async () => {
  await withTempDir(async (dir) => {
    const zh = (...args: string[]) => run(dir, '--ui', 'zh', ...args);
    assert.equal(zh('build', '-e', 'scren').stderr, '错误：选项“-e, --edition <editions>”的值“scren”无效。未知的版本 `scren`（是不是 `screen`？）；可用的版本有 html, screen, print, press, imposed, epub, all\n（加上 --help 可查看选项）\n');
    assert.equal(zh('buidl').stderr, '错误：未知命令“buidl”\n（是不是想输入 build？）\n（加上 --help 可查看选项）\n');
    assert.equal(zh('build', '--jobs', '0').stderr, '错误：选项“-j, --jobs <n>”的值“0”无效。应为 1 或更大的整数\n（加上 --help 可查看选项）\n');
    assert.equal(zh('build', 'a', 'b').stderr, '错误：“build”的参数太多：最多 1 个，实际给了 2 个。\n（加上 --help 可查看选项）\n');
    assert.equal(zh('lint', '--format', 'xml').stderr, '错误：选项“--format <format>”的值“xml”无效。可选值为 text, json。\n（加上 --help 可查看选项）\n');
    assert.equal(zh('build', '--bogus').stderr, '错误：未知选项“--bogus”\n（加上 --help 可查看选项）\n');
    assert.equal(zh('build', '-e', 'scren').status, 1);
    assert.equal(run(dir, 'build', '-e', 'scren').stderr, "error: option '-e, --edition <editions>' argument 'scren' is invalid. unknown edition `scren` (did you mean `screen`?); the editions are html, screen, print, press, imposed, epub, all\n(add --help for the options)\n");
    assert.equal(run(dir, 'build', 'a', 'b').stderr, "error: too many arguments for 'build'. Expected 1 argument but got 2.\n(add --help for the options)\n");
  });
});
