#!/usr/bin/env -S node --max-semi-space-size=2
// (The bin's Node runs with a young generation of 2 × 2 MB, not up to 2 × 16: the stress book's build
// peaked 20 MB lower in Node, at the same time. Flags take effect only on Node's command line.)
// The `booklet` command: argv → command. A user's mistake prints `file:line:col` messages and exits 1;
// anything else is a bug and says so.
// First: Chromium starts while the rest loads.
import './prestart.js';
import { Command } from 'commander';
import { BookletError, formatMessage, internalError } from '../diagnostics.js';
import { registerBuild } from './build.js';
import { registerProof } from './proof.js';
import { registerLint } from './lint.js';
import { registerPreview } from './preview.js';

const program = new Command('booklet')
  .description('Print-ready Chinese study booklets from Markdown: typeset HTML, paginated PDF, EPUB 3')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });
registerBuild(program);
registerProof(program);
registerLint(program);
registerPreview(program);

try {
  await program.parseAsync(process.argv);
  // Done (build --watch and preview never get here): exit now, with the code the command set. Left to
  // wind down by itself, Node first frees every object the build made, one by one: 30–50 ms after the
  // booklet, more after a long book. The exit hooks run either way.
  process.exit();
} catch (error) {
  if (error instanceof BookletError) {
    for (const message of error.messages) process.stderr.write(`${formatMessage(message)}\n`);
    const count = error.messages.length;
    process.stderr.write(`booklet: ${count} error${count === 1 ? '' : 's'}; nothing was written.\n`);
  } else {
    process.stderr.write(`${internalError(error)}\n`);
  }
  // Exit now: what the command had started before it failed (Chromium, puppeteer's connection to it)
  // must not keep the process waiting. The exit hooks kill Chromium and remove unfinished outputs.
  process.exit(1);
}
