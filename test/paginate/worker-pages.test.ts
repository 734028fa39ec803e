// Pages of Chromium kept between the builds of a command that runs on (worker-pages.ts): handed out
// again without the last build's listeners, never to two builds at once, and not if their renderer died.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLong } from '../../src/long-running.js';
import { launchBrowser } from '../../src/paginate/browser.js';
import { openWorkerPage } from '../../src/paginate/worker-pages.js';
import { chromiumChildren } from '../helpers.js';

test('a watch keeps its pages blank for the next build, each lent to one build at a time', async () => {
  runLong();
  const browser = await launchBrowser();
  try {
    const first = await openWorkerPage(browser);
    // puppeteer listens to requests itself.
    const own = first.page.listenerCount('request');
    first.listen('request', () => {});
    first.listen('console', () => {});
    await first.page.goto('data:text/html,<p>one</p>');
    await first.close();

    const second = await openWorkerPage(browser);
    assert.equal(second.page, first.page, 'the kept page is handed out again');
    assert.equal(second.page.url(), 'about:blank', 'with the last book unloaded');
    assert.equal(second.page.listenerCount('request'), own, "and without the last build's listeners");
    assert.equal(second.page.listenerCount('console'), 0);

    // A stale close from the first build neither closes nor keeps the page the second build has.
    await first.close();
    const third = await openWorkerPage(browser);
    assert.notEqual(third.page, second.page, 'a page is lent to one build at a time');
    assert.equal(second.page.isClosed(), false);

    // A kept page that is gone meanwhile is not handed out.
    await second.close();
    await second.page.close();
    const fourth = await openWorkerPage(browser);
    assert.notEqual(fourth.page, second.page);
    assert.equal(fourth.page.isClosed(), false);
    await Promise.all([third.close(), fourth.close()]);
  } finally {
    await browser.release();
  }
});

test('a kept page whose Chromium was killed is not handed out again, and its crashed promise says so', async () => {
  runLong();
  const browser = await launchBrowser();
  try {
    const [main] = chromiumChildren(process.pid);
    const first = await openWorkerPage(browser);
    const second = await openWorkerPage(browser); // a sibling Chromium: its own process
    const sibling = chromiumChildren(process.pid).find((pid) => pid !== main)!;
    await Promise.all([first.close(), second.close()]);
    process.kill(sibling, 'SIGKILL');
    const silence = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no news of the quit in 5 s')), 5_000).unref());
    await assert.rejects(Promise.race([second.crashed, silence]), /Chromium quit/);
    const again = [await openWorkerPage(browser), await openWorkerPage(browser)];
    assert.ok(!again.some((w) => w.page === second.page), 'the dead page is not lent');
    assert.ok(again.some((w) => w.page === first.page), 'the live one is');
    assert.deepEqual(await Promise.all(again.map((w) => w.page.evaluate(() => 1 + 1))), [2, 2], 'both pages handed out work');
    await Promise.all(again.map((w) => w.close()));
  } finally {
    await browser.release();
  }
});
