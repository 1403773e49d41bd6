import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/main/core/errors';
import {
  DEFAULT_PREFERENCES,
  INVITE_ID_HISTORY_LIMIT,
  SETTINGS_FORMAT_VERSION,
} from '../../../electron/main/core/accounts/settings-schema';
import { readSettingsData } from '../../../electron/main/core/accounts/settings-without-conf';
import { makeTempDir, openInDir, readSettingsFile, removeDir } from '../../support/settings-helpers';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  removeDir(dir);
});

function expectAppError(run: () => unknown, kind: string): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe(kind);
    return error as AppError;
  }
  throw new Error('expected an AppError');
}

describe('settings through real conf files', () => {
  it('starts from the documented defaults and writes them to config.json', () => {
    const { settings, recovered } = openInDir(dir);
    expect(recovered).toBeNull();
    expect(settings.getPreferences()).toEqual({
      pollIntervalMinutes: 5,
      notificationsEnabled: true,
      expiringReminder: true,
      lastChanceReminder: true,
      lastChanceThroughQuietHours: true,
      notificationClick: 'accept',
      startAtLogin: false,
      showCountInTray: true,
      theme: 'system',
      globalShortcutEnabled: true,
      globalShortcut: 'CommandOrControl+Alt+Shift+Y',
      notificationSound: true,
      quietHours: { enabled: false, from: '22:00', to: '07:00' },
      language: 'system',
    });
    expect(settings.getApiBaseUrl()).toBeNull();
    expect(settings.listProfiles()).toEqual([]);
    const file = readSettingsFile(dir);
    expect(file).toMatchObject({
      ...DEFAULT_PREFERENCES,
      apiBaseUrl: null,
      profiles: [],
      notifiedInviteIds: [],
    });
    expect(file.__internal__).toEqual({ migrations: { version: SETTINGS_FORMAT_VERSION } });
    expect(settings.filePath).toBe(path.join(dir, 'config.json'));
  });

  it('persists preferences, profiles, base URL and invite ids across instances', () => {
    const first = openInDir(dir).settings;
    expect(first.updatePreferences({ pollIntervalMinutes: 15, theme: 'dark' })).toMatchObject({
      pollIntervalMinutes: 15,
      theme: 'dark',
      notificationsEnabled: true,
    });
    first.addProfile({ id: 'p1', label: 'Work', authKind: 'global-key', email: 'a@example.com' });
    first.addProfile({ id: 'p2', label: 'Home', authKind: 'token' });
    first.setApiBaseUrl('http://127.0.0.1:8787/client/v4');
    first.addNotified('inv1', 'inv2');
    first.addReminded('inv2');

    const second = openInDir(dir).settings;
    expect(second.getPreferences()).toMatchObject({ pollIntervalMinutes: 15, theme: 'dark' });
    expect(second.listProfiles()).toEqual([
      { id: 'p1', label: 'Work', authKind: 'global-key', email: 'a@example.com' },
      { id: 'p2', label: 'Home', authKind: 'token' },
    ]);
    expect(second.getApiBaseUrl()).toBe('http://127.0.0.1:8787/client/v4');
    expect([second.hasNotified('inv1'), second.hasNotified('inv2'), second.hasNotified('inv3')]).toEqual([
      true,
      true,
      false,
    ]);
    expect([second.hasReminded('inv2'), second.hasReminded('inv1')]).toEqual([true, false]);
  });

  it.each([
    { pollIntervalMinutes: 0 },
    { pollIntervalMinutes: 61 },
    { pollIntervalMinutes: 2.5 },
    { pollIntervalMinutes: '5' },
    { theme: 'neon' },
    { notificationClick: 'decline' },
    { notificationsEnabled: 'yes' },
    { somethingElse: true },
    null,
    'theme=dark',
  ])('refuses %j as a whole and leaves the file unchanged', (patch) => {
    const { settings } = openInDir(dir);
    settings.updatePreferences({ theme: 'light' });
    const before = fs.readFileSync(settings.filePath, 'utf8');
    const error = expectAppError(() => settings.updatePreferences(patch), 'invalid-request');
    expect(error.message).toMatch(/^Invalid settings: /);
    expect(fs.readFileSync(settings.filePath, 'utf8')).toBe(before);
    expect(settings.getPreferences().theme).toBe('light');
  });

  // The refusal quotes zod's issue messages. These are classic zod's English ones, captured at
  // 1a6189f (before zod/mini): zod/mini says only "Invalid input" unless electron/shared/zod.ts
  // installs the English locale, and nothing else reads those messages.
  it.each([
    [{ pollIntervalMinutes: 0 }, 'pollIntervalMinutes: Too small: expected number to be >=1'],
    [{ pollIntervalMinutes: 2.5 }, 'pollIntervalMinutes: Invalid input: expected int, received number'],
    [{ theme: 'neon' }, 'theme: Invalid option: expected one of "system"|"light"|"dark"'],
    [{ globalShortcut: 'K'.repeat(65) }, 'globalShortcut: Too big: expected string to have <=64 characters'],
    [
      { quietHours: { enabled: true, from: '25:00', to: '07:00' } },
      'quietHours.from: Invalid string: must match pattern /^([01][0-9]|2[0-3]):[0-5][0-9]$/',
    ],
    [{ somethingElse: true }, 'Unrecognized key: "somethingElse"'],
    [null, 'Invalid input: expected object, received null'],
  ])('refuses %j with the English message classic zod gave (%s)', (patch, detail) => {
    const { settings } = openInDir(dir);
    const error = expectAppError(() => settings.updatePreferences(patch), 'invalid-request');
    expect(error.message).toBe(`Invalid settings: ${detail}`);
  });

  it('refuses a valid key with an invalid one in the same patch', () => {
    const { settings } = openInDir(dir);
    expectAppError(
      () => settings.updatePreferences({ theme: 'dark', pollIntervalMinutes: 0 }),
      'invalid-request',
    );
    expect(settings.getPreferences().theme).toBe('system');
  });

  it('validates profiles and the base URL against the schema', () => {
    const { settings } = openInDir(dir);
    expectAppError(
      () => settings.addProfile({ id: 'bad id!', label: 'x', authKind: 'token' }),
      'invalid-request',
    );
    expectAppError(() => settings.addProfile({ id: 'p1', label: '', authKind: 'token' }), 'invalid-request');
    expectAppError(
      () => settings.addProfile({ id: 'p1', label: 'x', authKind: 'password' as 'token' }),
      'invalid-request',
    );
    expectAppError(() => settings.setApiBaseUrl('file:///etc/passwd'), 'invalid-request');
    expectAppError(() => settings.setApiBaseUrl('not a url'), 'invalid-request');
    expect(settings.listProfiles()).toEqual([]);
    expect(settings.getApiBaseUrl()).toBeNull();
  });

  it('updates and removes profiles by id', () => {
    const { settings } = openInDir(dir);
    settings.addProfile({ id: 'p1', label: 'Work', authKind: 'global-key', email: 'a@example.com' });
    expectAppError(
      () => settings.addProfile({ id: 'p1', label: 'Again', authKind: 'token' }),
      'invalid-request',
    );
    expect(settings.updateProfile('p1', { authKind: 'token', email: undefined })).toEqual({
      id: 'p1',
      label: 'Work',
      authKind: 'token',
    });
    expect(readSettingsFile(dir).profiles).toEqual([{ id: 'p1', label: 'Work', authKind: 'token' }]);
    expectAppError(() => settings.updateProfile('nope', { label: 'x' }), 'invalid-request');
    expect(settings.removeProfile('nope')).toBe(false);
    expect(settings.removeProfile('p1')).toBe(true);
    expect(openInDir(dir).settings.listProfiles()).toEqual([]);
  });

  it(`keeps only the newest ${INVITE_ID_HISTORY_LIMIT} ids of each history`, () => {
    const { settings } = openInDir(dir);
    const ids = Array.from({ length: INVITE_ID_HISTORY_LIMIT + 5 }, (_, i) => `inv${i}`);
    settings.addNotified(...ids.slice(0, 10));
    settings.addNotified(...ids.slice(10));
    settings.addNotified('inv500'); // already known: no duplicate, no reordering
    const stored = readSettingsFile(dir).notifiedInviteIds as string[];
    expect(stored).toHaveLength(INVITE_ID_HISTORY_LIMIT);
    expect(stored[0]).toBe('inv5');
    expect(stored.at(-1)).toBe(`inv${INVITE_ID_HISTORY_LIMIT + 4}`);
    const reopened = openInDir(dir).settings;
    expect([reopened.hasNotified('inv4'), reopened.hasNotified('inv5')]).toEqual([false, true]);
    expect(readSettingsFile(dir).remindedInviteIds).toEqual([]);
  });
});

