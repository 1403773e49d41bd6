// The OS's language reaches the tray through the real boot list (issue 12): the double reports
// the user's preferred languages (app.getPreferredSystemLanguages, app.getLocale) and the
// tray's tooltip and menu, as Electron received them, speak that language on every platform.
// Expected text comes from the catalogues themselves, so a revised translation keeps this true.
import { afterEach, describe, expect, test } from 'vitest';
import { de } from '../../electron/shared/i18n/de';
import { en } from '../../electron/shared/i18n/en';
import { ja } from '../../electron/shared/i18n/ja';
import { createTranslator } from '../../electron/shared/i18n/translate';
import type { Catalogue } from '../../electron/shared/i18n/catalogue';
import type { Language } from '../../electron/shared/types';
import { waitForPending } from '../journeys/driver';
import { PLATFORMS, ROOT, bootDemo, type BootedApp } from './boot-runner';
import { appInfo, trayText } from './shell-probes';

const TIMEOUT_MS = 90_000;
const CASES: { system: string[]; language: Language; catalogue: Catalogue }[] = [
  { system: ['de-DE'], language: 'de', catalogue: de },
  { system: ['ja-JP'], language: 'ja', catalogue: ja },
];
// Menu items every signed-in tray menu has, whatever the invitations.
const FIXED_ITEMS = ['tray.refresh', 'tray.open', 'tray.settings', 'tray.quit'] as const;

let booted: BootedApp | null = null;
afterEach(async () => {
  await booted?.app.close();
  booted = null;
});

describe.each(PLATFORMS)('%s', (platform) => {
  test.each(CASES)(
    'preferred languages $system: tray tooltip and menu in $language',
    async ({ system, language, catalogue }) => {
      booted = await bootDemo(platform, { kind: 'dir', path: ROOT }, { preferredSystemLanguages: system });
      const snap = await waitForPending(booted.driver.main);
      const { tooltip, labels } = await trayText(booted.app);
      const t = createTranslator(language, catalogue).t;
      const english = createTranslator('en', en).t;

      expect((await appInfo(booted.app)).language).toBe(language);
      expect(tooltip).toContain(t('tray.pending', { count: snap.pendingCount }));
      expect(tooltip).not.toContain(english('tray.pending', { count: snap.pendingCount }));
      for (const key of FIXED_ITEMS) {
        expect(labels).toContain(t(key));
        expect(labels).not.toContain(english(key));
      }
    },
    TIMEOUT_MS,
  );
});
