// A stage of the build, shown in the progress (a spinner, or a line with --timings), failed or done.
import type { Reporter } from './diagnostics.js';
import type { Phrase } from './ui/phrase.js';

export async function stage<T>(reporter: Reporter, label: string | Phrase, run: () => Promise<T>): Promise<T> {
  const done = reporter.stage(label);
  try {
    const result = await run();
    done('ok');
    return result;
  } catch (error) {
    done('fail');
    throw error;
  }
}
