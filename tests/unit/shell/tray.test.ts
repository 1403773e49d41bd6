import { describe, expect, it } from 'vitest';
import { trayView } from '../../../electron/main/core/tray/tray-view';
import type { MenuAction, TrayView } from '../../../electron/main/core/tray/tray-view';
import { menuTemplate, registerTray } from '../../../electron/main/shell/tray';
import type { MenuTemplateItem } from '../../../electron/main/shell/tray';
import { NOW, pendingInvites, profile, snapshot } from '../tray/snapshot-fixtures';
import { FakeImage, FakeTray, recordingLog } from './fakes';

function viewFor(count: number, platform: string): TrayView {
  const snap = snapshot(profile('p1', { invites: pendingInvites(count) }));
  return trayView(snap, { platform, now: NOW, showCountInTray: true, startAtLogin: false });
}

function setup(platform: string, initial = viewFor(0, platform)) {
  const trays: FakeTray[] = [];
  const menus: MenuTemplateItem[][] = [];
  const actions: MenuAction[] = [];
  let listener: ((view: TrayView) => void) | null = null;
  let toggles = 0;
  let unsubscribed = false;
  const handle = registerTray<FakeImage>({
    createTray: (image) => {
      const tray = new FakeTray(image);
      trays.push(tray);
      return tray;
    },
    loadImage: (path) => new FakeImage(path, path.includes('missing')),
    buildMenu: (template) => {
      menus.push(template);
      return { template };
    },
    platform,
    resourcesDir: '/res',
    initialView: initial,
    onView: (l) => {
      listener = l;
      return () => {
        unsubscribed = true;
      };
    },
    onAction: (action) => actions.push(action),
    onToggleWindow: () => toggles++,
    log: recordingLog(),
  });
  const tray = trays[0]!;
  return {
    handle,
    tray,
    menus,
    actions,
    push: (view: TrayView) => listener?.(view),
    toggles: () => toggles,
    unsubscribed: () => unsubscribed,
  };
}

/** Finds an item by id anywhere in a template and clicks it. */
function click(template: MenuTemplateItem[], id: string): void {
  const find = (items: MenuTemplateItem[]): MenuTemplateItem | undefined =>
    items.map((item) => (item.id === id ? item : item.submenu && find(item.submenu))).find(Boolean);
  const item = find(template);
  if (!item?.click) throw new Error(`no clickable item ${id}`);
  item.click();
}

describe('registerTray', () => {
  it('Linux: a left click reported as `click` (KDE and other StatusNotifier hosts) toggles the popover', () => {
    const t = setup('linux');
    expect(t.tray.count('click')).toBe(1);
    t.tray.emit('click');
    expect(t.toggles()).toBe(1);
    // The menu stays attached: it is the whole interface where the host sends no click.
    expect(t.tray.contextMenu).not.toBeNull();
  });

  it('Linux: the icon with the count drawn in, from resources, and the menu re-set on every change', () => {
    const t = setup('linux', viewFor(3, 'linux'));
    expect(t.tray.image.path).toBe('/res/tray/linux/tray-3-24.png');
    expect(t.tray.title).toBeNull();
    expect(t.tray.tooltip).toMatch(/3 pending/);
    expect(t.tray.contextMenuSets).toBe(1);

    t.push(viewFor(12, 'linux'));
    expect(t.tray.image.path).toBe('/res/tray/linux/tray-9plus-24.png');
    t.push(viewFor(12, 'linux'));
    expect(t.tray.images).toHaveLength(2); // same icon: not reloaded
    expect(t.tray.contextMenuSets).toBe(3); // menu: always re-set (Linux picks it up only then)
  });

  it('macOS: template image, the count as the title, left click toggles, right click pops the menu', () => {
    const t = setup('darwin', viewFor(2, 'darwin'));
    expect(t.tray.image.path).toBe('/res/tray/mac/trayTemplate.png');
    expect(t.tray.image.template).toBe(true);
    expect(t.tray.title).toBe('2');
    expect(t.tray.contextMenuSets).toBe(0);
    expect(t.tray.ignoreDoubleClick).toBe(true);

    t.tray.emit('click');
    expect(t.toggles()).toBe(1);
    t.tray.emit('right-click');
    expect(t.tray.poppedUp).toEqual([{ template: t.menus[0] }]);

    t.push(viewFor(0, 'darwin'));
    expect(t.tray.title).toBe('');
    t.tray.emit('right-click');
    expect(t.tray.poppedUp[1]).toEqual({ template: t.menus[1] });
  });

  it('Windows: drawn-count icon, attached menu, and left click toggles the window', () => {
    const t = setup('win32', viewFor(5, 'win32'));
    expect(t.tray.image.path).toBe('/res/tray/tray-5.png');
    expect(t.tray.image.template).toBe(false);
    expect(t.tray.contextMenuSets).toBe(1);
    t.tray.emit('click');
    expect(t.toggles()).toBe(1);
  });

  it('menu actions reach the core: accept an invitation from its submenu, quit', () => {
    const t = setup('linux', viewFor(1, 'linux'));
    const template = t.menus.at(-1)!;
    click(template, 'invite:p1:i0:accept');
    click(template, 'quit');
    expect(t.actions).toEqual([{ kind: 'accept', profileId: 'p1', inviteId: 'i0' }, { kind: 'quit' }]);
  });

  it('reports bounds only when the platform knows them, and unsubscribes on destroy', () => {
    const t = setup('linux');
    expect(t.handle.bounds()).toBeNull();
    t.tray.bounds = { x: 10, y: 0, width: 22, height: 22 };
    expect(t.handle.bounds()).toEqual({ x: 10, y: 0, width: 22, height: 22 });
    t.handle.destroy();
    expect(t.tray.destroyed).toBe(true);
    expect(t.unsubscribed()).toBe(true);
  });
});

describe('menuTemplate', () => {
  it('keeps ids, labels, types, enabled and checked; separators carry nothing else', () => {
    const clicks: MenuAction[] = [];
    const template = menuTemplate(
      [
        { id: 'header', label: '2 pending', enabled: false },
        { id: 'sep', label: '', type: 'separator' },
        {
          id: 'login',
          label: 'Start at login',
          type: 'checkbox',
          checked: true,
          action: { kind: 'toggle-login' },
        },
        { id: 'sub', label: 'Acme', submenu: [{ id: 'sub:x', label: 'X', action: { kind: 'refresh' } }] },
      ],
      (action) => clicks.push(action),
    );
    expect(template.map(({ click: _click, submenu: _submenu, ...rest }) => rest)).toEqual([
      { id: 'header', type: 'normal', label: '2 pending', enabled: false },
      { id: 'sep', type: 'separator' },
      { id: 'login', type: 'checkbox', label: 'Start at login', enabled: true, checked: true },
      { id: 'sub', type: 'submenu', label: 'Acme', enabled: true },
    ]);
    expect(template[0]!.click).toBeUndefined();
    template[2]!.click!();
    template[3]!.submenu![0]!.click!();
    expect(clicks).toEqual([{ kind: 'toggle-login' }, { kind: 'refresh' }]);
  });
});
