// booklet.yaml's `lint.rules` and `proof.checks` name rules and checks by id: an id that names nothing
// would turn nothing off, silently. Each is an error at its key's line, with the nearest known id.
import { BookletError, createMessage } from '../diagnostics.js';
import { closestName } from './closest-name.js';
import { phrase } from '../ui/catalogue.js';
import type { ResolvedBooklet } from './resolve.js';

/** Throw, at their lines in booklet.yaml, the ids in `lint.rules` (or `proof.checks`) that are not in `known`. */
export function checkSettingIds(booklet: Pick<ResolvedBooklet, 'settingPlaces' | 'configFile'>, which: 'lint' | 'proof', known: readonly string[]): void {
  const places = booklet.settingPlaces[which];
  const unknown = Object.keys(places).filter((id) => !known.includes(id));
  if (unknown.length === 0) return;
  throw new BookletError(
    unknown.map((id) => {
      const near = closestName(id, known);
      const reason = near ? phrase('config.unknown-setting-near', { which, id, near }) : phrase('config.unknown-setting', { which, id });
      return createMessage(reason, places[id] ?? { file: booklet.configFile }, 'config', { hint: phrase('config.known-settings', { which, ids: known.join(', ') }) });
    }),
  );
}
