// Request interception sees http(s) and file:// requests, not WebSocket or WebRTC: a script that got into
// the page (the typeset HTML is the user's, after all) must still reach no server. The test's page opens
// a WebSocket (in the page, in a fresh iframe, in a worker) to a listener on 127.0.0.1, and a WebRTC
// connection with a STUN server there; the listeners must see nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSocket } from 'node:dgram';
import { createServer, type AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../../src/paginate/browser.js';
import { paginateBook } from '../../src/paginate/paginate-book.js';
import { browserPool } from '../../src/paginate/browser-pool.js';
import { withTempDir } from '../helpers.js';

test('a script in the page opens no WebSocket and no WebRTC connection', { timeout: 60_000 }, async () => {
  const seen: string[] = [];
  const tcp = createServer((socket) => {
    seen.push('tcp');
    socket.destroy();
  });
  await new Promise<void>((ready) => tcp.listen(0, '127.0.0.1', ready));
  const udp = createSocket('udp4');
  udp.on('message', () => seen.push('udp'));
  await new Promise<void>((ready) => udp.bind(0, '127.0.0.1', ready));
  const ws = `ws://127.0.0.1:${(tcp.address() as AddressInfo).port}/`;
  const stun = `stun:127.0.0.1:${udp.address().port}`;
  const script = `
    const tries = [];
    const open = (W) => { try { tries.push(new W.WebSocket(${JSON.stringify(ws)})); } catch (e) {} };
    open(window);
    try { const f = document.createElement('iframe'); document.documentElement.append(f); open(f.contentWindow); } catch (e) {}
    try { new Worker(URL.createObjectURL(new Blob(['new WebSocket(' + ${JSON.stringify(JSON.stringify(ws))} + ')'], { type: 'text/javascript' }))); } catch (e) {}
    try {
      const pc = new (window.RTCPeerConnection || window.webkitRTCPeerConnection)({ iceServers: [{ urls: ${JSON.stringify(stun)} }] });
      pc.createDataChannel('x');
      pc.createOffer().then((offer) => pc.setLocalDescription(offer));
    } catch (e) {}`;
  try {
    await withTempDir(async (dir) => {
      const html = join(dir, 'booklet.html');
      await writeFile(html, `<!doctype html><html><head><script>${script}</script></head><body><section><p>一</p></section></body></html>`);
      const browser = await launchBrowser();
      try {
        await paginateBook(browserPool([browser], { file: html }), html, [{ index: 0, size: 1, weight: 1, key: 'a' }], { width: 420, height: 595, fonts: new Map() });
        // ICE gathering and a worker's start take a moment.
        await new Promise((settle) => setTimeout(settle, 1_500));
      } finally {
        await browser.release();
      }
    });
  } finally {
    tcp.close();
    udp.close();
  }
  assert.deepEqual(seen, [], 'the listeners saw no connection');
});
