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

/** Start Chromium listening on 127.0.0.1 (a free port); returns its http://host:port and a stop function. */
export async function startChromium(): Promise<LocalChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'booklet-chromium-'));
  const child = spawn(
    chromiumPath() ?? 'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--font-render-hinting=none', '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
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

