// Bundled in place of the `proxy-agent` package (Makefile: esbuild --alias). puppeteer-core brings in
// @puppeteer/browsers, whose downloads go through proxy-agent: a PAC-file interpreter (QuickJS in
// WebAssembly), an FTP client, a JavaScript parser. booklet never downloads a browser (it starts
// Debian's Chromium itself and only connects puppeteer to it), yet compiling those 1.3 MB cost every
// command ~55 ms of the CPU that Chromium needs to start.

/** Stands in for proxy-agent's ProxyAgent; nothing in booklet constructs one. */
export class ProxyAgent {
  constructor() {
    throw new Error('booklet does not download browsers: proxy-agent is not bundled (src/bundle/no-proxy-agent.ts)');
  }
}
