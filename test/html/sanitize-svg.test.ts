// SVG images keep what draws and lose what runs or fetches: scripts, event handlers, foreignObject,
// links to other files, styles that import or load; entities are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitizeSvg } from '../../src/html/sanitize-svg.js';

const HOSTILE = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 100 50" width="100" height="50" onload="alert(1)">
  <script>alert(2)</script>
  <style>@import url("http://evil.example/a.css"); rect { fill: red }</style>
  <style>.ok { fill: url(#g) }</style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#c00"/><stop offset="1" stop-color="#00c"/></linearGradient></defs>
  <rect class="ok" width="100" height="50" stroke-width="2" inkscape:label="背景" onclick="steal()" style="stroke: url(http://evil.example/s.svg#p)"/>
  <image xlink:href="http://evil.example/track.png" width="10" height="10"/>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"/>
  <image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" width="10" height="10"/>
  <use xlink:href="#g"/>
  <use href="other.svg#x"/>
  <a href="javascript:alert(3)"><circle cx="5" cy="5" r="4" fill="url(http://evil.example/f#x)"/></a>
  <set attributeName="href" to="javascript:alert(4)"/>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><img src="http://evil.example/x.png"/></div></foreignObject>
  <text x="10" y="30" font-family="Noto Serif SC">学习 &amp; 读本</text>
</svg>
`;

const clean = (svg: string) => {
  const result = sanitizeSvg(Buffer.from(svg));
  assert.ok('data' in result, JSON.stringify(result));
  return { xml: Buffer.from(result.data).toString('utf8'), removed: result.removed };
};

test('an SVG image keeps its drawing and loses scripts, handlers, foreignObject and links to other files', () => {
  const { xml, removed } = clean(HOSTILE);
  for (const gone of ['<script', 'alert(', 'onload', 'onclick', 'steal()', 'evil.example', '@import', 'foreignObject', 'javascript:', 'other.svg', 'svg+xml', '<set', 'inkscape']) {
    assert.ok(!xml.includes(gone), `«${gone}» is removed:\n${xml}`);
  }
  for (const kept of ['viewBox="0 0 100 50"', '<linearGradient id="g">', 'stop-color="#c00"', 'class="ok"', 'stroke-width="2"', '.ok { fill: url(#g) }',
    'href="data:image/png;base64,iVBORw0KGgo="', 'xlink:href="#g"', 'xmlns:xlink="http://www.w3.org/1999/xlink"', '<circle cx="5" cy="5" r="4" />', '学习 &#x26; 读本']) {
    assert.ok(xml.includes(kept), `«${kept}» is kept:\n${xml}`);
  }
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.deepEqual(removed.sort(), ['<foreignObject>', '<script>', '<set>', 'style-loads', 'event-handlers', 'links', 'styles-load', 'urls'].sort());
});

test('a plain SVG comes out the same drawing, with nothing reported', () => {
  const { xml, removed } = clean('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0L10 10" stroke="#000"/></svg>');
  assert.deepEqual(removed, []);
  assert.equal(xml, '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0L10 10" stroke="#000" /></svg>\n');
});

test('entities are refused: an entity bomb, an external entity, an internal DTD subset', () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>`;
  const external = `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>`;
  for (const svg of [bomb, external]) {
    const result = sanitizeSvg(Buffer.from(svg));
    assert.ok('refused' in result && result.refused === 'entities', JSON.stringify(result));
  }
});

test('a DOCTYPE that only names the SVG DTD (as editors write it) is dropped, never fetched', () => {
  const { xml, removed } = clean('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>');
  assert.match(xml, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"><rect width="1" height="1" ?\/><\/svg>/, 'the drawing is kept');
  assert.doesNotMatch(xml, /DOCTYPE|w3\.org\/Graphics/);
  assert.deepEqual(removed, []);
});
