// Chromium's process, started by us rather than by puppeteer.launch, so that the command can start it
// first thing (src/cli/prestart.ts), before it loads its ~300 modules and puppeteer: on a booklet the
// browser and its first tab are what the build waits for, and starting them 0.2 s sooner is 0.2 s off
// the build. puppeteer then connects to it (browser.ts). Only Node's own modules here: this loads first.
//
// The DevTools port is the one Chromium picks (--remote-debugging-port=0), read from the
// DevToolsActivePort file it writes in its profile folder (stderr is not read: a full pipe would stall it).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { exitOnSignals } from '../stop-signals.js';
import { removeStaleTemporaries } from '../stale-temporaries.js';
import { chosenEditions, needsPagination } from '../editions/index.js';

/** The binaries tried, in order, when none is named (the shell's real binary: /usr/bin's is a wrapper). */
export const DEFAULT_CHROMIUMS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];

/** What this machine needs (root: no sandbox; a closed network: background services off) and what the
 *  layout needs (file:// pages reading their fonts; the same glyph outlines everywhere). */
const OUR_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--allow-file-access-from-files',
  '--font-render-hinting=none',
  // One process: browser, renderer and network service in one, as serverless Chromiums run. Its first tab
  // is ready 0.17 s sooner (0.40 against 0.58 s, Node idle), its print does not cross between processes,
  // and the booklet's build went from 1.78 to 1.47 s (medians of 12 alternating builds). It has one
  // renderer thread and no other browser contexts, so a second page of layout gets a Chromium of its own
  // (browser.ts, startSibling). Without zygotes: it would still fork two, to start no renderer.
  '--single-process',
  '--no-zygote',
  // WebRTC sends UDP only through a proxy, and there is none: no STUN, no peer connection, even from a
  // script that kept RTCPeerConnection (worker-pages.ts removes it from the page).
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
];

/** puppeteer-core 24's defaultArgs() for a headless browser, without --headless and the start page
 *  (test/paginate/chromium-process.test.ts checks that they still agree): background tabs not throttled,
 *  an sRGB colour profile, no automation prompts. */
export const PUPPETEER_ARGS = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
];

