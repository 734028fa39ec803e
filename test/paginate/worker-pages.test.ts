// Pages of Chromium kept between the builds of a command that runs on, in its session (worker-pages.ts,
// KeptPages): handed out again without the last build's listeners, never to two builds at once, not if
// their renderer died, and never by another session or to a build without one (which closes its pages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../../src/paginate/browser.js';
import { keptPages, openWorkerPage } from '../../src/paginate/worker-pages.js';
import { alive, chromiumChildren } from '../helpers.js';

test('a watch keeps its pages blank for the next build, each lent to one build at a time', async () => {
  const kept = keptPages();
  const browser = await launchBrowser();
  try {
    const first = await openWorkerPage(browser, kept);
    // puppeteer listens to requests itself.
    const own = first.page.listenerCount('request');
    first.listen('request', () => {});
    first.listen('console', () => {});
    await first.page.goto('data:text/html,<p>one</p>');
    await first.close();

    const second = await openWorkerPage(browser, kept);
    assert.equal(second.page, first.page, 'the kept page is handed out again');
    assert.equal(second.page.url(), 'about:blank', 'with the last book unloaded');
    assert.equal(second.page.listenerCount('request'), own, "and without the last build's listeners");
    assert.equal(second.page.listenerCount('console'), 0);

    // A stale close from the first build neither closes nor keeps the page the second build has.
    await first.close();
    const third = await openWorkerPage(browser, kept);
    assert.notEqual(third.page, second.page, 'a page is lent to one build at a time');
    assert.equal(second.page.isClosed(), false);

    // A kept page that is gone meanwhile is not handed out.
    await second.close();
    await second.page.close();
    const fourth = await openWorkerPage(browser, kept);
    assert.notEqual(fourth.page, second.page);
    assert.equal(fourth.page.isClosed(), false);
    await Promise.all([third.close(), fourth.close()]);
  } finally {
    await browser.release();
  }
});

test('a kept page whose Chromium was killed is not handed out again, and its crashed promise says so', async () => {
  const kept = keptPages();
  const browser = await launchBrowser();
  try {
    const [main] = chromiumChildren(process.pid);
    const first = await openWorkerPage(browser, kept);
    const second = await openWorkerPage(browser, kept); // a sibling Chromium: its own process
    const sibling = chromiumChildren(process.pid).find((pid) => pid !== main)!;
    await Promise.all([first.close(), second.close()]);
    process.kill(sibling, 'SIGKILL');
    const silence = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no news of the quit in 5 s')), 5_000).unref());
    await assert.rejects(Promise.race([second.crashed, silence]), /Chromium quit/);
    const again = [await openWorkerPage(browser, kept), await openWorkerPage(browser, kept)];
    assert.ok(!again.some((w) => w.page === second.page), 'the dead page is not lent');
    assert.ok(again.some((w) => w.page === first.page), 'the live one is');
    assert.deepEqual(await Promise.all(again.map((w) => w.page.evaluate(() => 1 + 1))), [2, 2], 'both pages handed out work');
    await Promise.all(again.map((w) => w.close()));
  } finally {
    await browser.release();
  }
});

test('a kept page is handed out only in the session that kept it; a build without one closes its pages', async () => {
  const [one, two] = [keptPages(), keptPages()];
  const chromium = await launchBrowser();
  try {
    const [main] = chromiumChildren(process.pid);
    const first = await openWorkerPage(chromium, one); // the first tab
    const second = await openWorkerPage(chromium, one); // a sibling Chromium
    await Promise.all([first.close(), second.close()]);
    const kept = chromiumChildren(process.pid);
    assert.equal(kept.length, 2, 'both kept: the sibling Chromium lives on');

    const other = await openWorkerPage(chromium, two);
    const alone = await openWorkerPage(chromium);
    for (const worker of [other, alone]) assert.ok(worker.page !== first.page && worker.page !== second.page, "not another session's page");
    const opened = chromiumChildren(process.pid).filter((pid) => !kept.includes(pid));
    assert.equal(opened.length, 2, 'each in a sibling Chromium of its own');
    await alone.close();
    const left = opened.filter(alive);
    assert.equal(left.length, 1, 'without a session the page is closed, its Chromium gone');
    await other.close();
    assert.deepEqual(left.filter(alive), left, 'in the other session it is kept');

    const again = await openWorkerPage(chromium, one);
    assert.ok(again.page === first.page || again.page === second.page, 'the session hands out its own');
    await again.close();
    await one.close();
    assert.deepEqual(kept.filter(alive), [main], "a session's end closes its pages: the sibling's Chromium is gone");
    assert.deepEqual(left.filter(alive), left, 'and only its own');
    await two.close();
    assert.deepEqual(left.filter(alive), []);
  } finally {
    await chromium.release();
  }
});
