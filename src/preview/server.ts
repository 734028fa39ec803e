// `booklet preview`: an HTTP server on 127.0.0.1 that serves the booklet for Paged.js to lay out in the
// reader's browser, and tells the page to reload when a manuscript, booklet.yaml or a stylesheet changes.
//
// It serves only what the booklet's document links, by exact name: the document, its fonts and images,
// Paged.js and the preview's script. No path is ever mapped onto the disk, so `/../package.json` and the
// like have nothing to reach; they are refused all the same. Requests naming another host are refused
// (a web page could otherwise reach the server through a DNS name that points at 127.0.0.1).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { isIP, type AddressInfo } from 'node:net';
import { fail, internalError, type Reporter } from '../diagnostics.js';
import { PAGED_POLYFILL } from '../paginate/page-scripts.js';
import { typesetPreview, type PreviewState } from './typeset.js';
import { outputFolder } from '../config/load.js';
import { bookPage, errorPage, CLIENT_SCRIPT, PREVIEW_POLICY } from './page.js';
import { FindingsRequest, NumbersRequest, previewFindings, previewNumbers } from './findings.js';
import { openKeepSession } from '../keep-session.js';
import { bookletPaths, oneAtATime, watchFiles, type FileWatch } from '../watch-files.js';
import type { LayoutFacts, PaginationFacts } from '../paginate/in-page/bridge.js';
import { phrase } from '../ui/catalogue.js';
import type { TerminalLanguage } from '../ui/terminal-language.js';

export interface PreviewOptions {
  /** The folder with booklet.yaml. */
  dir: string;
  /** The output folder: never watched; its .cache keeps the lint's font map. Default: as for build. */
  out?: string | undefined;
  /** The theme, overriding booklet.yaml's (`--theme`). Default: booklet.yaml's. */
  theme?: string | undefined;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 4170; 0 picks a free port. */
  port?: number;
  reporter: Reporter;
  /** The language of the pages it serves (the panel, the error page): the command's, which booklet.yaml's
   *  `ui:` sets unless `--ui` chose. Default English. */
  language?: TerminalLanguage;
}

export interface PreviewServer {
  url: string;
  /** The state served now, and its version (each change to the booklet adds one). */
  version(): number;
  /** Resolves when the booklet has been typeset again after a change seen. */
  updated(): Promise<void>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/** The largest body a page may post (the layout of a long book: every character's position). */
const MAX_BODY = 200 * 1024 * 1024;

/** What the preview serves now, changed by each typesetting and read by each request: this preview's
 *  only. */
interface Serving {
  state: PreviewState;
  /** From the clock: a page left open from an earlier run of the server reloads too. */
  version: number;
  /** The pages open, told of each new version. */
  readonly listeners: Set<ServerResponse>;
  /** Those waiting for the next typesetting (`updated()`). */
  waiting: (() => void)[];
  readonly host: string;
  readonly language: TerminalLanguage;
}

/** Start the preview: typeset the booklet, listen, watch. */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const { reporter } = options;
  const language = options.language ?? { ui: 'en', prefer: () => {} };
  // What one typesetting keeps for the next (parse trees, lint findings): this preview's only.
  const keep = openKeepSession();
  const host = options.host ?? '127.0.0.1';
  const out = await outputFolder(options.dir, options.out);
  const cacheDir = join(out, '.cache');
  // Watching starts first: a save during the first typesetting is not missed.
  const watcher = watchFiles(bookletPaths(options.dir), () => retypeset(), { ignore: [out] });
  const nothingYet: PreviewState = { errors: [], watch: [] };
  const serving: Serving = { state: nothingYet, version: Date.now(), listeners: new Set(), waiting: [], host, language };

  const retypeset = oneAtATime(async () => {
    const started = Date.now();
    let state: PreviewState;
    try {
      state = await typesetPreview(options.dir, cacheDir, options.theme, keep);
    } catch (error) {
      // A bug, not the user's mistake: say so, and keep serving what was there.
      reporter.info(internalError(error, language.ui));
      return;
    }
    serveTypesetting(serving, state, watcher, reporter, started);
  });
  retypeset();
  await retypeset.idle();
  if (serving.state === nothingYet) {
    await Promise.all([watcher.close(), keep.end()]);
    fail(phrase('preview.cannot-typeset'), { file: options.dir }, 'preview', phrase('preview.see-above'));
  }

