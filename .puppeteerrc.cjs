// pagedjs-cli (the benchmark's peer) depends on puppeteer, whose install script would download a browser:
// this machine reaches no such host, and booklet uses Debian's Chromium through puppeteer-core.
module.exports = { skipDownload: true, chrome: { skipDownload: true }, 'chrome-headless-shell': { skipDownload: true } };
