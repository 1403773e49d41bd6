import { writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { CHANNELS } from '../electron/shared/channels';
import { DEMO_CREDENTIALS } from '../electron/main/core/demo/credentials';
import { startHarness } from '../tests/e2e/harness/harness';
import type { Harness } from '../tests/e2e/harness/harness';
import { manyInvites } from '../tests/e2e/harness/invites';
import { installInvitrayShim } from '../tests/e2e/harness/shim';

// Time from navigation start to the first rendered invitation list, and the JS heap
// after it, for 10, 200 and 2000 pending invitations. The page runs exactly as in the
// browser suite: built renderer, real core, demo API; the snapshot crosses the IPC shim.
//   warm: the page reloaded in a live renderer process, as the app's long-lived window is
//   cold: a fresh browser context, so a new renderer process, cold V8 and ICU as well

const SIZES = [10, 200, 2000];
const WARM_RUNS = 7;
const COLD_RUNS = 3;

/** Runs in the page before its scripts: notes when the first list item exists, and when it was painted. */
function watchFirstList(): void {
  const marks = window as unknown as { __listDom?: number; __listPainted?: number };
  const observer = new MutationObserver(() => {
    if (marks.__listDom !== undefined || !document.querySelector('[data-testid="invite-list"] li')) return;
    marks.__listDom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (marks.__listPainted = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface Run {
  firstListMs: number;
  firstListPaintedMs: number;
  /** Where the time went: the page's own resource timings. */
  scriptLoadedMs: number;
  snapshotReceivedMs: number;
  jsHeapUsedBytes: number;
}

async function openPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(
    installInvitrayShim,
    CHANNELS as unknown as Record<string, Record<string, string>>,
  );
  await page.addInitScript(watchFirstList);
  return page;
}

async function load(page: Page, navigate: () => Promise<unknown>): Promise<Run> {
  await navigate();
  await page.waitForFunction(() => (window as { __listPainted?: number }).__listPainted !== undefined, null, {
    timeout: 60_000,
  });
  const marks = await page.evaluate(() => {
    const w = window as unknown as { __listDom: number; __listPainted: number };
    const end = (pattern: RegExp) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
        pattern.test(e.name),
      )?.responseEnd ?? -1;
    return {
      dom: w.__listDom,
      painted: w.__listPainted,
      script: end(/\/assets\/.*\.js$/),
      snapshot: end(/%3Alist$/),
    };
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return {
    firstListMs: round(marks.dom),
    firstListPaintedMs: round(marks.painted),
    scriptLoadedMs: round(marks.script),
    snapshotReceivedMs: round(marks.snapshot),
    jsHeapUsedBytes: heap.usedSize,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

function summary(runs: Run[]) {
  const keys = Object.keys(runs[0]!) as (keyof Run)[];
  return { ...Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])), runs };
}

async function measure(browser: Browser, harness: Harness) {
  const cold: Run[] = [];
  for (let n = 0; n < COLD_RUNS; n++) {
    const page = await openPage(browser);
    cold.push(await load(page, () => page.goto(harness.url)));
    await page.context().close();
  }
  const page = await openPage(browser);
  await load(page, () => page.goto(harness.url));
  const warm: Run[] = [];
  for (let n = 0; n < WARM_RUNS; n++) warm.push(await load(page, () => page.reload()));
  await page.context().close();
  return { warm: summary(warm), cold: summary(cold) };
}

test('renderer: first list and heap', async ({ browser }) => {
  const results: Record<string, unknown> = {};
  for (const size of SIZES) {
    const harness = await startHarness({ invites: manyInvites(size), keychain: 'session' });
    try {
      await harness.core.addAccount('Bench', DEMO_CREDENTIALS.token);
      await harness.core.whenIdle();
      results[String(size)] = await measure(browser, harness);
    } finally {
      await harness.close();
    }
  }
  writeFileSync(
    process.env.BENCH_OUT ?? 'test-results/renderer-bench.json',
    JSON.stringify(results, null, 2),
  );
});
