// commander words its errors and its help's titles in English; this reads them into phrases of the
// catalogue (catalogue/command.ts) so that they are worded in the user's language. What it does not
// know (a newer commander's message) is printed as commander wrote it.
import { Help, type Command } from 'commander';
import { phrase, say } from '../ui/catalogue.js';
import type { Phrase } from '../ui/phrase.js';
import type { Ui } from '../ui/ui.js';

/** commander's error `text` (one line, or two with "(Did you mean …?)") in `ui`. */
export function commanderError(text: string, ui: Ui): string {
  if (ui === 'en') return text;
  const [first = '', ...rest] = text.replace(/\n$/, '').split('\n');
  const line = errorPhrase(first, ui);
  const mean = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(rest.join('\n'));
  const worded = [line ? say(ui, line) : first, ...(mean ? [say(ui, phrase('cli.did-you-mean', { names: mean[1]! }))] : rest)];
  return `${worded.join('\n')}\n`;
}

function errorPhrase(line: string, ui: Ui): Phrase | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^error: unknown option '(.+)'$/.exec(line))) return phrase('cli.unknown-option', { flag: m[1]! });
  if ((m = /^error: unknown command '(.+)'$/.exec(line))) return phrase('cli.unknown-command', { name: m[1]! });
  if ((m = /^error: option '(.+?)' argument missing$/.exec(line))) return phrase('cli.option-missing-argument', { flags: m[1]! });
  if ((m = /^error: missing required argument '(.+)'$/.exec(line))) return phrase('cli.missing-argument', { name: m[1]! });
  if ((m = /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(line))) {
    return phrase('cli.too-many-arguments', { command: m[1] ?? '', limit: Number(m[2]), n: Number(m[3]) });
  }
  if ((m = /^error: option '(.+?)' argument '(.*)' is invalid\.(?: (.*))?$/.exec(line))) {
    // The reason is an option parser's own (worded already in `ui`), or commander's list of choices.
    const choices = /^Allowed choices are (.+)\.$/.exec(m[3] ?? '');
    const why = choices ? say(ui, phrase('cli.choices', { names: choices[1]! })) : (m[3] ?? '');
    return phrase('cli.invalid-argument', { flags: m[1]!, value: m[2]!, why });
  }
  return undefined;
}

/** The help's section titles (Usage:, Options:, …) and the built-in help option in `ui`, for `command`
 *  and the commands under it. */
export function wordHelp(command: Command, ui: Ui): Command {
  const titles: Record<string, Phrase> = {
    'Usage:': phrase('help.usage'),
    'Arguments:': phrase('help.arguments'),
    'Options:': phrase('help.options'),
    'Commands:': phrase('help.commands'),
    'Global Options:': phrase('help.global-options'),
  };
  // commander ends an option's description with "(choices: …, default: …)".
  const labels: Record<string, Phrase> = { choices: phrase('help.choices'), default: phrase('help.default') };
  const extra = (description: string) =>
    ui === 'en'
      ? description
      : description.replace(/ \(((?:choices|default): .*)\)$/, (_, inner: string) =>
          `（${inner.replace(/(^|, )(choices|default): /g, (_m, comma: string, key: string) => `${comma ? '；' : ''}${say(ui, labels[key]!)}`)}）`,
        );
  return command
    .configureHelp({
      styleTitle: (title) => (titles[title] ? say(ui, titles[title]!) : title),
      optionDescription(option) {
        return extra(Help.prototype.optionDescription.call(this, option));
      },
    })
    .helpOption('-h, --help', say(ui, phrase('help.help')))
    .helpCommand('help [command]', say(ui, phrase('help.help')));
}
