// The argument and options that `build` and `proof` share: which booklet, where to, which Chromium, how
// quiet.
import type { Command } from 'commander';

/** The shared options, as commander parses them. */
export interface BookletCommandOptions {
  out: string;
  chromium?: string;
  quiet: boolean;
  timings: boolean;
}

/** Add `[dir]`, `--out`, `--chromium`, `--quiet` and `--timings` to a command. */
export function withBookletOptions(command: Command, outHelp = 'the output folder'): Command {
  return command
    .argument('[dir]', 'the folder with booklet.yaml', 'manuscripts')
    .option('-o, --out <dir>', outHelp, 'output')
    .option('--chromium <path>', 'the Chromium binary (default $BOOKLET_CHROMIUM, else the Debian chromium-headless-shell or chromium)')
    .option('-q, --quiet', 'print only problems', false)
    .option('--timings', 'print each stage and its time', false);
}
