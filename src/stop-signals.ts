// What Ctrl-C, SIGTERM and SIGHUP do. A one-shot command exits at once with the usual status (130, 143,
// 129); Chromium, its profile and the build's temporary files are removed by their exit hooks
// (chromium-process.ts, output.ts). A long-running command (build --watch, preview) first stops
// gracefully, then exits 0; a second signal while it stops exits at once.
const CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

let installed = false;
let graceful: (() => Promise<void>) | undefined;
let stopping = false;

/** Exit on the stop signals from now on (idempotent). */
export function exitOnSignals(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of Object.entries(CODES)) {
    process.on(signal, () => {
      if (!graceful || stopping) process.exit(code);
      stopping = true;
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
