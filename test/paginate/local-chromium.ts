// A Chromium of the tests' own, started as a shared browser or a node of a pool would be: headless, its
// DevTools on 127.0.0.1 at a free port (--remote-debugging-port=0), killed with SIGKILL when stopped.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../../src/paginate/browser.js';

export interface LocalChromium {
  /** Its http://host:port, and its DevTools WebSocket endpoint. */
  url: string;
  ws: string;
  pid: number;
  stop: () => Promise<void>;
}

/** Start Chromium listening on 127.0.0.1 (a free port); returns its http://host:port and a stop function.
 *  `hide`: a folder the Chromium sees empty (an empty tmpfs over it, in a mount namespace of its own), as
 *  a browser on another machine sees this one's files. */
export async function startChromium(options: { hide?: string } = {}): Promise<LocalChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'booklet-chromium-'));
  const binary = chromiumPath() ?? 'chromium';
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--font-render-hinting=none', '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
  const [command, argv] = options.hide
    ? ['unshare', ['--mount', 'sh', '-c', 'mount -t tmpfs none "$0" && exec "$@"', options.hide, binary, ...args]]
    : [binary, args];
  const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const ws = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${stderr}`)));
  });
  const stop = async () => {
    child.kill('SIGKILL');
    await rm(profile, { recursive: true, force: true });
  };
  return { url: `http://${new URL(ws).host}`, ws, pid: child.pid!, stop };
}

