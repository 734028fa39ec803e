#!/usr/bin/env -S node --max-semi-space-size=2
// (The bin's Node runs with a young generation of 2 × 2 MB, not up to 2 × 16: the stress book's build
// peaked 20 MB lower in Node, at the same time. Flags take effect only on Node's command line.)
// The `booklet` command: argv → command. A user's mistake prints `file:line:col` messages and exits 1;
// anything else is a bug and says so.
// First: Chromium starts while the rest loads.
import './prestart.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { Option } from 'commander';
import { BookletError, formatMessage, internalError } from '../diagnostics.js';
import { phrase, say } from '../ui/catalogue.js';
import { terminalLanguage } from '../ui/terminal-language.js';
import { UIS } from '../ui/ui.js';
import { commanderError, wordHelp } from './commander-text.js';
import { registerBuild } from './build.js';
import { registerProof } from './proof.js';
import { registerLint } from './lint.js';
import { registerPreview } from './preview.js';
import { registerImport } from './import.js';
import { registerNew } from './new.js';
import { registerThemes } from './themes.js';

/** The version in the package.json of the installed package: the nearest one above this module (it is
 *  dist/src/cli/main.js, or the bundled command in dist/bin/) whose name is booklet. */
function packageVersion(dir = dirname(fileURLToPath(import.meta.url))): string {
  const file = join(dir, 'package.json');
  if (existsSync(file)) {
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'booklet' && pkg.version) return pkg.version;
  }
  return dirname(dir) === dir ? 'unknown' : packageVersion(dirname(dir));
}

// The language of this run: --ui, else booklet.yaml's ui: (once read), else the locale.
const language = terminalLanguage(process.argv);
const words = (key: Parameters<typeof phrase>[0]) => say(language.ui, phrase(key));
const program = wordHelp(new Command('booklet'), language.ui)
  .description(words('help.program'))
  .version(packageVersion(), '-V, --version', words('help.version'))
  .addOption(new Option('--ui <language>', words('help.ui')).choices(UIS))
  .showHelpAfterError(words('cli.help-after-error'))
  .configureOutput({ outputError: (text, write) => write(commanderError(text, language.ui)) });
registerNew(program, language);
registerImport(program, language);
registerBuild(program, language);
registerProof(program, language);
registerLint(program, language);
registerPreview(program, language);
registerThemes(program, language);

try {
  await program.parseAsync(process.argv);
  // Done (build --watch and preview never get here): exit now, with the code the command set. Left to
  // wind down by itself, Node first frees every object the build made, one by one: 30–50 ms after the
  // booklet, more after a long book. The exit hooks run either way.
  process.exit();
} catch (error) {
  if (error instanceof BookletError) {
    for (const message of error.messages) process.stderr.write(`${formatMessage(message, process.cwd(), language.ui)}\n`);
    process.stderr.write(`${say(language.ui, phrase('summary.failed', { errors: error.messages.length }))}\n`);
  } else {
    process.stderr.write(`${internalError(error, language.ui)}\n`);
  }
  // Exit now: what the command had started before it failed (Chromium, puppeteer's connection to it)
  // must not keep the process waiting. The exit hooks kill Chromium and remove unfinished outputs.
  process.exit(1);
}
