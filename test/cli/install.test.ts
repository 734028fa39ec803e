// Installed as a user installs it (issue 20, item 1): `npm pack`, then `npm install -g` of the tarball into
// a prefix of its own. The command runs from any folder, finds its styles, fonts and in-page code beside
// itself, and writes a booklet beside that booklet. Packed without scripts: `make` built dist/ already
// (`prepare` builds it when npm packs or installs a clone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, FIXTURES, ROOT, withTempDir } from '../helpers.js';

test('npm pack → npm install -g: `booklet` builds a booklet of its own folder, from another folder', { timeout: 600_000 }, async () => {
  await withTempDir(async (dir) => {
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '--json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const [{ filename, files }] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
    const paths = files.map((f) => f.path);
    assert.ok(paths.includes('dist/bin/main.js') && paths.includes('styles/page.css'), 'the command and its styles are in the package');
    assert.ok(!paths.some((p) => p.startsWith('test/') || p.startsWith('src/') || p.startsWith('manuscripts/')), 'no tests, sources or manuscripts');
    const prefix = join(dir, 'prefix');
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, join(dir, filename), '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
    assert.equal(install.status, 0, install.stderr);
    const booklet = join(prefix, 'bin', 'booklet');
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(spawnSync(booklet, ['--version'], { cwd: dir, encoding: 'utf8' }).stdout, `${version}\n`);

    const book = join(dir, 'mybook');
    await cp(join(FIXTURES, 'basic'), book, { recursive: true });
    const run = spawnSync(booklet, ['build', 'mybook', '-e', 'screen'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual((await readdir(join(book, 'output'))).filter((f) => !f.startsWith('.')).sort(), ['booklet.html', 'booklet.pdf', 'fonts']);
    // The same book as the project's own command makes: the installed one found the same styles and faces
    // (the subsets' names differ: their cache key holds the face file's time, which npm's install sets).
    const own = spawnSync(process.execPath, [CLI, 'build', 'mybook', '-e', 'html', '--out', 'own'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    assert.equal(own.status, 0, own.stderr);
    const unhashed = async (folder: string) => (await readFile(join(folder, 'booklet.html'), 'utf8')).replace(/\.[0-9a-f]{20}\./g, '.');
    assert.equal(await unhashed(join(book, 'output')), await unhashed(join(dir, 'own')));
    const faces = async (folder: string) => Promise.all((await readdir(join(folder, 'fonts'))).sort().map((f) => readFile(join(folder, 'fonts', f))));
    const [installed, project] = [await faces(join(book, 'output')), await faces(join(dir, 'own'))];
    assert.equal(installed.length, 4);
    installed.forEach((face, i) => assert.ok(face.equals(project[i]!), `face ${i} is the same subset`));
    // npm installs the versions the project locks (npm-shrinkwrap.json is in the package).
    assert.ok(paths.includes('npm-shrinkwrap.json'));
  });
});
