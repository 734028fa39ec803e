// The argument and options that `build` and `proof` share: which booklet, where to, which Chromium, how
// quiet.
import { existsSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { phrase, say, type MessageKey } from '../ui/catalogue.js';
import type { Ui } from '../ui/ui.js';

/** The shared options, as commander parses them. */
export interface BookletCommandOptions {
  out?: string;
  theme?: string;
  chromium?: string;
  quiet: boolean;
  timings: boolean;
  /** Every --browser-url given, in order. */
  browserUrl?: string[];
  simple: boolean;
  jobs?: number;
  pageTimeout?: number;
  cache: boolean;
}

/** A parser of a whole number, 1 or more, whose error is worded in `ui`. */
const positiveInteger = (ui: Ui) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(say(ui, phrase('cli.whole-number')));
  return n;
};

/** The booklet folder when none is given: the current folder when it holds booklet.yaml (a user in their
 *  own book's folder), else `manuscripts` (the project's layout). */
export function defaultBookletDir(): string {
  return existsSync('booklet.yaml') ? '.' : 'manuscripts';
}


/** Add `[dir]`, `--out`, `--theme`, `--chromium`, `--browser-url` (repeatable), `--simple`, `--jobs`, `--no-cache`, `--quiet` and `--timings`
 *  to a command, their help worded in `ui`; `outHelp` says what goes in the output folder. */
export function withBookletOptions(command: Command, ui: Ui, outHelp: HelpKey = 'help.out'): Command {
  const words = (key: HelpKey) => say(ui, phrase(key));
  return command
    .argument('[dir]', words('help.dir'))
    .option('-o, --out <dir>', words(outHelp))
    .option('--theme <name>', words('help.theme'))
    .option('--chromium <path>', words('help.chromium'))
    .option('--browser-url <url>', words('help.browser-url'), (value: string, previous: string[] = []) => [...previous, value])
    .option('--simple', words('help.simple'), false)
    .option('-j, --jobs <n>', words('help.jobs'), positiveInteger(ui))
    .option('--no-cache', words('help.no-cache'))
    .option('--page-timeout <seconds>', words('help.page-timeout'), positiveInteger(ui))
    .option('-q, --quiet', words('help.quiet'), false)
    .option('--timings', words('help.timings'), false);
}

/** A help text of the catalogue (catalogue/command.ts). */
export type HelpKey = Extract<MessageKey, `help.${string}`>;
