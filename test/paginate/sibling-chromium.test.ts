// The Chromium we start runs as one process (chromium-process.ts: browser and renderer in one), so a second
// page of layout, for a second core, is the first tab of a sibling Chromium (browser.ts, Chromium.startSibling):
// a process of its own, gone when its page is closed, or at the latest with the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../../src/paginate/browser.js';
import { openWorkerPage } from '../../src/paginate/worker-pages.js';
import { alive, chromiumChildren } from '../helpers.js';

test('a second page of layout is a Chromium process of its own, which ends with its page or its browser', async () => {
  const chromium = await launchBrowser();
  const { browser } = chromium;
  try {
    const [main] = chromiumChildren(process.pid);
    assert.ok(main, 'Chromium started');
    const first = await openWorkerPage(chromium);
    assert.equal(first.page.browser(), browser, 'the first page is the first tab of the browser started');
    assert.deepEqual(chromiumChildren(process.pid), [main]);
    assert.deepEqual(chromiumChildren(main), [], 'in one process: no zygote, no renderer process');

    const second = await openWorkerPage(chromium);
    const third = await openWorkerPage(chromium);
    assert.notEqual(second.page.browser(), browser, 'the second page is in another Chromium');
    assert.notEqual(third.page.browser(), second.page.browser(), 'and the third in a third');
    const processes = chromiumChildren(process.pid);
    assert.equal(processes.length, 3, `one process per page (${processes})`);
    // Both lay out: each has a document of its own.
    await Promise.all([second.page.goto('data:text/html;charset=utf-8,<p>二</p>'), third.page.goto('data:text/html;charset=utf-8,<p>三</p>')]);
    assert.deepEqual(await Promise.all([second, third].map((w) => w.page.evaluate(() => document.body.textContent))), ['二', '三']);

    await second.close();
    const left = chromiumChildren(process.pid).filter(alive);
    assert.equal(left.length, 2, `the second page's Chromium ended with it (${left})`);
    await first.close();
    await chromium.release();
    assert.deepEqual(processes.filter(alive), [], 'the browser and the third page’s Chromium end with the browser');
  } finally {
    await chromium.release();
  }
});