  const server = servePages(serving);
  await listen(server, options, host, watcher);
  await watcher.ready;
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    version: () => serving.version,
    updated: () => new Promise<void>((done) => serving.waiting.push(done)),
    async close() {
      for (const response of serving.listeners) response.end();
      await watcher.close();
      await retypeset.idle();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await keep.end();
      serving.waiting = [];
    },
  };
}

/** Serve a new typesetting of the booklet: watch the files it read, report its messages, tell the pages
 *  open to reload and those waiting that it is done. */
function serveTypesetting(serving: Serving, state: PreviewState, watcher: FileWatch, reporter: Reporter, started: number): void {
  serving.state = state;
  serving.version += 1;
  watcher.add(state.watch);
  if ('book' in state) {
    serving.language.prefer(state.book.booklet.ui);
    reporter.preferUi(state.book.booklet.ui);
  }
  report(state, reporter);
  if (serving.listeners.size > 0 || serving.waiting.length > 0) reporter.info(phrase('preview.updated', { seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  for (const response of serving.listeners) response.write(`data: ${serving.version}\n\n`);
  serving.waiting.splice(0).forEach((done) => done());
}

/** The HTTP server over what `serving` holds: an error in answering a request is a 500. */
function servePages(serving: Serving): Server {
  const server = createServer((request, response) => {
    handle(serving, server, request, response).catch((error: Error) => {
      if (!response.headersSent) send(response, 500, 'text/plain', `Internal error: ${error.message}`);
      else response.destroy();
    });
  });
  return server;
}

/** Listen on the host and port asked for, or stop the command with why it cannot. */
async function listen(server: Server, options: PreviewOptions, host: string, watcher: FileWatch): Promise<void> {
  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 4170, host, () => done());
  }).catch(async (error: NodeJS.ErrnoException) => {
    // Nothing may keep the process alive after the message.
    await watcher.close();
    const port = options.port ?? 4170;
    fail(
      error.code === 'EADDRINUSE' ? phrase('preview.port-in-use', { n: port }) : phrase('preview.cannot-listen', { address: `${host}:${port}`, detail: error.code ?? error.message }),
      { file: options.dir },
      'preview',
      phrase(error.code === 'EADDRINUSE' ? 'preview.port-hint' : 'preview.listen-hint'),
    );
  });
}

/** One request: refused unless it names this server and a path without `..`; then the page's questions
 *  (POST), the document, the preview's scripts, its event stream, or one of the booklet's files. */