describe('corrupt settings file', () => {
  const at = Date.UTC(2026, 0, 2, 3, 4, 5, 6);

  function writeFile(text: string): void {
    fs.writeFileSync(path.join(dir, 'config.json'), text);
  }

  it.each([
    { reason: 'invalid-json', text: '{"pollIntervalMinutes": 5, "theme": ' },
    { reason: 'schema-violation', text: JSON.stringify({ pollIntervalMinutes: 'often', theme: 'dark' }) },
    { reason: 'schema-violation', text: JSON.stringify({ profiles: [{ id: 'p1' }] }) },
  ])('backs up $reason beside itself and starts from defaults', ({ reason, text }) => {
    writeFile(text);
    const { settings, recovered } = openInDir(dir, () => at);
    const backupPath = path.join(dir, 'config.json.corrupt-2026-01-02T03-04-05-006Z');
    expect(recovered).toMatchObject({ reason, backupPath });
    expect(fs.readFileSync(backupPath, 'utf8')).toBe(text);
    expect(settings.getPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(readSettingsFile(dir)).toMatchObject({ ...DEFAULT_PREFERENCES, profiles: [] });
    // Keeps working after recovery.
    settings.updatePreferences({ theme: 'dark' });
    expect(openInDir(dir).recovered).toBeNull();
    expect(openInDir(dir).settings.getPreferences().theme).toBe('dark');
  });

  it('a byte-order mark (a hand edit on Windows) is not corruption: nothing is set aside or lost', () => {
    const first = openInDir(dir).settings;
    first.addProfile({ id: 'p1', label: 'Work', authKind: 'token' });
    first.updatePreferences({ theme: 'dark' });
    const file = path.join(dir, 'config.json');
    fs.writeFileSync(file, `\uFEFF${fs.readFileSync(file, 'utf8')}`);
    expect(fs.readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    // The boot's and the CLI's fast path reads it as well as conf does.
    expect(readSettingsData(dir)?.data.profiles).toEqual([{ id: 'p1', label: 'Work', authKind: 'token' }]);
    const { settings, recovered } = openInDir(dir, () => at);
    expect(recovered).toBeNull();
    expect(fs.readdirSync(dir).filter((name) => name.includes('corrupt'))).toEqual([]);
    expect(settings.listProfiles()).toEqual([{ id: 'p1', label: 'Work', authKind: 'token' }]);
    expect(settings.getPreferences().theme).toBe('dark');
    // The next write leaves plain JSON behind.
    settings.updatePreferences({ theme: 'light' });
    expect(readSettingsFile(dir)).toMatchObject({ theme: 'light', profiles: [{ id: 'p1' }] });
  });

  it('never overwrites an earlier backup', () => {
    writeFile('not json');
    const first = openInDir(dir, () => at).recovered;
    writeFile('still not json');
    const second = openInDir(dir, () => at).recovered;
    expect(second?.backupPath).not.toBe(first?.backupPath);
    expect(fs.readFileSync(first?.backupPath ?? '', 'utf8')).toBe('not json');
    expect(fs.readFileSync(second?.backupPath ?? '', 'utf8')).toBe('still not json');
  });

  it('does not quote the corrupt file in the report', () => {
    writeFile('{"profiles":[{"id":"p1","label":"x","authKind":"token","email":"secret-person@example.com"}');
    const { recovered } = openInDir(dir, () => at);
    expect(recovered?.reason).toBe('invalid-json');
    expect(JSON.stringify(recovered)).not.toContain('secret-person');
  });

  it('rethrows failures that are not corruption, and moves nothing aside', () => {
    // A directory where the file should be: an I/O error (EISDIR), not a corrupt file to discard.
    fs.mkdirSync(path.join(dir, 'config.json'));
    expect(() => openInDir(dir)).toThrow(/EISDIR|illegal operation on a directory/);
    expect(fs.readdirSync(dir)).toEqual(['config.json']);
  });
});
