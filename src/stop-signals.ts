// What Ctrl-C, SIGTERM and SIGHUP do. A one-shot command exits at once with the usual status (130, 143,
// 129), after closing what it opened in a Chromium it does not own (closeOnStop, at most 2 s); Chromium,
// its profile and the build's temporary files are removed by their exit hooks (chromium-process.ts,
// output.ts). A long-running command (build --watch, preview) first stops gracefully, then exits 0; a
// second signal while it stops exits at once.
import { raceTimeout } from './paginate/race-timeout.js';

const CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

let installed = false;
let graceful: (() => Promise<void>) | undefined;
let stopping = false;
/** What must be closed before exiting: exit hooks are synchronous, and closing a page over the protocol is not. */
const closers = new Set<() => Promise<void>>();

/** Exit on the stop signals from now on (idempotent). */
export function exitOnSignals(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of Object.entries(CODES)) {
    process.on(signal, () => {
      if (stopping) process.exit(code);
      stopping = true;
      const closing = raceTimeout(Promise.all([...closers].map((close) => close().catch(() => {}))), 2_000);
      if (!graceful) return void closing.finally(() => process.exit(code));
      graceful().then(
        () => process.exit(0),
        () => process.exit(code),
      );
    });
  }
}

/** On the first stop signal, run `stop` and exit 0 when it is done. */
export function stopGracefully(stop: () => Promise<void>): void {
  graceful = stop;
  exitOnSignals();
}

/** Run `close` on a stop signal, before exiting (a page of ours in someone else's Chromium); the returned
 *  function forgets it (call it once closed otherwise). */
export function closeOnStop(close: () => Promise<void>): () => void {
  closers.add(close);
  exitOnSignals();
  return () => void closers.delete(close);
}
