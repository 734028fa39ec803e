// The argument and options that `build` and `proof` share: which booklet, where to, which Chromium, how
// quiet.
import { existsSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';

/** The shared options, as commander parses them. */
export interface BookletCommandOptions {
  out?: string;
  chromium?: string;
  quiet: boolean;
  timings: boolean;
  browserUrl?: string;
  jobs?: number;
  pageTimeout?: number;
  cache: boolean;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return n;
}

/** The booklet folder when none is given: the current folder when it holds booklet.yaml (a user in their
 *  own book's folder), else `manuscripts` (the project's layout). */
export function defaultBookletDir(): string {
  return existsSync('booklet.yaml') ? '.' : 'manuscripts';
}

export const DIR_HELP = 'the folder with booklet.yaml (default: the current folder when it holds one, else manuscripts)';
export const OUT_HELP = "the output folder (default: booklet.yaml's output:, else output/ in the booklet folder)";

/** Add `[dir]`, `--out`, `--chromium`, `--browser-url`, `--jobs`, `--no-cache`, `--quiet` and `--timings`
 *  to a command. */
export function withBookletOptions(command: Command, outHelp = OUT_HELP): Command {
  return command
    .argument('[dir]', DIR_HELP)
    .option('-o, --out <dir>', outHelp)
    .option('--chromium <path>', 'the Chromium binary (default $BOOKLET_CHROMIUM, else the Debian chromium-headless-shell or chromium)')
    .option('--browser-url <url>', 'use a running Chromium (ws://… or http://host:port) instead of starting one')
    .option('-j, --jobs <n>', 'pages of Chromium laying out parts of the book at once (default and most: the number of cores, ~250 MB of free memory each)', positiveInteger)
    .option('--no-cache', 'lay out every part afresh (the cache is <out>/.cache/pages/)')
    .option('--page-timeout <seconds>', 'fail when Paged.js lays out no page for this long (default 60)', positiveInteger)
    .option('-q, --quiet', 'print only problems', false)
    .option('--timings', 'print each stage and its time', false);
}