/** Names looked for on PATH when no Debian binary is there (another distribution, a Chrome install). */
export const PATH_CHROMIUMS = ['chromium-headless-shell', 'chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** The Chromium binary this run uses: `executablePath`, else $BOOKLET_CHROMIUM, $CHROME_PATH, the first of
 *  DEFAULT_CHROMIUMS that exists, or the first of PATH_CHROMIUMS on PATH; `undefined` when there is none. */
export function chromiumPath(executablePath?: string, defaults: readonly string[] = DEFAULT_CHROMIUMS): string | undefined {
  // An empty variable (`BOOKLET_CHROMIUM= booklet build`) is an unset one.
  return (
    executablePath ||
    process.env['BOOKLET_CHROMIUM'] ||
    process.env['CHROME_PATH'] ||
    defaults.find((path) => existsSync(path)) ||
    PATH_CHROMIUMS.map((name) => onPath(name)).find(Boolean)
  );
}

/** The file `name` in the first folder of $PATH that has it. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const file = join(dir || '.', name);
    if (dir && existsSync(file)) return file;
  }
  return undefined;
}

/** A Chromium process we started, in its own process group, with a profile folder of its own. */
export interface ChromiumProcess {
  path: string;
  child: ChildProcess;
  /** Its DevTools WebSocket URL, once it listens; rejects if it exits first or takes `timeout` ms. */
  endpoint(timeout: number): Promise<string>;
  /** Kill its whole process group (renderers too) and remove its profile. Synchronous: safe on exit. */
  kill(): void;
  /** Settles once the process has exited (a killed Chromium takes a moment to go, more on a busy machine). */
  gone: Promise<void>;
}

const running = new Set<ChromiumProcess>();

/** Profiles are named after the process that made them, so that a later one can tell when it died. */
const PROFILE_PREFIX = 'booklet-chromium-';

/** Start Chromium at `path`, headless, listening for DevTools on a port of its choosing. */
export function spawnChromium(path: string): ChromiumProcess {
  const profile = mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  // The shell takes the old `--headless`; chromium the new one.
  const headless = basename(path).includes('headless-shell') ? '--headless' : '--headless=new';
  const args = [...new Set([...PUPPETEER_ARGS, ...OUR_ARGS]), headless, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
  const child = spawn(path, args, { detached: true, stdio: 'ignore' });
  child.unref();
  const watchdog = child.pid ? watchOver(child.pid, profile) : undefined;
  // With the first Chromium of ours (after it is on its way): the litter of builds that were killed.
  if (running.size === 0) removeStaleProfiles();
  let exited: string | undefined;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('error', (error) => (exited = error.message));
  child.once('exit', (code, signal) => {
    exited ??= `exited (${signal ?? code})`;
    // Its group id may be reused from now on: the watchdog must not kill it later (a watch runs for hours).
    watchdog?.kill('SIGKILL');
  });
  const proc: ChromiumProcess = {
    path,
    child,
    gone,
    async endpoint(timeout) {
      const file = join(profile, 'DevToolsActivePort');
      const until = Date.now() + timeout;
      for (;;) {
        const text = await readFile(file, 'utf8').catch(() => '');
        const [port, path] = text.split('\n');
        if (port && path) return `ws://127.0.0.1:${port}${path}`;
        if (exited) throw new Error(exited);
        if (Date.now() > until) throw new Error(`no DevTools endpoint after ${timeout} ms`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    kill() {
      running.delete(proc);
      watchdog?.kill('SIGKILL');
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
  running.add(proc);
  return proc;
}

/** A watchdog for Chromium's process group `group`: a shell that waits on a pipe from us and, once it
 *  closes (we exited, however: even by SIGKILL, which runs no exit hook), kills the group and removes its
 *  profile. Chromium is detached (its own group, out of a terminal's Ctrl-C), so nothing else would. */
function watchOver(group: number, profile: string): ChildProcess | undefined {
  try {
    const dog = spawn('/bin/sh', ['-c', 'read _ || true; kill -KILL -"$1" 2>/dev/null; rm -rf "$2"', 'booklet-watchdog', String(group), profile], {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    dog.on('error', () => {});
    dog.unref();
    // The pipe's end stays open as long as we live, without keeping Node's event loop alive.
    (dog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    return dog;
  } catch {
    return undefined;
  }
}

/** Remove the profiles left in the temporary folder by booklet processes that are gone (killed before
 *  their watchdog could act, or from before there was one). Quietly: it only tidies. */
function removeStaleProfiles(): void {
  void removeStaleTemporaries(tmpdir(), new RegExp(`^${PROFILE_PREFIX}(?<pid>\\d+)-`));
}

// No Chromium outlives the command, however it ends.
process.once('exit', () => [...running].forEach((proc) => proc.kill()));

let early: ChromiumProcess | undefined;

/** Start Chromium now if `argv` is a command that will need it (build or proof, not only the HTML, not a
 *  running browser, not --help): the build takes it over with `takeEarly`. */
export function startEarly(argv: string[]): void {
  const [command, ...rest] = argv.slice(2);
  if (command !== 'build' && command !== 'proof') return;
  if (rest.some((a) => a === '--browser-url' || a.startsWith('--browser-url=') || a === '-h' || a === '--help')) return;
  // `-e html` alone (in any number of options), or other editions that need no pagination, need no browser.
  const editions = rest.flatMap((a, i) => (a === '-e' || a === '--edition' ? [rest[i + 1] ?? ''] : a.startsWith('--edition=') ? [a.slice('--edition='.length)] : []));
  if (editions.length > 0 && !needsPagination(chosenEditions(editions.flatMap((list) => list.split(',').map((e) => e.trim()))))) return;
  const named = rest.findIndex((a) => a === '--chromium');
  const path = chromiumPath(named >= 0 ? rest[named + 1] : rest.find((a) => a.startsWith('--chromium='))?.slice('--chromium='.length));
  if (!path || !existsSync(path)) return; // the launch says what is wrong
  try {
    early = spawnChromium(path);
    // From now on a stop signal must not leave it running (it is in its own process group, out of the
    // terminal's reach): exit, and the exit hook kills it.
    exitOnSignals();
  } catch {
    early = undefined;
  }
}

/** The Chromium startEarly started, if it is `path` and no one has taken it; else undefined. */
export function takeEarly(path: string): ChromiumProcess | undefined {
  const taken = early;
  early = undefined;
  if (taken && taken.path !== path) return void taken.kill();
  return taken;
}
