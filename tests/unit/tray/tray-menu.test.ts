import { describe, expect, it } from 'vitest';
import { trayView, type MenuItemSpec } from '../../../electron/main/core/tray/tray-view';
import { escapeMenuLabel } from '../../../electron/main/core/tray/menu-spec';
import type { AppSnapshot } from '../../../electron/shared/types';
import { error, HOUR, invite, NOW, pendingInvites, profile, snapshot } from './snapshot-fixtures';

function menuOf(snap: AppSnapshot, options: { startAtLogin?: boolean; updateReady?: boolean } = {}) {
  return trayView(snap, {
    platform: 'linux',
    now: NOW,
    showCountInTray: true,
    startAtLogin: false,
    ...options,
  }).menu;
}
const ids = (menu: MenuItemSpec[]) => menu.map((item) => item.id);
const inviteItems = (menu: MenuItemSpec[]) => menu.filter((item) => item.type === 'submenu');
const byId = (menu: MenuItemSpec[], id: string) => {
  const item = menu.find((entry) => entry.id === id);
  if (!item) throw new Error(`no ${id} in ${ids(menu).join(', ')}`);
  return item;
};
function allItems(menu: MenuItemSpec[]): MenuItemSpec[] {
  return menu.flatMap((item) => [item, ...allItems(item.submenu ?? [])]);
}

