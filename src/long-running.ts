// Whether this command runs on and builds again (build --watch, preview). Such a command keeps what the
// next rebuild can reuse (parsed trees, lint findings, fonts loaded in HarfBuzz); a single build keeps
// nothing, as its memory peak counts.
let long = false;

/** Say that this command runs on (called once, by build --watch and preview). */
export function runLong(): void {
  long = true;
}

/** Whether runLong() was called. */
export function isLongRunning(): boolean {
  return long;
}

