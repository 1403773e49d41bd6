import { describe, expect, it } from 'vitest';
import { printable } from '../../../electron/main/cli/cli-io';
import { defaultConfigDir } from '../../../electron/main/cli/config-dir';
import { formatInviteList } from '../../../electron/main/cli/format';
import type { Invite } from '../../../electron/shared/types';

const invite = (fields: Partial<Invite>): Invite => ({
  id: 'a1',
  organization_id: 'org1',
  invited_member_id: null,
  effective_status: 'pending',
  ...fields,
});

describe('CLI output', () => {
  it('strips terminal escapes from API fields', () => {
    expect(printable('Acme\u001b[31m red\u0007')).toBe('Acme?[31m red?');
    const line = formatInviteList([invite({ organization_name: 'Evil\u001b]0;pwned\u0007' })]);
    expect(line.includes('\u001b')).toBe(false);
  });

  it('lists pending first', () => {
    const text = formatInviteList([
      invite({ id: 'old', effective_status: 'accepted', organization_name: 'Old' }),
      invite({ id: 'new', organization_name: 'New', roles: ['Admin'], expires_on: '2030-01-01T00:00:00Z' }),
    ]);
    expect(text.split('\n')[0]).toMatch(/^new\s+pending\s+New \(Admin\)\s+expires 2030-01-01 00:00 UTC$/);
    expect(formatInviteList([])).toBe('No invitations.');
  });

  it('reads a listed pending invitation whose expires_on has passed as expired, by the time given', () => {
    const listed = invite({ id: 'lapse', organization_name: 'Lapse', expires_on: '2030-01-01T00:00:00Z' });
    const line = (now: number) => formatInviteList([listed], now);
    expect(line(Date.parse('2029-12-31T23:59:59Z'))).toMatch(/^lapse\s+pending\s/);
    expect(line(Date.parse('2030-01-01T00:00:00Z'))).toMatch(/^lapse\s+expired\s+Lapse$/);
  });

  it('uses the same directory as Electron userData', () => {
    expect(defaultConfigDir('linux', {}, '/home/u')).toBe('/home/u/.config/Invitray');
    expect(defaultConfigDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/u')).toBe('/x/Invitray');
    expect(defaultConfigDir('darwin', {}, '/Users/u')).toBe('/Users/u/Library/Application Support/Invitray');
    expect(defaultConfigDir('linux', { INVITRAY_CONFIG_DIR: '/c' }, '/home/u')).toBe('/c');
  });
});
