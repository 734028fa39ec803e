// Watch the booklet's files for `preview` and `build --watch` (chokidar: editors save by writing a new
// file and renaming it over the old one, which plain fs.watch loses track of), and run the rebuild once
// per burst of changes, never two at once.
import { basename, relative, resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { isEditionFile } from './editions/index.js';
import { STYLES_DIR } from './html/styles.js';
import type { ResolvedBooklet } from './config/resolve.js';

export interface FileWatch {
  /** Watch these paths too (a stylesheet booklet.yaml now names). */
  add(paths: string[]): void;
  close(): Promise<void>;
  /** Resolves once the first scan is done: changes after this are seen. */
  ready: Promise<void>;
}

/** What a booklet's build reads: its folder (booklet.yaml, manuscripts, images), the built-in
 *  stylesheets, the theme's folder, and what booklet.yaml names outside the folder (when it could be read). */
export function bookletPaths(dir: string, booklet?: ResolvedBooklet): string[] {
  return [resolve(dir), STYLES_DIR, ...(booklet ? [booklet.theme.dir] : []), ...(booklet?.styles ?? []), ...(booklet?.articles.map((a) => a.path) ?? [])];
}

/** A manuscript, booklet.yaml, a stylesheet, an image or a font (a stylesheet's): not an editor's swap or
 *  backup file. */
const BOOKLET_FILE = /\.(md|markdown|ya?ml|css|png|jpe?g|gif|webp|svg|ttf|otf|ttc|woff2?)$/i;

/** Whether `path` is `dir` or inside it (both absolute). */
const within = (path: string, dir: string) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/** What a build writes into its output folder: the editions, their temporary twins, fonts/, the caches,
 *  the proof report, and the images copied under content-hashed names (read-images.ts). */
function builtByUs(relativePath: string): boolean {
  const [top] = relativePath.split(sep);
  const name = basename(relativePath);
  return (
    ['.cache', 'fonts', 'proof'].includes(top ?? '') ||
    isEditionFile(relativePath) ||
    /^\..+\.\d+\.[a-z0-9]+\.tmp(\.[^.]+)?$/.test(name) ||
    /\.[0-9a-f]{12}(\.[a-z0-9]+)?$/i.test(name)
  );
}

/** Call `onChange` with the changed files once they have been quiet for `settle` ms (default 40: a save
 *  is a truncate and a write, or a write and a rename, within a few ms; a rebuild started on a half-saved
 *  file is followed by another).
 *  `ignore`: output folders, which the build writes: never watched, or, when one holds the booklet's own
 *  files (--out the booklet folder), only what the build writes there is not. */
export function watchFiles(paths: string[], onChange: (changed: string[]) => void, options: { ignore: string[]; settle?: number }): FileWatch {
  const roots = paths.map((p) => resolve(p));
  const outputs = options.ignore.map((dir) => resolve(dir));
  const isOutput = (full: string) =>
    outputs.some((out) => within(full, out) && (roots.some((root) => within(root, out)) ? full !== out && builtByUs(relative(out, full)) : true));
  const watcher: FSWatcher = watch(paths, {
    ignoreInitial: true,
    ignored: (path, stats) => {
      const full = resolve(path);
      if (isOutput(full)) return true;
      if (/(^|[/\\])(node_modules|\.git|\.cache)([/\\]|$)/.test(full)) return true;
      return stats?.isFile() === true && !BOOKLET_FILE.test(full);
    },
  });
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const note = (path: string) => {
    if (!BOOKLET_FILE.test(path)) return;
    changed.add(resolve(path));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed];
      changed = new Set();
      onChange(files);
    }, options.settle ?? 40);
  };
  watcher.on('add', note).on('change', note).on('unlink', note);
  const ready = new Promise<void>((done) => watcher.once('ready', () => done()));
  const watched = new Set(paths.map((p) => resolve(p)));
  return {
    ready,
    add(more) {
      const fresh = more.map((p) => resolve(p)).filter((p) => !watched.has(p));
      fresh.forEach((p) => watched.add(p));
      if (fresh.length > 0) watcher.add(fresh);
    },
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}

/** `run`, never twice at once: a call while it runs makes it run once more after, however many calls.
 *  `idle()` resolves once it has stopped running and nothing is waiting. */
export function oneAtATime(run: () => Promise<void>): { (): void; idle(): Promise<void> } {
  let running: Promise<void> | undefined;
  let again = false;
  const start = (): void => {
    if (running) {
      again = true;
      return;
    }
    // `run` reports its own failures; one it did not catch must not stop the watch.
    running = run().catch(() => {}).finally(() => {
      running = undefined;
      if (again) {
        again = false;
        start();
      }
    });
  };
  const idle = async (): Promise<void> => {
    while (running) await running.catch(() => {});
  };
  return Object.assign(start, { idle });
}
