import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/main/core/errors';
import { SETTINGS_FORMAT_VERSION } from '../../../electron/main/core/accounts/settings-schema';
import { makeTempDir, openInDir, readSettingsFile, removeDir } from '../../support/settings-helpers';

// Shortcut, sound, quiet hours and language preferences, through real conf files.

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  removeDir(dir);
});

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError');
}

describe('feature preferences in the settings file', () => {
  it('migrates a 0.1.0 file: its preferences stay, the new ones get their defaults', () => {
    const old = {
      pollIntervalMinutes: 15,
      notificationsEnabled: false,
      expiringReminder: true,
      notificationClick: 'open',
      startAtLogin: false,
      showCountInTray: true,
      theme: 'dark',
      apiBaseUrl: null,
      profiles: [],
      notifiedInviteIds: ['a1'],
      remindedInviteIds: [],
      __internal__: { migrations: { version: '0.1.0' } },
    };
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(old));
    const { settings, recovered } = openInDir(dir);
    expect(recovered).toBeNull();
    expect(settings.getPreferences()).toMatchObject({
      pollIntervalMinutes: 15,
      notificationsEnabled: false,
      theme: 'dark',
      globalShortcut: 'CommandOrControl+Alt+Shift+Y',
      notificationSound: true,
      quietHours: { enabled: false, from: '22:00', to: '07:00' },
      language: 'system',
    });
    const file = readSettingsFile(dir);
    expect(file.__internal__).toEqual({ migrations: { version: SETTINGS_FORMAT_VERSION } });
    expect(file.notifiedInviteIds).toEqual(['a1']);
    expect(file.quietHours).toEqual({ enabled: false, from: '22:00', to: '07:00' });
  });

  it('opens a file written before issue 22 with both last-chance settings on and nobody reminded', () => {
    const { settings } = openInDir(dir);
    settings.updatePreferences({ expiringReminder: false });
    const file = readSettingsFile(dir);
    delete file.lastChanceReminder;
    delete file.lastChanceThroughQuietHours;
    delete file.lastChanceInviteIds;
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(file));
    const reopened = openInDir(dir);
    expect(reopened.recovered).toBeNull();
    expect(reopened.settings.getPreferences()).toMatchObject({
      expiringReminder: false,
      lastChanceReminder: true,
      lastChanceThroughQuietHours: true,
    });
    expect(reopened.settings.hasHadLastChance('a1')).toBe(false);
    reopened.settings.addLastChance('a1');
    expect(openInDir(dir).settings.hasHadLastChance('a1')).toBe(true);
  });

  it('refuses a last-chance setting that is not a boolean, and keeps the old value', () => {
    const { settings } = openInDir(dir);
    for (const value of ['true', 1, null, {}]) {
      expect(() => settings.updatePreferences({ lastChanceThroughQuietHours: value })).toThrow(
        /Invalid settings/,
      );
    }
    expect(settings.updatePreferences({ lastChanceReminder: false }).lastChanceReminder).toBe(false);
    expect(openInDir(dir).settings.getPreferences().lastChanceThroughQuietHours).toBe(true);
  });

  it('stores the shortcut in canonical spelling, and keeps it while turned off, across instances', () => {
    const first = openInDir(dir).settings;
    expect(first.updatePreferences({ globalShortcut: 'ctrl+shift+alt+k' }).globalShortcut).toBe(
      'Control+Alt+Shift+K',
    );
    expect(openInDir(dir).settings.getPreferences().globalShortcut).toBe('Control+Alt+Shift+K');
    first.updatePreferences({ globalShortcutEnabled: false });
    expect(openInDir(dir).settings.getPreferences()).toMatchObject({
      globalShortcutEnabled: false,
      globalShortcut: 'Control+Alt+Shift+K',
    });
  });

  it('refuses a shortcut that would steal typing or a common binding, and keeps the old one', () => {
    const { settings } = openInDir(dir);
    for (const bad of ['', 'Shift+A', 'CommandOrControl+C', 'CommandOrControl+Shift+I', 'Ctrl+Alt+Nope']) {
      const error = refusal(() => settings.updatePreferences({ globalShortcut: bad }));
      expect(error.kind).toBe('invalid-request');
      expect(error.message.length).toBeGreaterThan(10);
    }
    expect(settings.getPreferences().globalShortcut).toBe('CommandOrControl+Alt+Shift+Y');
  });

  it('keeps quiet hours that wrap midnight, refuses equal or malformed times, and the language', () => {
    const { settings } = openInDir(dir);
    settings.updatePreferences({ quietHours: { enabled: true, from: '23:30', to: '06:15' } });
    settings.updatePreferences({ notificationSound: false, language: 'pt-BR' });
    expect(openInDir(dir).settings.getPreferences()).toMatchObject({
      quietHours: { enabled: true, from: '23:30', to: '06:15' },
      notificationSound: false,
      language: 'pt-BR',
    });
    expect(
      refusal(() => settings.updatePreferences({ quietHours: { enabled: true, from: '08:00', to: '08:00' } }))
        .kind,
    ).toBe('invalid-request');
    expect(
      refusal(() => settings.updatePreferences({ quietHours: { enabled: true, from: '24:00', to: '08:00' } }))
        .kind,
    ).toBe('invalid-request');
    expect(refusal(() => settings.updatePreferences({ language: 'xx' })).kind).toBe('invalid-request');
    expect(settings.getPreferences().quietHours).toEqual({ enabled: true, from: '23:30', to: '06:15' });
  });
});
