// Journey: the user glances at the tray. The image is the file for the pending count, and it
// really loads (a missing resources/ directory gives an empty image, which Electron only
// warns about); the menu names every pending invitation with Accept and Decline.
import assert from 'node:assert/strict';
import { countState, iconFor } from '../../electron/main/core/tray/tray-icons';
import { pendingInvites } from '../../electron/main/core/tray/tray-menu';
import { URGENT_TITLE_MARK } from '../../electron/main/core/tray/tray-view';
import { anyUrgent } from '../../electron/main/core/tray/urgency';
import { waitForPending, trayView, type JourneyDriver } from './driver';

/** The size the platform's tray image must have (the 1x file; Electron picks @2x itself). */
export const TRAY_IMAGE_SIZE = { linux: 24, darwin: 16, win32: 16 } as const;

export interface TrayImageFacts {
  resourcesDir: string;
  path: string;
  exists: boolean;
  empty: boolean;
  size: { width: number; height: number };
}

/** Loads the tray's current icon the way the app does, in the app's process. */
export function loadTrayImage(driver: JourneyDriver): Promise<TrayImageFacts> {
  return driver.main.evaluate(({ app, nativeImage }) => {
    const { join } = process.getBuiltinModule('node:path');
    const { existsSync } = process.getBuiltinModule('node:fs');
    const handle = (globalThis as import('./driver').DemoGlobal).__invitrayDemo!;
    // Where a packaged app and an `electron .` run keep their resources.
    const resourcesDir = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
    const path = join(resourcesDir, handle.tray.current().icon);
    const image = nativeImage.createFromPath(path);
    return { resourcesDir, path, exists: existsSync(path), empty: image.isEmpty(), size: image.getSize() };
  }, null);
}

export async function trayGlance(driver: JourneyDriver) {
  const snap = await waitForPending(driver.main);
  const view = await trayView(driver.main);
  const count = snap.pendingCount;
  // The demo has an invitation in its last day (issue 22): the clock mark, and the sign in the title.
  const urgent = anyUrgent(snap, Date.now());
  const expectedIcon = iconFor(countState(count, true, urgent), driver.platform);
  assert.equal(view.icon, expectedIcon, 'the tray icon is the file for the pending count');
  const title = urgent ? `${URGENT_TITLE_MARK} ${count}` : String(count);
  assert.equal(view.title, driver.platform === 'darwin' ? title : '', 'menu-bar title (macOS)');
  assert.match(view.tooltip, new RegExp(`\\b${count} pending invitation`), 'the tooltip states the count');

  const image = await loadTrayImage(driver);
  assert.ok(image.exists, `the tray image exists: ${image.path}`);
  assert.equal(image.empty, false, `the tray image loads (not empty): ${image.path}`);
  const side = TRAY_IMAGE_SIZE[driver.platform];
  assert.deepEqual(image.size, { width: side, height: side }, 'the tray image has the platform size');

  const pending = pendingInvites(snap, Date.now());
  assert.equal(pending.length, count);
  const items = await driver.main.evaluate(
    (_electron, ids) => {
      const menu = (globalThis as import('./driver').DemoGlobal).__invitrayDemo!.tray.menu() as Electron.Menu;
      return ids.map((id) => {
        const item = menu.getMenuItemById(id);
        const labels = (item?.submenu?.items ?? []).map((child) => child.label);
        return { id, label: item?.label ?? null, labels };
      });
    },
    pending.map(({ profile, invite }) => `invite:${profile.profile.id}:${invite.id}`),
  );
  for (const [index, { invite }] of pending.entries()) {
    const item = items[index]!;
    const name = invite.organization_name ?? '';
    assert.ok(item.label?.startsWith(name.slice(0, 20).replaceAll('&', '&&')), `menu names ${name}`);
    assert.ok(
      item.labels.includes('Accept') && item.labels.includes('Decline'),
      `Accept/Decline for ${name}`,
    );
  }
  return { snap, view, image };
}
