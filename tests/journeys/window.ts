// Journey: the user opens the window, from a tray click (macOS, Windows) or the menu item
// (Linux, where StatusNotifier hosts deliver no click). One sandboxed window; its preload is
// CommonJS (a sandboxed preload cannot be an ES module); its page and every asset come from
// the app:// handler with the CSP; traversal and other hosts get 404. A second launch shows
// the window instead of starting another app.
import assert from 'node:assert/strict';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/shell/protocol';
import { clickMenuItem, poll, waitForPending, type JourneyDriver } from './driver';

interface Fetched {
  url: string;
  status: number;
  csp: string | null;
  body: string;
}

/** Requests app:// URLs through net.fetch, which reaches the app's protocol handler. */
function fetchAll(driver: JourneyDriver, urls: string[]): Promise<Fetched[]> {
  return driver.main.evaluate(
    ({ net }, list) =>
      Promise.all(
        list.map(async (url) => {
          const response = await net.fetch(url);
          const csp = response.headers.get('content-security-policy');
          return { url, status: response.status, csp, body: await response.text() };
        }),
      ),
    urls,
  );
}

function windows(driver: JourneyDriver) {
  return driver.main.evaluate(
    ({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => ({
        visible: window.isVisible(),
        url: window.webContents.getURL(),
      })),
    null,
  );
}

/** What a preload file is: it must exist and be CommonJS (a sandboxed preload cannot be ESM). */
function preloadFacts(driver: JourneyDriver, path: string) {
  return driver.main.evaluate((_electron, file) => {
    const { existsSync, readFileSync } = process.getBuiltinModule('node:fs');
    return { path: file, source: existsSync(file) ? readFileSync(file, 'utf8') : null };
  }, path);
}

async function checkPreferences(driver: JourneyDriver): Promise<void> {
  if (!driver.webPreferences) return;
  const all = await driver.webPreferences();
  assert.equal(all.length, 1, 'one window was created');
  const prefs = all[0]!;
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.nodeIntegration, false);
  const preload = await preloadFacts(driver, String(prefs.preload));
  assert.ok(preload.source !== null, `the preload exists: ${preload.path}`);
  assert.ok(preload.path.endsWith('.cjs'), 'the preload is a .cjs file');
  assert.doesNotMatch(preload.source, /^\s*(import|export)\s/m, 'the preload has no ESM syntax');
  assert.match(preload.source, /require\(["']electron["']\)/, 'the preload requires electron (CommonJS)');
}

export async function openWindow(driver: JourneyDriver): Promise<string> {
  if (driver.platform !== 'linux' && driver.clickTray) return driver.clickTray();
  assert.ok(await clickMenuItem(driver.main, 'open'), 'the menu has "Open Invitray"');
  return 'menu';
}

export async function windowJourney(driver: JourneyDriver) {
  await waitForPending(driver.main);
  const how = await openWindow(driver);
  const shown = await poll(
    () => windows(driver),
    (list) => list.some((w) => w.visible),
    'the window shows',
  );
  assert.equal(shown.length, 1, 'exactly one window');
  const [window] = shown;
  await checkPreferences(driver);

  const [page] = await fetchAll(driver, [window!.url]);
  assert.equal(page!.status, 200, `${window!.url} answers 200`);
  assert.equal(page!.csp, CONTENT_SECURITY_POLICY);
  // Every file index.html references on its own origin (not `data:` URLs).
  const base = new URL(window!.url);
  const assetUrls = [...page!.body.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((match) => new URL(match[1]!, base))
    .filter((url) => url.protocol === base.protocol && url.host === base.host)
    .map((url) => url.href);
  assert.ok(assetUrls.length >= 2, `index.html references its script and styles: ${assetUrls}`);
  for (const asset of await fetchAll(driver, assetUrls)) {
    assert.equal(asset.status, 200, `${asset.url} answers 200`);
    assert.equal(asset.csp, CONTENT_SECURITY_POLICY, `${asset.url} carries the CSP`);
  }
  const refused = await fetchAll(driver, [
    'app://invitray/..%2F..%2Fpackage.json',
    'app://invitray/%2e%2e/%2e%2e/package.json',
    'app://invitray/assets/..%5C..%5Cpackage.json',
    'app://elsewhere/index.html',
  ]);
  for (const answer of refused) assert.equal(answer.status, 404, `${answer.url} is refused`);

  // A second launch: Electron tells the running instance, which shows its window.
  await driver.main.evaluate(
    () => (globalThis as import('./driver').DemoGlobal).__invitrayDemo!.window.hide(),
    null,
  );
  await driver.main.evaluate(({ app }) => {
    app.emit('second-instance', { preventDefault() {} }, [process.execPath, '--demo'], process.cwd(), {});
  }, null);
  const again = await windows(driver);
  assert.equal(again.length, 1, 'still one window after a second launch');
  assert.equal(again[0]!.visible, true, 'a second launch shows the window');
  return { how, window: window! };
}
