import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageGeometry, PT_PER_MM } from '../../src/html/page-geometry.js';
import { PAGE_SIZES, type PageSizeName } from '../../src/config/schema.js';

for (const name of Object.keys(PAGE_SIZES) as PageSizeName[]) {
  test(`${name}: the type area is whole characters wide and whole lines high, with slack for rounding`, () => {
    const { width, height } = PAGE_SIZES[name];
    const g = pageGeometry({ name, width, height, bodySize: 10.5, lineHeight: 1.75 });
    const measure = g.width - g.inner - g.outer;
    const area = g.height - g.top - g.bottom;
    // Line length is a whole number of characters (clreq E1).
    assert.ok(Math.abs(measure / g.bodySize - g.chars) < 0.01, `measure ${measure}pt is ${measure / g.bodySize} chars`);
    // N lines fit even after Chromium rounds the page height down by 0.5 pt (rules §1.9), N+1 do not.
    assert.ok(area - 0.5 >= g.lines * g.pitch, `area ${area}pt holds ${g.lines} lines of ${g.pitch}pt`);
    assert.ok(area < (g.lines + 1) * g.pitch);
    // Half an inch at least; on the pocket 64开 (92×126 mm) the 8 mm the running head needs (schema.ts).
    const least = name === '64开' ? 8 * PT_PER_MM : 36;
    assert.ok(g.inner > least && g.outer > g.inner * 0.9 && g.top > least && g.bottom > g.top, JSON.stringify(g));
  });
}

test('A5 at 10.5pt gives 28 characters a line', () => {
  assert.equal(pageGeometry({ name: 'A5', width: 148, height: 210, bodySize: 10.5, lineHeight: 1.75 }).chars, 28);
});
