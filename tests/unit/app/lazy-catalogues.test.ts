// Main loads a language's catalogue when it is about to speak it (issue 21 item 6: the five
// non-English catalogues were ~110 KB compiled before the first tray image): at boot for the
// language asked for (shell), and here, before Settings switches. One that cannot be loaded
// leaves the app speaking English, and says so in the log.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSettings } from '../../../electron/main/core/accounts/open-settings';
import { createInvitrayCore, createSessionKeychain } from '../../../electron/main/core/app';
import type { InvitrayCore } from '../../../electron/main/core/app';
import { createLazyCatalogues } from '../../../electron/main/core/app/lazy-catalogues';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import type { CatalogueSource } from '../../../electron/shared/i18n/catalogue';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

async function coreWith(
  catalogues: CatalogueSource,
): Promise<{ core: InvitrayCore; warn: ReturnType<typeof vi.fn> }> {
  const dir = await mkdtemp(join(tmpdir(), 'invitray-catalogues-'));
  const { settings } = openSettings({ cwd: dir, createStore: (options) => new Conf(options) });
  const warn = vi.fn();
  const core = createInvitrayCore({
    catalogues,
    settings,
    keychain: createSessionKeychain(),
    createApi: createCloudflareApi,
    apiBaseUrl: 'http://127.0.0.1:9/client/v4',
    platform: 'linux',
    systemLanguages: ['en-US'],
    appInfo: { version: '0.0.0-test', platform: 'linux', demo: false },
    openExternal: () => undefined,
    openLogs: () => undefined,
    hideWindow: () => undefined,
    quit: () => undefined,
    log: { info: () => undefined, warn, error: () => undefined },
  });
  cleanup = async () => {
    await core.stop();
    await rm(dir, { recursive: true, force: true });
  };
  return { core, warn };
}

describe('catalogues loaded on demand', () => {
  it('has English at once, and loads another once, when asked', async () => {
    const catalogues = createLazyCatalogues();
    expect(catalogues.get('en')).toBe(CATALOGUES.en);
    expect(catalogues.get('de')).toBeUndefined();
    const [first, second] = await Promise.all([catalogues.load('de'), catalogues.load('de')]);
    expect(first).toBe(second);
    expect(first).toEqual(CATALOGUES.de);
    expect(catalogues.get('de')).toBe(first);
    expect(catalogues.get('ja')).toBeUndefined();
  });

  it('Settings switching to German: the tray speaks German once the update has resolved', async () => {
    const { core } = await coreWith(createLazyCatalogues());
    expect(core.trayView().tooltip).toBe('Invitray — not signed in');
    await core.updatePreferences({ language: 'de' });
    expect(core.trayView().tooltip).toBe('Invitray — nicht angemeldet');
    expect(core.appInfo().language).toBe('de');
  });

  it('a catalogue that cannot be loaded: the setting is kept, the app speaks English and logs why', async () => {
    const lazy = createLazyCatalogues();
    const broken: CatalogueSource = {
      get: (language) => lazy.get(language),
      load: (language) =>
        language === 'fr' ? Promise.reject(new Error('ENOENT: fr chunk missing')) : lazy.load(language),
    };
    const { core, warn } = await coreWith(broken);
    const preferences = await core.updatePreferences({ language: 'fr' });
    expect(preferences.language).toBe('fr');
    expect(core.trayView().tooltip).toBe('Invitray — not signed in');
    expect(core.appInfo().language).toBe('en');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('fr catalogue could not be loaded (Error)'));
  });

  it('two quick switches: the one asked for last is kept, though its catalogue was ready first', async () => {
    // A <select> moved with the arrow keys sends one update per step. German is loaded (spoken
    // before), Japanese is not: its update waits for its chunk while German's has nothing to wait for.
    const catalogues = createLazyCatalogues();
    await catalogues.load('de');
    const { core } = await coreWith(catalogues);
    const first = core.updatePreferences({ language: 'ja' });
    const last = core.updatePreferences({ language: 'de' });
    await Promise.all([first, last]);
    expect((await last).language).toBe('de');
    expect(core.appInfo().language).toBe('de');
    expect(core.trayView().tooltip).toBe('Invitray — nicht angemeldet');
  });
});
