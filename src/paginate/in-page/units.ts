// Runs inside Chromium before Paged.js (self-contained, no imports): keeps the parts of the book this page
// lays out. A part ("unit") is a run of the body's top-level elements that starts on a recto; Node splits
// them (src/paginate/units.ts) and says how many elements each has.

/** Keep the units in `keep` (indices into `sizes`, the element count of each unit), marking each kept
 *  unit's first element with `data-booklet-unit`. Returns false when a unit after the first does not
 *  start on a recto in the stylesheets, so cannot be laid out apart. */
export function keepUnits([sizes, keep]: [number[], number[]]): boolean {
  const elements = [...document.body.children];
  const kept = new Set(keep);
  let at = 0;
  let independent = true;
  sizes.forEach((size, unit) => {
    const members = elements.slice(at, at + size);
    at += size;
    const first = members[0] as HTMLElement | undefined;
    if (first && unit > 0 && !['right', 'recto'].includes(getComputedStyle(first).breakBefore)) independent = false;
    if (kept.has(unit)) first?.setAttribute('data-booklet-unit', String(unit));
    else members.forEach((el) => el.remove());
  });
  return independent && at === elements.length;
}