async function handle(serving: Serving, server: Server, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { state, version, language } = serving;
  const { port } = server.address() as AddressInfo;
  if (!ownHost(request.headers.host, serving.host, port)) return send(response, 403, 'text/plain', `Refused: host ${request.headers.host ?? '(none)'} is not this preview`);
  const raw = (request.url ?? '/').split('?')[0]!;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return send(response, 400, 'text/plain', 'Bad request: the path is not valid percent-encoding');
  }
  if (path.split(/[/\\]/).some((segment) => segment === '..' || segment === '.') || path.includes('\0')) {
    return send(response, 403, 'text/plain', `Refused: ${raw} is outside the booklet's files`);
  }
  if (request.method === 'POST') {
    // Only the preview's own page: the same origin as the host it asked for, and JSON (a form or a
    // text/plain post from another site needs no preflight, so its origin is checked here).
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${request.headers.host}`) return send(response, 403, 'text/plain', 'Refused: a page from another origin');
    if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) return send(response, 415, 'text/plain', 'Only application/json');
    // A page laid out from an older state of the booklet: its reload is on its way.
    const asked = new URL(request.url ?? '/', 'http://preview').searchParams.get('version');
    if (asked !== String(version)) return send(response, 409, 'text/plain', `The booklet changed (version ${version}): reload`);
    return answer(serving, path, request, response);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Only GET, HEAD and POST');
  if (path === '/' || path === '/index.html') {
    const page = 'book' in state ? bookPage(state.book, version, language.ui) : await errorPage(state.errors, version, language.ui);
    return send(response, 200, 'text/html; charset=utf-8', page);
  }
  if (path === '/__booklet/preview.js') return send(response, 200, 'text/javascript; charset=utf-8', CLIENT_SCRIPT);
  if (path === '/__booklet/paged.polyfill.js') return sendFile(request, response, PAGED_POLYFILL, 'text/javascript; charset=utf-8');
  if (path === '/__booklet/events') {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(`retry: 500\ndata: ${version}\n\n`);
    serving.listeners.add(response);
    request.on('close', () => serving.listeners.delete(response));
    return;
  }
  const file = 'book' in state ? state.book.assets.get(path) : undefined;
  if (typeof file === 'string') return sendFile(request, response, file, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  if (file) return send(response, 200, file.type, file.data);
  return send(response, 404, 'text/plain', `Not found: ${raw} is not a file of this booklet`);
}

/** The page's questions: its page numbers, then its findings. */
async function answer(serving: Serving, path: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { state } = serving;
  if (!('book' in state)) return send(response, 409, 'text/plain', 'The booklet has errors: reload');
  const book = state.book;
  const body = await readBody(request).catch(() => undefined);
  if (body === undefined) return send(response, 413, 'text/plain', 'Too large');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return send(response, 400, 'text/plain', 'Bad request: not JSON');
  }
  if (path === '/__booklet/numbers') {
    const parsed = NumbersRequest.safeParse(json);
    if (!parsed.success) return send(response, 400, 'text/plain', 'Bad request: not page facts');
    return send(response, 200, 'application/json', JSON.stringify(previewNumbers(book, parsed.data)));
  }
  if (path === '/__booklet/findings') {
    const parsed = FindingsRequest.safeParse(json);
    if (!parsed.success) return send(response, 400, 'text/plain', 'Bad request: not layout facts');
    const { layout, lint, ...facts } = parsed.data as unknown as PaginationFacts & { layout: LayoutFacts; lint: boolean };
    return send(response, 200, 'application/json', JSON.stringify({ findings: previewFindings(book, facts, layout, lint, serving.language.ui) }));
  }
  return send(response, 404, 'text/plain', `Not found: ${path}`);
}

/** A Host header (or origin) naming this server: an IP address, localhost, or the name it was told to
 *  listen on, with its port. A DNS name that points here is refused: that is how a web page elsewhere
 *  would reach the preview (DNS rebinding). */
function ownHost(header: string | undefined, host: string, port: number): boolean {
  const match = /^(\[[0-9a-f:.]+\]|[^:]+):(\d+)$/i.exec(header ?? '');
  if (!match || Number(match[2]) !== port) return false;
  const name = match[1]!.replace(/^\[|\]$/g, '');
  return isIP(name) !== 0 || name === 'localhost' || name === host;
}

function report(state: PreviewState, reporter: Reporter): void {
  if ('errors' in state) state.errors.forEach((m) => reporter.message(m));
  else state.book.messages.forEach((m) => reporter.message(m));
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  // The pages' policy as a header too: it holds from the first byte, before the parser meets the <meta>.
  const policy = type.startsWith('text/html') ? { 'content-security-policy': PREVIEW_POLICY } : {};
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...policy });
  response.end(body);
}

/** A file, revalidated by its size and time (the fonts are 10–20 MB: the browser keeps them). */
async function sendFile(request: IncomingMessage, response: ServerResponse, file: string, type: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return send(response, 404, 'text/plain', 'Not found');
  const etag = `"${info.size.toString(36)}-${Math.round(info.mtimeMs).toString(36)}"`;
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, { etag });
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': type, 'content-length': info.size, etag, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  if (request.method === 'HEAD') return void response.end();
  // pipeline closes the file when the page goes away mid-font (a reload) or the read fails.
  await pipeline(createReadStream(file), response).catch(() => {});
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, failed) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        failed(new Error('too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', failed);
  });
}
