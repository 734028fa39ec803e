// `booklet new DIR` (issue 21): a folder that lints clean, builds every edition and proofs without an error
// at once; booklet.yaml holds every key of the schema, set or commented out with its description and a
// value that validates; a folder that is not empty is refused and left as it was; the CI recipes parse,
// install what `make` installs, run `booklet proof` and keep its report; the README shows the same recipes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { BookletSchema } from '../../src/config/schema.js';
import { schemaFields } from '../../src/scaffold/booklet-yaml.js';
import { BOOKLET_HOME, INSTALL, SYSTEM_PACKAGES, githubWorkflow, gitlabJob } from '../../src/scaffold/ci-recipes.js';
import { scaffold } from '../../src/scaffold/new-booklet.js';
import { writeNewFolder } from '../../src/scaffold/write-new-folder.js';
import { phrase, say } from '../../src/ui/catalogue.js';
import { CLI, ROOT, withTempDir } from '../helpers.js';
import { epubcheck } from '../epub/epubcheck.js';
import type { Ui } from '../../src/ui/ui.js';

function booklet(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', LC_ALL: 'C.UTF-8' } });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

const FILES = ['.github/workflows/proof.yml', '.gitignore', '.gitlab-ci.yml', '01-sample.md', 'booklet.schema.json', 'booklet.yaml', 'figures/chart.png'];

/** Every file under `dir`, relative, sorted. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** booklet.yaml with every key commented out (`#edition: …`, `#  size: A5`) set: a description (`# …`,
 *  one space) stays a comment. */
const uncommented = (yaml: string) => yaml.replace(/^(\s*)#(?=\S|  )/gm, '$1');

/** The value at a dotted key path, or undefined. */
const at = (doc: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc);

/** Every key path of the schema, groups and their keys. */
function keyPaths(fields = schemaFields()): string[] {
  return fields.flatMap((f) => [f.path, ...(f.children ? keyPaths(f.children) : [])]);
}

test('booklet new → lint finds nothing, build makes every edition, proof finds no error', { timeout: 300_000 }, async () => {
  await withTempDir(async (dir) => {
    const made = booklet(dir, 'new', 'mybook', '--title', '学习读本样书');
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stderr, /^Created the booklet mybook: booklet\.yaml, booklet\.schema\.json, 01-sample\.md, figures\/chart\.png, \.gitignore, \.github\/workflows\/proof\.yml, \.gitlab-ci\.yml\nNext: cd mybook && booklet build/);
    const book = join(dir, 'mybook');
    assert.deepEqual(await filesIn(book), FILES);
    assert.deepEqual(await readdir(dir), ['mybook'], 'no temporary folder is left beside it');
    const config = parse(await readFile(join(book, 'booklet.yaml'), 'utf8')) as Record<string, unknown>;
    assert.equal(config['title'], '学习读本样书', '--title sets the title');
    assert.deepEqual(config['articles'], ['01-sample.md']);

    const png = await sharp(join(book, 'figures', 'chart.png')).metadata();
    assert.deepEqual([png.format, png.width, png.height], ['png', 900, 450], 'a real PNG');

    const lint = booklet(book, 'lint');
    assert.equal(lint.status, 0, lint.stderr);
    assert.equal(lint.stderr, '0 errors, 0 warnings\n', 'lint finds nothing in the sample');

    const build = booklet(book, 'build');
    assert.equal(build.status, 0, build.stderr);
    assert.deepEqual((await readdir(join(book, 'output'))).filter((f) => !f.startsWith('.')).sort(), ['booklet-imposed.pdf', 'booklet-press.pdf', 'booklet-print.pdf', 'booklet.epub', 'booklet.html', 'booklet.pdf', 'fonts', 'images']);
    assert.doesNotMatch(build.stderr, / (warning|error) /, `the build says nothing: ${build.stderr}`);
    // Headings break between words (<wbr>): read without them.
    const html = (await readFile(join(book, 'output', 'booklet.html'), 'utf8')).replaceAll('<wbr>', '');
    // What the sample shows, typeset: front matter, sections, emphasis, a footnote, a quotation, a table,
    // every study box, the figure with its caption, Latin and numbers in the Chinese text; its comment to
    // the editor in no edition.
    for (const feature of [
      /<h1 class="article-title">怎样编好一本学习读本<\/h1><p class="article-subtitle">——写在样稿前面的话<\/p><p class="article-byline">李明<\/p>/,
      /（来源：本读本样稿；作者单位：本书编写组）/,
      /<h2 [^>]*>一、先把稿件整理干净<\/h2>\n<h3 [^>]*>（一）对照原文逐段核对<\/h3>/,
      /<h2 [^>]*>二、用表格归纳学习安排<\/h2>/,
      /<em>对照原文<\/em>/,
      /<strong>凡是改动原文的地方，都应当记录下来<\/strong>/,
      /为什么改。<sup><a href="#sample-fn-1"[^>]*data-footnote-ref/,
      /改动记在文件头的 editorial 列表里/,
      /<blockquote [^>]*>\n<p [^>]*>读书之法，在循序而渐进，熟读而精思。<\/p>/,
      /<table [^>]*>\n<thead>\n<tr [^>]*>\n<th>时间<\/th>(?:(?!<\/table>)[\s\S])*<td>总结交流<\/td>/,
      /class="study-box key-points"/,
      /class="study-box questions"/,
      /class="study-box reading"/,
      /class="study-box note"/,
      /<figure [^>]*><img src="images\/figures\/chart\.[0-9a-f]+\.png" alt="六个年度参加集中学习的人数（示意）"[^>]*><figcaption>六个年度参加集中学习的人数（示意）<\/figcaption><\/figure>/,
      /例如 Markdown、PDF 和2026年。/,
    ]) {
      assert.match(html, feature);
    }
    assert.doesNotMatch(html, /booklet new 生成的样稿/, 'the comment to the editor is in no edition');
    assert.match(await epubcheck(join(book, 'output', 'booklet.epub')), /Messages: 0 fatals \/ 0 errors \/ 0 warnings/);

    const proof = booklet(book, 'proof');
    assert.equal(proof.status, 0, proof.stderr);
    assert.match(proof.stderr, /\d+ pages, 0 errors, 0 warnings, not compared \(no baseline\)/);
    assert.ok(existsSync(join(book, 'output', 'proof', 'index.html')));
  });
});

test('booklet new in the empty folder it runs in; in Chinese, with comments in Chinese and ui: zh', async () => {
  await withTempDir(async (dir) => {
    const run = booklet(dir, 'new', '.', '--ui', 'zh');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /^已新建读本 \.：booklet\.yaml/);
    assert.deepEqual(await filesIn(dir), FILES);
    const yaml = await readFile(join(dir, 'booklet.yaml'), 'utf8');
    assert.match(yaml, /^# booklet\.yaml：读本的元数据和文章顺序。$/m);
    // Editors (yaml-language-server) read the schema from the first line: the package's, copied beside it.
    assert.equal(yaml.split('\n')[0], '# yaml-language-server: $schema=./booklet.schema.json');
    assert.equal(await readFile(join(dir, 'booklet.schema.json'), 'utf8'), await readFile(join(ROOT, 'booklet.schema.json'), 'utf8'));
    assert.match(yaml, /^# 读本书名，例如“学习读本”。必填。\ntitle: 学习读本$/m);
    assert.equal((parse(yaml) as { ui?: string }).ui, 'zh', 'a booklet made in Chinese speaks Chinese, in CI too');
    assert.match(await readFile(join(dir, '.github', 'workflows', 'proof.yml'), 'utf8'), /^# 每次推送和拉取请求时校对读本/m);
  });
});

test('booklet.yaml: every key of the schema, set or commented out under its description, each value valid', async () => {
  for (const ui of ['en', 'zh'] as Ui[]) {
    const files = await scaffold('学习: 读本 #1 "新"', ui, new Date(2026, 11, 3));
    const yaml = String(files.find((f) => f.path === 'booklet.yaml')!.data);
    const given = parse(yaml) as Record<string, unknown>;
    assert.equal(given['title'], '学习: 读本 #1 "新"', 'a title is quoted as YAML needs');
    assert.equal(given['date'], '2026年12月3日');
    assert.ok(BookletSchema.safeParse(given).success, 'it validates as written');
    const all = parse(uncommented(yaml)) as Record<string, unknown>;
    const paths = keyPaths();
    assert.ok(paths.length >= 25, `${paths.length} keys`);
    assert.deepEqual(paths.filter((path) => at(all, path) === undefined), [], `${ui}: keys neither set nor commented out`);
    assert.deepEqual(paths.filter((path) => at(given, path) === undefined).filter((path) => !new RegExp(`^\\s*#\\s*${path.split('.').at(-1)}:`, 'm').test(yaml)), []);
    const full = BookletSchema.safeParse(all);
    assert.ok(full.success, `${ui}: every commented value validates: ${JSON.stringify(full.error?.issues)}`);
    // A commented-out key shows its default: set, it changes nothing, but for the keys that have none
    // (an example there).
    const examples = ['subtitle', 'impression', 'styles', 'lint', 'proof', 'studyBoxes', 'faces', 'variants', 'browsers', 'press', ...(ui === 'en' ? ['ui'] : [])];
    // page.margins, cover's colour and images and imposition's sheet and signatures have examples (20 mm …),
    // the rest of page, cover and imposition their defaults.
    const leaveOut: Record<string, string[]> = { page: ['margins'], cover: ['background', 'image', 'emblem'], imposition: ['sheet', 'signatures'] };
    const drop = (config: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(config)
          .filter(([key]) => !examples.includes(key))
          .map(([key, value]) => [key, leaveOut[key] ? { ...(value as object), ...Object.fromEntries(leaveOut[key].map((k) => [k, undefined])) } : value]),
      );
    const proofOf = (config: { proof: { baseline: string } }) => config.proof.baseline;
    assert.deepEqual(drop(full.data!), drop(BookletSchema.parse(given)));
    assert.equal(proofOf(full.data!), 'proof-baseline');
    // Each key's description is the comment above it, in the interface's language: `# …`, or `#  # …`
    // inside a group commented out.
    const description = /^(?:#\s+)?# (?=\S)/;
    const lines = yaml.split('\n');
    const squeezed = (text: string) => text.replace(/\s+/g, '');
    // A group's keys are looked for below the group's line: cover.compiler is not the top-level compiler.
    const rowOf = (key: string, from = 0) => lines.findIndex((line, i) => i >= from && new RegExp(`^#?\\s*${key}:`).test(line) && !description.test(line));
    for (const field of schemaFields().flatMap((f) => [{ field: f, parent: undefined as string | undefined }, ...(f.children ?? []).map((c) => ({ field: c, parent: f.key }))]).map(({ field, parent }) => ({ ...field, parent }))) {
      const row = rowOf(field.key, field.parent === undefined ? 0 : rowOf(field.parent) + 1);
      assert.ok(row > 0, `${ui}: ${field.path} has a line`);
      const above = lines.slice(0, row).reverse();
      const comment = above.slice(0, above.findIndex((line) => !description.test(line))).reverse();
      const described = say(ui, phrase('config.field', { text: field.description! }));
      assert.equal(squeezed(comment.map((line) => line.replace(description, '')).join('')), squeezed(described), `${ui}: ${field.path}`);
    }
  }
});

test('a folder that is not empty, or a file, is refused and left as it was; so is an empty --title', async () => {
  await withTempDir(async (dir) => {
    const book = join(dir, 'book');
    await mkdir(join(book, 'notes'), { recursive: true });
    await writeFile(join(book, 'draft.md'), '草稿');
    const run = booklet(dir, 'new', 'book');
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr,
      'book error The folder is not empty: it holds draft.md, notes/  new\n' +
        '  hint: booklet new writes only into a new or an empty folder, so that it overwrites nothing: name a new one (`booklet new mybook`), or empty this one.\n' +
        'booklet: 1 error; nothing was written.\n',
    );
    assert.deepEqual(await readdir(book, { recursive: true }), ['draft.md', 'notes']);
    assert.equal(await readFile(join(book, 'draft.md'), 'utf8'), '草稿');
    assert.deepEqual(await readdir(dir), ['book'], 'nothing written beside it');

    const zh = booklet(dir, 'new', 'book', '--ui', 'zh');
    assert.equal(zh.status, 1);
    assert.match(zh.stderr, /^book 错误 文件夹不是空的：其中有 draft\.md, notes\/  new\n  提示：booklet new 只写入新的或空的文件夹/);

    const file = booklet(dir, 'new', 'book/draft.md');
    assert.equal(file.status, 1);
    assert.match(file.stderr, /^book\/draft\.md error This is a file, not a folder  new\n/);

    const title = booklet(dir, 'new', 'other', '--title', '  ');
    assert.equal(title.status, 1);
    assert.match(title.stderr, /^other error --title is empty  new\n/);
    assert.deepEqual(await readdir(dir), ['book']);
    assert.doesNotMatch(run.stderr + file.stderr + title.stderr, /\n\s+at /, 'no stack trace');
  });
});

test('written whole or not at all: a write that fails leaves neither the folder nor its temporary', async () => {
  await withTempDir(async (dir) => {
    // `a` is a file: `a/b` cannot be written, after `a` was.
    await assert.rejects(writeNewFolder(join(dir, 'book'), [{ path: 'a', data: 'x' }, { path: 'a/b', data: 'y' }], 'book', false), /Cannot write .*book\/a\/b \(E\w+\)/);
    assert.deepEqual(await readdir(dir), []);
    // Into an existing empty folder: it stays, empty.
    await mkdir(join(dir, 'empty'));
    await assert.rejects(writeNewFolder(join(dir, 'empty'), [{ path: 'a', data: 'x' }, { path: 'a/b', data: 'y' }], 'empty', true));
    assert.deepEqual(await readdir(dir), ['empty']);
    assert.deepEqual(await readdir(join(dir, 'empty')), []);
  });
});

/** The Makefile's SYSTEM_PACKAGES. */
async function makePackages(): Promise<string[]> {
  const makefile = await readFile(join(ROOT, 'Makefile'), 'utf8');
  return /^SYSTEM_PACKAGES := (.+)$/m.exec(makefile)![1]!.trim().split(/\s+/);
}

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string>;
}

test('the CI recipes parse, install what make installs, run booklet proof and keep its report', async () => {
  assert.deepEqual([...SYSTEM_PACKAGES], await makePackages(), 'the packages of the Makefile');
  const installs = (command: string) => /apt-get install/.test(command) && SYSTEM_PACKAGES.every((p) => new RegExp(`(^|\\s)${p}(\\s|$)`).test(command));
  for (const ui of ['en', 'zh'] as Ui[]) {
    const github = parse(githubWorkflow(ui)) as { on: string[]; jobs: { proof: { container: string; env: Record<string, string>; steps: Step[] } } };
    assert.deepEqual(github.on, ['push', 'pull_request']);
    const job = github.jobs.proof;
    assert.equal(job.container, 'node:20-bookworm', 'Debian 12 with Node 20');
    assert.equal(job.env['PUPPETEER_SKIP_DOWNLOAD'], '1');
    const steps = job.steps;
    const index = (find: (s: Step) => boolean) => steps.findIndex(find);
    const checkout = index((s) => s.uses === 'actions/checkout@v4');
    const packages = index((s) => installs(s.run ?? ''));
    const npm = index((s) => s.run === `${INSTALL.join('\n')}\n`);
    assert.match(INSTALL[0]!, /^git clone --quiet --depth 1 \$\{BOOKLET_REF:\+--branch "\$BOOKLET_REF"\} "\$BOOKLET_GIT" \/opt\/booklet$/);
    assert.deepEqual(INSTALL.slice(1), ['npm ci --prefix /opt/booklet --no-audit --no-fund', 'npm install -g --ignore-scripts --no-audit --no-fund /opt/booklet']);
    const proof = index((s) => s.run === 'booklet proof');
    const upload = index((s) => s.uses === 'actions/upload-artifact@v4');
    assert.ok(checkout === 0 && checkout < packages && packages < npm && npm < proof && proof < upload, `steps in order: ${[checkout, packages, npm, proof, upload]}`);
    assert.equal(steps[upload]!.if, 'always()', 'the report is kept when the proof fails');
    assert.deepEqual(steps[upload]!.with!['path']!.trim().split('\n'), ['output/proof/', 'output/booklet.pdf']);
    assert.match(job.env['BOOKLET_GIT']!, /^https:\/\//);
    assert.equal(job.env['BOOKLET_REF'], '');

    const gitlab = parse(gitlabJob(ui)) as { proof: { image: string; variables: Record<string, string>; before_script: string[]; script: string[]; artifacts: { when: string; paths: string[]; reports: { junit: string } } } };
    const job2 = gitlab.proof;
    assert.equal(job2.image, 'node:20-bookworm');
    assert.equal(job2.variables['PUPPETEER_SKIP_DOWNLOAD'], '1');
    assert.equal(job2.variables['BOOKLET_GIT'], job.env['BOOKLET_GIT']);
    assert.equal(job2.variables['BOOKLET_REF'], '');
    assert.ok(installs(job2.before_script[0]!));
    assert.deepEqual(job2.before_script.slice(1), INSTALL);
    assert.deepEqual(job2.script, ['booklet proof']);
    assert.equal(job2.artifacts.when, 'always');
    assert.deepEqual(job2.artifacts.paths, ['output/proof/', 'output/booklet.pdf']);
    assert.equal(job2.artifacts.reports.junit, 'output/proof/junit.xml');
  }
});

test("the README's CI recipes are the ones booklet new writes", async () => {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Start a booklet: `booklet new`'));
  assert.ok(section, 'the README has a section "Start a booklet: `booklet new`"');
  const blocks = [...section.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  const block = (file: string) => blocks.find((b) => b.startsWith(`# ${file}\n`));
  for (const [file, make] of [
    ['.github/workflows/proof.yml', githubWorkflow],
    ['.gitlab-ci.yml', gitlabJob],
  ] as const) {
    const shown = block(file);
    assert.ok(shown, `the README shows ${file}`);
    assert.deepEqual(parse(shown), parse(make('en')), file);
    assert.deepEqual(parse(make('zh')), parse(make('en')), `${file}: the same steps in both languages`);
  }
});

test('booklet new --help and a missing DIR, in both languages', async () => {
  await withTempDir(async (dir) => {
    const zh = booklet(dir, '--ui', 'zh', 'new', '--help');
    assert.equal(zh.status, 0);
    assert.match(zh.stdout, /^用法： booklet new \[options\] <dir>\n\n在 DIR 中新建一本可以直接生成的读本/);
    assert.match(zh.stdout, /\n参数：\n  dir +要新建的文件夹：不存在的文件夹，或空文件夹\n/);
    assert.match(zh.stdout, /--title <title> +读本书名，写入 booklet\.yaml/);
    const en = booklet(dir, 'new', '--help');
    assert.match(en.stdout, /^Usage: booklet new \[options\] <dir>\n\nCreate a booklet in DIR that builds at once/);
    const listed = booklet(dir, '--help');
    assert.match(listed.stdout, /\n  new \[options\] <dir> +Create a booklet in DIR/);
    const missing = booklet(dir, 'new');
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, "error: missing required argument 'dir'\n(add --help for the options)\n");
    assert.equal(booklet(dir, '--ui', 'zh', 'new').stderr, '错误：缺少必需的参数“dir”\n（加上 --help 可查看选项）\n');
    assert.deepEqual(await readdir(dir), []);
  });
});

// Clones this repository and runs `npm ci` and its build (77 s of a 14.5-minute suite on this machine's 2
// cores): run with BOOKLET_TEST_RECIPE=1 after changing the recipes (src/scaffold/ci-recipes.ts). The
// npm pack → npm install -g path it also takes is test/cli/install.test.ts's, on every run.
const RECIPE = process.env['BOOKLET_TEST_RECIPE'] ? {} : { skip: 'set BOOKLET_TEST_RECIPE=1 to run the recipe\'s install lines (77 s)' };

test("the CI recipe's own lines build booklet from its git repository and proof a new booklet with it", { timeout: 600_000, ...RECIPE }, async () => {
  await withTempDir(async (dir) => {
    assert.equal(booklet(dir, 'new', 'book').status, 0);
    const steps = (parse(githubWorkflow('en')) as { jobs: { proof: { steps: Step[] } } }).jobs.proof.steps;
    // As CI runs them, but for the apt-get line (make installed the packages) and the places: booklet is
    // built in a temporary folder, not /opt/booklet, and linked into a prefix of the test's own.
    const home = join(dir, 'booklet-home');
    const prefix = join(dir, 'prefix');
    const lines = [steps.find((s) => s.name === 'booklet')!.run!, steps.find((s) => s.name === 'booklet proof')!.run!].join('\n').replaceAll(BOOKLET_HOME, home);
    const run = spawnSync('bash', ['-eo', 'pipefail', '-c', lines], {
      cwd: join(dir, 'book'),
      encoding: 'utf8',
      env: {
        ...process.env,
        CI: 'true',
        LC_ALL: 'C.UTF-8',
        BOOKLET_GIT: `file://${ROOT}`,
        BOOKLET_REF: '',
        PUPPETEER_SKIP_DOWNLOAD: '1',
        npm_config_prefix: prefix,
        npm_config_prefer_offline: 'true',
        PATH: `${join(prefix, 'bin')}:${process.env['PATH']}`,
      },
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /\d+ pages, 0 errors, 0 warnings, not compared \(no baseline\)/);
    assert.ok(existsSync(join(dir, 'book', 'output', 'proof', 'junit.xml')), 'the report CI keeps');
    assert.ok(existsSync(join(prefix, 'bin', 'booklet')));
  });
});
