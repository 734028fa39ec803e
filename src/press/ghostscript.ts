// The one place that runs Ghostscript (`gs`, Debian's ghostscript): a child process with the build's
// AbortSignal and a timeout, killed if booklet exits first (Ctrl-C: stop-signals.ts exits, and the exit
// hook below ends it), its output read for the message when it fails.
import { execFile, type ChildProcess } from 'node:child_process';
import { fail } from '../diagnostics.js';
import { phrase } from '../ui/catalogue.js';

/** Ghostscripts running now, ended if the process exits before they do. */
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

export interface GhostscriptOptions {
  /** Cancels the run (the child is killed). */
  signal?: AbortSignal | undefined;
  /** How long it may take, ms. Required: a PDF that sends it into a loop must not hang the build. */
  timeout: number;
  /** The command. Default `gs` on PATH. */
  command?: string;
  /** The file it works on, for the message when it fails. */
  file: string;
}

/** Run Ghostscript with `args` (-dSAFER -dBATCH -dNOPAUSE are added); returns what it printed. */
export function runGhostscript(args: readonly string[], options: GhostscriptOptions): Promise<string> {
  const command = options.command ?? 'gs';
  const place = { file: options.file };
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      ['-dSAFER', '-dBATCH', '-dNOPAUSE', ...args],
      { timeout: options.timeout, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024, encoding: 'utf8', ...(options.signal ? { signal: options.signal } : {}) },
      (error, stdout, stderr) => {
        running.delete(child);
        if (!error) return resolve(stdout + stderr);
        const e = error as NodeJS.ErrnoException & { killed?: boolean; code?: string | number };
        try {
          if (e.code === 'ENOENT') fail(phrase('press.gs-missing', { command }), place, 'ghostscript', phrase('press.gs-missing.hint'));
          if (options.signal?.aborted) fail(phrase('press.cancelled'), place, 'ghostscript');
          if (e.killed) fail(phrase('press.gs-timeout', { seconds: Math.ceil(options.timeout / 1000) }), place, 'ghostscript');
          fail(phrase('press.gs-failed', { detail: firstError(stdout + stderr) || e.message }), place, 'ghostscript');
        } catch (failure) {
          reject(failure);
        }
      },
    );
    running.add(child);
  });
}

/** The lines that say what went wrong (Ghostscript writes errors to stdout, and a lot else). */
function firstError(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  const errors = lines.filter((l) => /error|fail|unable|cannot/i.test(l));
  return (errors.length > 0 ? errors : lines).slice(0, 3).join(' ');
}
