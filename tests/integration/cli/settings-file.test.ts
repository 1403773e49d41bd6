import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/main/cli/cli-io';
import { runCli } from '../../../electron/main/cli/run-cli';
import { readSettingsSnapshot } from '../../../electron/main/core/accounts/settings-without-conf';
import {
  defaultSettings,
  SETTINGS_FORMAT_VERSION,
} from '../../../electron/main/core/accounts/settings-schema';
import { makeTempDir, readSettingsFile, removeDir } from '../../support/settings-helpers';

// The CLI reads a sound settings file without conf for commands that only read it; every other
// file (corrupt, refused by the schema, an older format) must still go through conf as before.
// None of these commands reaches the keychain.

const profile = { id: 'p-1', label: 'Work', authKind: 'global-key', email: 'someone@example.com' };

let dir: string;
beforeEach(() => {
  dir = makeTempDir('invitray-cli-settings-');
});
afterEach(() => removeDir(dir));

const file = () => path.join(dir, 'config.json');
const writeFile = (text: string) => fs.writeFileSync(file(), text);
const soundFile = (changes: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      ...defaultSettings(),
      profiles: [profile],
      ...changes,
      __internal__: { migrations: { version: SETTINGS_FORMAT_VERSION } },
    },
    null,
    '\t',
  );

async function cli(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    readSecret: async () => '',
    confirm: async () => Promise.reject(new Error('the CLI asked a question this test did not expect')),
  };
  const code = await runCli(argv, io, { env: {}, configDir: dir, keychainService: 'unused' });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('the CLI and the settings file', () => {
  it('reads a sound file and leaves it untouched', async () => {
    const text = soundFile();
    writeFile(text);
    const before = fs.statSync(file()).mtimeMs;
    const result = await cli('profiles', '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual([
      { id: 'p-1', label: 'Work', authKind: 'global-key', maskedEmail: expect.stringContaining('@') },
    ]);
    expect(fs.readFileSync(file(), 'utf8')).toBe(text);
    expect(fs.statSync(file()).mtimeMs).toBe(before);
  });

  it('a sound file without accounts: list says to sign in, exit 2', async () => {
    writeFile(soundFile({ profiles: [] }));
    const result = await cli('list');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('invitray login');
  });

  it.each([
    ['not JSON', '{"profiles": ['],
    ['refused by the schema', soundFile({ pollIntervalMinutes: 0 })],
    ['a profile the schema refuses', soundFile({ profiles: [{ ...profile, id: 'a b' }] })],
  ])(
    'a file that is %s is set aside with a notice, and the command goes on from defaults',
    async (_name, text) => {
      writeFile(text);
      const result = await cli('profiles');
      expect(result.code).toBe(0);
      const notice = /^invitray: Settings file was unreadable and was set aside as (.+)\.$/.exec(
        result.stderr,
      );
      expect(notice).not.toBeNull();
      expect(fs.readFileSync(notice![1]!, 'utf8')).toBe(text);
      expect(result.stdout).toContain('No accounts');
      expect(readSettingsFile(dir)).toMatchObject({ profiles: [] });
    },
  );

  it('an older format is migrated, as the app would', async () => {
    const {
      globalShortcut: _s,
      language: _l,
      quietHours: _q,
      quietHeldInviteIds: _h,
      ...older
    } = defaultSettings();
    writeFile(
      JSON.stringify({ ...older, profiles: [profile], __internal__: { migrations: { version: '0.1.0' } } }),
    );
    const result = await cli('profiles');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Work');
    expect(readSettingsFile(dir)).toMatchObject({
      language: 'system',
      quietHeldInviteIds: [],
      __internal__: { migrations: { version: SETTINGS_FORMAT_VERSION } },
    });
  });

  it('a file read without conf refuses writes (only reading commands take that path)', () => {
    writeFile(soundFile());
    const snapshot = readSettingsSnapshot(dir);
    expect(snapshot?.get('profiles')).toEqual([profile]);
    expect(() => snapshot?.set({ profiles: [] })).toThrow(/reading only/);
  });
});
