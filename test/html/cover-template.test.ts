// The cover template filled as a tree: an element left with nothing to show goes, and so does a box that
// held only such elements (an emblem's frame without an emblem); a decoration without placeholders stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { fillCover, parseCoverTemplate, type Placeholder } from '../../src/html/cover-template.js';
import { THEMES_DIR } from '../../src/config/theme.js';

const VALUES: Record<Placeholder, string> = { title: '学习读本', subtitle: '', compiler: '本书编写组', date: '2026年11月', image: '', emblem: '' };

async function filled(theme: string, values: Partial<Record<Placeholder, string>>): Promise<string> {
  const file = join(THEMES_DIR, theme, 'cover.html');
  return toHtml({ type: 'root', children: fillCover(parseCoverTemplate(await readFile(file, 'utf8'), file), { ...VALUES, ...values }) });
}

test('without an emblem, the modern cover has no emblem frame (cover-head); with one, the frame holds it', async () => {
  const without = await filled('modern', {});
  assert.doesNotMatch(without, /cover-head|<img/, without);
  assert.doesNotMatch(without, /cover-subtitle/, 'no subtitle, no element');
  assert.match(without, /<div class="cover-foot"><p class="cover-compiler">本书编写组<\/p><p class="cover-date">2026年11月<\/p><\/div>/);
  const withEmblem = await filled('modern', { emblem: 'images/emblem.png' });
  assert.match(withEmblem, /<div class="cover-head"><img class="cover-emblem" src="images\/emblem.png" alt=""><\/div>/);
});

test('a decoration without placeholders stays when its neighbours go (the red cover\'s rule)', async () => {
  const red = await filled('red', {});
  assert.match(red, /<div class="cover-field"><p class="cover-title">学习读本<\/p><hr class="cover-rule"><\/div>/, red);
});
