// The language a command speaks in, for the whole run: chosen with `--ui`, else booklet.yaml's `ui:` once
// the booklet is read, else the locale. One object per command run, passed to its reporter.
import { UIS, uiFromLocale, type Ui } from './ui.js';

export interface TerminalLanguage {
  /** The language now. */
  ui: Ui;
  /** booklet.yaml asks for `ui`: taken unless `--ui` chose. */
  prefer(ui: Ui | undefined): void;
}

/** From `--ui en|zh` (or `--ui=zh`) in `argv`, else the locale; an unknown value is left to the option's
 *  own check. */
export function terminalLanguage(argv: string[], env: NodeJS.ProcessEnv = process.env): TerminalLanguage {
  const at = argv.findIndex((a) => a === '--ui');
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--ui='))?.slice('--ui='.length);
  const explicit = (UIS as readonly string[]).includes(given ?? '') ? (given as Ui) : undefined;
  const language: TerminalLanguage = {
    ui: explicit ?? uiFromLocale(env),
    prefer(ui) {
      if (ui && !explicit) language.ui = ui;
    },
  };
  return language;
}
