import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettingsStore } from '../../../electron/main/shell/settings-store';
import { recordingLog } from './fakes';

// electron-store is conf plus Electron's default paths; conf stands in for it here (same
// engine, same options), since importing electron-store would import electron.
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'invitray-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openSettingsStore', () => {
  it('creates config.json in the userData directory with the core schema and defaults', async () => {
    const log = recordingLog();
    const { settings, store } = openSettingsStore(Conf, dir, log);
    expect(store.path).toBe(join(dir, 'config.json'));
    expect(settings.getPreferences()).toMatchObject({ pollIntervalMinutes: 5, notificationClick: 'accept' });
    settings.updatePreferences({ theme: 'dark' });
    expect(JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'))).toMatchObject({ theme: 'dark' });
    expect(log.lines).toEqual([]);
  });

  it('moves a corrupt file aside, starts from defaults and says so in the log', async () => {
    await writeFile(join(dir, 'config.json'), '{ not json');
    const log = recordingLog();
    const { settings } = openSettingsStore(Conf, dir, log);
    expect(settings.getPreferences().pollIntervalMinutes).toBe(5);
    expect((await readdir(dir)).some((name) => name.startsWith('config.json.corrupt-'))).toBe(true);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]!.message).toMatch(/unreadable \(invalid-json\)/);
  });
});
