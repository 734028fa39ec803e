// We start Chromium ourselves (chromium-process.ts) with the flags puppeteer.launch would give it: if a
// new puppeteer changes them, this says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { PUPPETEER_ARGS } from '../../src/paginate/chromium-process.js';

test('our Chromium flags include every flag puppeteer.launch passes', () => {
  const theirs = puppeteer.defaultArgs({ headless: 'shell', args: [] }).filter((a) => !a.startsWith('--headless') && a !== 'about:blank');
  assert.deepEqual(PUPPETEER_ARGS, theirs);
});
