// The hostile corpus (test/fixtures/hostile/<case>/): each case is built by the command as a user would,
// from a copy in a temporary folder, and must give the expected messages and exit status, leave the
// booklet folder untouched (only the output folder changes), and keep out of the editions what must not
// reach them. A case's expect.json:
//   exit        the exit status
//   messages    lines stderr must have (each the start of a line: `file:line:col severity reason`, the
//               file relative to the case's folder)
//   editions    what to build (default html)
//   absent      strings none of the built files may hold (booklet.html, its SVG images, and the EPUB's
//               XHTML, package, styles and SVG images); a case that builds an EPUB must pass EPUBCheck
//   present     strings booklet.html must hold
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { CLI, FIXTURES, withTempDir } from './helpers.js';
import { epubcheck } from './epub/epubcheck.js';

interface Expect {
  exit: number;
  messages: string[];
  editions?: string;
  absent?: string[];
  present?: string[];
}

const HOSTILE = join(FIXTURES, 'hostile');

/** Files too big for git, written into the case's copy before it is built. */
const GENERATED: Record<string, (book: string) => Promise<void>> = {
  'huge-manuscript': async (book) => {
    // 10 MB of Chinese text in paragraphs (3 bytes a character).
    const paragraph = `${'学习读本的正文段落，用来检验很大的稿件。'.repeat(20)}\n\n`;
    await writeFile(join(book, '01-a.md'), `---\ntitle: 很大的稿件\n---\n\n${paragraph.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(paragraph)))}`);
  },
  'huge-image': async (book) => {
    // A PNG by its signature, 21 MB long.
    await mkdir(join(book, 'images'), { recursive: true });
    const png = Buffer.alloc(21 * 1024 * 1024);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    await writeFile(join(book, 'images', 'scan.png'), png);
  },
  // Files beside the booklet folder, named as `../`, by an absolute path and by links inside it.
  'article-outside': async (book) => {
    await writeFile(join(book, '..', 'secret.md'), '---\ntitle: 别人的稿件\n---\n\n不属于读本的文字。\n');
    await writeFile(join(book, '..', 'secret.css'), 'p { color: red; }\n');
    await symlink('../secret.md', join(book, '02-link.md'));
    await symlink('../secret.css', join(book, 'link.css'));
    const yaml = join(book, 'booklet.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('/absolute/secret.md', join(book, '..', 'secret.md')));
  },
  'image-link-outside': async (book) => {
    await writeFile(join(book, '..', 'secret.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    await mkdir(join(book, 'images'));
    await symlink('../../secret.png', join(book, 'images', 'link.png'));
  },
};

/** Every file below `dir` with its size and modification time. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path);
    files.set(relative(dir, path), `${info.size} ${info.mtimeMs}`);
  }
  return files;
}

function run(args: string[], cwd: string, timeout = 120_000): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'ignore', 'pipe'], timeout });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** Build a copy of a case; `prepare` may add files to the copy first. */
async function buildCase(name: string, expect: Expect, prepare?: (book: string) => Promise<void>): Promise<void> {
  await withTempDir(async (dir) => {
    const book = join(dir, name);
    await cp(join(HOSTILE, name), book, { recursive: true });
    await prepare?.(book);
    // Everything in the temporary folder but the output folder: the case, and anything written beside it.
    const outside = async () => new Map([...(await snapshot(dir))].filter(([path]) => !path.startsWith('out/')));
    const before = await outside();
    // From the temporary folder, so that messages name `<case>/01-a.md` as a user would see them.
    const result = await run(['build', name, '--out', 'out', '--edition', expect.editions ?? 'html'], dir);
    const stderr = result.stderr.replaceAll(`${name}/`, '');
    assert.equal(result.code, expect.exit, stderr);
    const lines = stderr.split('\n');
    for (const message of expect.messages) assert.ok(lines.some((l) => l.startsWith(message)), `expected «${message}» in:\n${stderr}`);
    // …and no message that is not expected (a BOM or CRLF line ends are accepted silently).
    for (const line of lines.filter((l) => /^\S+:\d+:\d+ (warning|error) /.test(l))) {
      assert.ok(expect.messages.some((m) => line.startsWith(m)), `unexpected «${line}»`);
    }
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    assert.deepEqual(await outside(), before, 'no file outside the output folder is touched');
    if (expect.exit !== 0) return;
    const html = await readFile(join(dir, 'out', 'booklet.html'), 'utf8');
    const svgs = (await readdir(join(dir, 'out'), { recursive: true })).filter((f) => f.endsWith('.svg'));
    const texts = [html, ...(await Promise.all(svgs.map((f) => readFile(join(dir, 'out', f), 'utf8'))))];
    if ((expect.editions ?? 'html') === 'all' || expect.editions === 'epub') {
      const epub = unzipSync(await readFile(join(dir, 'out', 'booklet.epub')));
      assert.ok(epub['OEBPS/content.opf'], `the EPUB's package document: ${Object.keys(epub).join(' ')}`);
      const opf = strFromU8(epub['OEBPS/content.opf']);
      assert.doesNotMatch(opf, /scripted|remote-resources/, 'the EPUB declares no scripts and no remote resources');
      for (const [path, bytes] of Object.entries(epub)) if (/\.(xhtml|opf|ncx|css|svg)$/.test(path)) texts.push(strFromU8(bytes));
      const check = await epubcheck(join(dir, 'out', 'booklet.epub'));
      assert.match(check, /Messages: 0 fatals \/ 0 errors \/ 0 warnings/, check);
      assert.ok(
        texts.every((t) => !/<script|https?:\/\/[^"'\s]*\.(png|jpe?g|gif|svg|webp|css|js)/i.test(t)),
        'no script and no remote resource in the EPUB',
      );
    }
    for (const s of expect.absent ?? []) assert.ok(texts.every((t) => !t.includes(s)), `«${s}» must not reach the editions`);
    for (const s of expect.present ?? []) assert.ok(html.includes(s), `«${s}» is in booklet.html`);
  });
}

const KEYS = ['exit', 'messages', 'editions', 'absent', 'present'];

for (const name of (await readdir(HOSTILE)).sort()) {
  const expectFile = join(HOSTILE, name, 'expect.json');
  const expect = JSON.parse(await readFile(expectFile, 'utf8')) as Expect;
  const prepare = GENERATED[name];
  test(`hostile: ${name}`, { timeout: 180_000 }, () => {
    // A key misspelt, or `absent`/`present` on a case that fails (its editions are not read), would be
    // checked by nothing.
    assert.deepEqual(Object.keys(expect).filter((k) => !KEYS.includes(k)), [], `${expectFile}: unknown keys`);
    assert.ok(expect.exit === 0 || (expect.absent === undefined && expect.present === undefined), `${expectFile}: absent and present are read only when the build succeeds`);
    return buildCase(name, expect, prepare);
  });
}
