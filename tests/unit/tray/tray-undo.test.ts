import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';
import { createTranslator } from '../../../electron/shared/i18n/translate';
import { trayView, type MenuItemSpec } from '../../../electron/main/core/tray/tray-view';
import { NOW, pendingInvites, profile, snapshot } from './snapshot-fixtures';

// A decline held with an Undo (core/app/held-declines.ts) shows in the tray menu on every
// platform branch: an Undo item first, and the invitation's own Decline turned off.

const held = { profileId: 'p1', inviteId: 'i0', organizationName: 'Acme & Sons', sendAt: NOW + 6000 };
const flatten = (items: MenuItemSpec[]): MenuItemSpec[] =>
  items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

describe.each(['linux', 'darwin', 'win32'])('tray menu on %s', (platform) => {
  const view = (heldDeclines?: (typeof held)[]) =>
    trayView(
      {
        ...snapshot(profile('p1', { invites: pendingInvites(2) })),
        ...(heldDeclines ? { heldDeclines } : {}),
      },
      { platform, now: NOW, showCountInTray: true, startAtLogin: false },
    );

  it('offers Undo for a held decline, right under the header, and disables that Decline', () => {
    const menu = view([held]).menu;
    expect(menu[1]).toEqual({
      id: 'undo:p1:i0',
      label: 'Undo declining Acme && Sons',
      action: { kind: 'undo-decline', profileId: 'p1', inviteId: 'i0' },
    });
    const declines = flatten(menu).filter((item) => item.action?.kind === 'decline');
    expect(declines.map((item) => [item.id, item.enabled])).toEqual([
      ['invite:p1:i0:decline', false],
      ['invite:p1:i1:decline', true],
    ]);
  });

  it('has no Undo item without a held decline', () => {
    expect(flatten(view().menu).some((item) => item.action?.kind === 'undo-decline')).toBe(false);
  });

  it('says it in the menu language', () => {
    const menu = trayView(
      { ...snapshot(profile('p1', { invites: pendingInvites(1) })), heldDeclines: [held] },
      {
        platform,
        now: NOW,
        showCountInTray: true,
        startAtLogin: false,
        translator: createTranslator('de', CATALOGUES.de),
      },
    ).menu;
    expect(menu[1]?.label).toBe('Ablehnen von Acme && Sons rückgängig machen');
  });
});
