// Waiting on Chromium with a limit: a hung renderer must not hold the build (or its clean-up) forever.

/** `promise`, or `undefined` after `ms`; the timer never outlives the race (it would hold the process). */
export async function raceTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
