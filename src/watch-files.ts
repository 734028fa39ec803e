// Watch the booklet's files for `preview` and `build --watch` (chokidar: editors save by writing a new
// file and renaming it over the old one, which plain fs.watch loses track of), and run the rebuild once
// per burst of changes, never two at once.
import { resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
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
 *  stylesheets, and what booklet.yaml names outside the folder (when it could be read). */
export function bookletPaths(dir: string, booklet?: ResolvedBooklet): string[] {
  return [resolve(dir), STYLES_DIR, ...(booklet?.styles ?? []), ...(booklet?.articles.map((a) => a.path) ?? [])];
}

/** A manuscript, booklet.yaml, a stylesheet or an image: not an editor's swap or backup file. */
const BOOKLET_FILE = /\.(md|markdown|ya?ml|css|png|jpe?g|gif|webp|svg)$/i;

/** Call `onChange` with the changed files once they have been quiet for `settle` ms (default 40: a save
 *  is a truncate and a write, or a write and a rename, within a few ms; a rebuild started on a half-saved
 *  file is followed by another).
 *  `ignore`: folders never watched (the output folder, which the build writes). */
export function watchFiles(paths: string[], onChange: (changed: string[]) => void, options: { ignore: string[]; settle?: number }): FileWatch {
  const ignored = [...options.ignore.map((dir) => resolve(dir) + sep)];
  const watcher: FSWatcher = watch(paths, {
    ignoreInitial: true,
    ignored: (path, stats) => {
      const full = resolve(path);
      if (ignored.some((dir) => full.startsWith(dir) || `${full}${sep}` === dir)) return true;
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
