// "Did you mean …?": the known name closest to a misspelt one (a key, a rule id, an edition), by edit
// distance (leven), as git and commander suggest commands.
import { closestMatch } from 'leven';

/** The known name nearest to `name`, when it is near enough to be a slip (a third of its letters, at least
 *  two edits: `heading-sequnce` → `heading-sequence`, `titel` → `title`); else undefined. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const lowered = known.map((k) => k.toLowerCase());
  const exactCase = known.find((k) => k.toLowerCase() === lower);
  if (exactCase) return exactCase;
  return (
    known[lowered.indexOf(closestMatch(lower, lowered, { maxDistance: Math.max(2, Math.floor(name.length / 3)) }) ?? '\u0000')] ??
    // A part of a longer id (`widows` for `widows-orphans`), when only one has it.
    onlyOne(known.filter((k) => k.toLowerCase().split('-').includes(lower)))
  );
}

function onlyOne(names: string[]): string | undefined {
  return names.length === 1 ? names[0] : undefined;
}