describe('tray menu', () => {
  it('has a header, the invitations, then the app items in order', () => {
    const menu = menuOf(snapshot(profile('p1', { invites: pendingInvites(2) })));
    expect(ids(menu)).toEqual([
      'header',
      'sep-invites',
      'invite:p1:i0',
      'invite:p1:i1',
      'sep-app',
      'refresh',
      'open',
      'settings',
      'sep-system',
      'start-at-login',
      'sep-quit',
      'quit',
    ]);
    expect(byId(menu, 'header')).toMatchObject({ label: '2 pending invitations', enabled: false });
    expect(byId(menu, 'refresh')).toMatchObject({
      label: 'Refresh now',
      enabled: true,
      action: { kind: 'refresh' },
    });
    expect(byId(menu, 'open')).toMatchObject({ label: 'Open Invitray', action: { kind: 'open' } });
    expect(byId(menu, 'settings')).toMatchObject({ label: 'Settings…', action: { kind: 'settings' } });
    expect(byId(menu, 'quit')).toMatchObject({ label: 'Quit', action: { kind: 'quit' } });
  });

  it('uses the singular for one invitation', () => {
    expect(byId(menuOf(snapshot(profile('p1', { invites: pendingInvites(1) }))), 'header').label).toBe(
      '1 pending invitation',
    );
  });

  it('gives each invitation Accept, Decline and Details… with its ids', () => {
    const menu = menuOf(
      snapshot(profile('p1', { invites: [invite('abc', { organization_name: 'Acme Corp' })] })),
    );
    const item = byId(menu, 'invite:p1:abc');
    expect(item.label).toBe('Acme Corp');
    const actions = (item.submenu ?? []).filter((entry) => entry.action);
    expect(actions.map((entry) => [entry.label, entry.action])).toEqual([
      ['Accept', { kind: 'accept', profileId: 'p1', inviteId: 'abc' }],
      ['Decline', { kind: 'decline', profileId: 'p1', inviteId: 'abc' }],
      ['Details…', { kind: 'details', profileId: 'p1', inviteId: 'abc' }],
    ]);
  });

  it('describes the invitation in disabled lines', () => {
    const details = invite('abc', {
      invited_by: 'bob@acme.test',
      roles: ['Administrator', 'Billing'],
      expires_on: new Date(NOW + 5 * HOUR).toISOString(),
      organization_is_enforcing_twofactor: true,
    });
    const failed = error('offline', 'No connection.');
    const menu = menuOf(snapshot(profile('p1', { invites: [details], respondErrors: { abc: failed } })));
    const info = (byId(menu, 'invite:p1:abc').submenu ?? []).filter((entry) => entry.enabled === false);
    expect(info.map((entry) => entry.label)).toEqual([
      'From bob@acme.test',
      'Roles: Administrator, Billing',
      'Expires in 5 hours',
      'Requires two-factor authentication',
      'Last answer failed: No connection.',
    ]);
  });

  it('lists at most 10, soonest expiry first across profiles, then "and N more…"', () => {
    const work = pendingInvites(7, 'w').reverse();
    const home = pendingInvites(6, 'h').map((entry) => ({
      ...entry,
      expires_on: new Date(Date.parse(entry.expires_on ?? '') + 30 * 60_000).toISOString(),
    }));
    const noExpiry = invite('zz', { expires_on: undefined });
    const menu = menuOf(
      snapshot(profile('p1', { invites: [noExpiry, ...work] }), profile('p2', { invites: home })),
    );
    const listed = inviteItems(menu).map((item) => item.id);
    expect(listed).toEqual([
      'invite:p1:w0',
      'invite:p2:h0',
      'invite:p1:w1',
      'invite:p2:h1',
      'invite:p1:w2',
      'invite:p2:h2',
      'invite:p1:w3',
      'invite:p2:h3',
      'invite:p1:w4',
      'invite:p2:h4',
    ]);
    expect(byId(menu, 'more')).toMatchObject({ label: 'and 4 more…', action: { kind: 'open' } });
    expect(byId(menu, 'header').label).toBe('14 pending invitations');
  });

  it('has no "more" item at exactly 10', () => {
    const menu = menuOf(snapshot(profile('p1', { invites: pendingInvites(10) })));
    expect(inviteItems(menu)).toHaveLength(10);
    expect(ids(menu)).not.toContain('more');
  });

  it('names the account when there are several profiles', () => {
    const menu = menuOf(snapshot(profile('p1', { invites: [invite('a')] }), profile('p2')));
    const labels = (byId(menu, 'invite:p1:a').submenu ?? []).map((entry) => entry.label);
    expect(labels).toContain('Account: Work');
  });

  it('leaves answered, expired and in-flight invitations out', () => {
    const invites = [
      invite('done', { status: 'accepted', effective_status: 'accepted' }),
      invite('old', { effective_status: 'expired' }),
      invite('live'),
    ];
    const menu = menuOf(snapshot(profile('p1', { invites })));
    expect(inviteItems(menu).map((item) => item.id)).toEqual(['invite:p1:live']);
  });

  it('escapes & so Electron does not eat it', () => {
    const menu = menuOf(
      snapshot(profile('p1', { invites: [invite('a', { organization_name: 'Smith & Sons' })] })),
    );
    expect(byId(menu, 'invite:p1:a').label).toBe('Smith && Sons');
    expect(escapeMenuLabel('A&&B')).toBe('A&&&&B');
  });

  it('leaves HTML in organisation names as text', () => {
    const name = '<img src=x onerror=alert(1)><b>Evil</b>';
    const menu = menuOf(snapshot(profile('p1', { invites: [invite('a', { organization_name: name })] })));
    expect(byId(menu, 'invite:p1:a').label).toBe(name);
  });

  it('keeps labels on one line and of bounded length', () => {
    const name = `Line one\nLine two\t${'x'.repeat(200)}`;
    const label = byId(
      menuOf(snapshot(profile('p1', { invites: [invite('a', { organization_name: name })] }))),
      'invite:p1:a',
    ).label;
    expect(label).not.toMatch(/[\n\t]/);
    expect(label.startsWith('Line one Line two ')).toBe(true);
    expect([...label]).toHaveLength(60);
  });

  it('falls back to the organisation id without a name', () => {
    const menu = menuOf(snapshot(profile('p1', { invites: [invite('a', { organization_name: '  ' })] })));
    expect(byId(menu, 'invite:p1:a').label).toBe('Organisation org-a');
  });

  it('signed out: says so, offers to add an account, nothing to refresh', () => {
    const menu = menuOf(snapshot());
    expect(byId(menu, 'header').label).toBe('Not signed in');
    expect(byId(menu, 'add-account')).toMatchObject({ action: { kind: 'open' } });
    expect(byId(menu, 'refresh').enabled).toBe(false);
  });

  it('lists each profile problem with its retry time', () => {
    const snap = snapshot(
      profile('p1', { error: error('offline', 'No connection.'), lastSuccessAt: null }),
      profile('p2', {
        error: error('bad-credentials', 'Token rejected.'),
        lastSuccessAt: null,
        nextRetryAt: null,
      }),
    );
    const menu = menuOf(snap);
    expect(byId(menu, 'header').label).toBe('Invitations not loaded yet');
    expect(byId(menu, 'problem:p1')).toMatchObject({
      label: 'Work: No connection. (retrying in 3 min)',
      enabled: false,
    });
    expect(byId(menu, 'problem:p2').label).toBe('Label p2: Token rejected.');
  });

  it('disables refresh while syncing', () => {
    const menu = menuOf(snapshot(profile('p1', { syncing: true })));
    expect(byId(menu, 'refresh')).toMatchObject({ label: 'Refreshing…', enabled: false });
  });

  it('reflects start at login and a ready update', () => {
    const menu = menuOf(snapshot(profile('p1')), { startAtLogin: true, updateReady: true });
    expect(byId(menu, 'start-at-login')).toMatchObject({
      type: 'checkbox',
      checked: true,
      action: { kind: 'toggle-login' },
    });
    expect(byId(menu, 'restart-to-update')).toMatchObject({ action: { kind: 'restart-to-update' } });
    expect(ids(menuOf(snapshot(profile('p1'))))).not.toContain('restart-to-update');
  });

  it('gives every item a unique id', () => {
    const snap = snapshot(
      profile('p1', { invites: pendingInvites(12) }),
      profile('p2', { invites: pendingInvites(3) }),
    );
    const every = allItems(menuOf(snap, { updateReady: true }));
    expect(new Set(every.map((item) => item.id)).size).toBe(every.length);
  });
});
