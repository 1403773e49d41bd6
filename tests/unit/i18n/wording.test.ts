import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';
import { createTranslator } from '../../../electron/shared/i18n/translate';
import type { Message } from '../../../electron/shared/i18n/types';
import { LANGUAGES } from '../../../electron/shared/types';

// Wording a reviewer found wrong once (issue 20 item 13): each check reads the catalogue as
// the user meets it, so the same slip in a new message fails here too.

const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);
const all = (language: (typeof LANGUAGES)[number]) =>
  Object.entries(CATALOGUES[language]).flatMap(([key, message]) =>
    forms(message).map((form) => `${key}: ${form}`),
  );
/** The intervals Settings offers (PreferencesForm), and any other the settings file may hold. */
const INTERVALS = Array.from({ length: 60 }, (_, n) => n + 1);

describe('French', () => {
  const { t } = createTranslator('fr', CATALOGUES.fr);

  it('says how often it checks grammatically: « chaque minute », « toutes les 5 minutes »', () => {
    const lines = INTERVALS.map((count) => `${t('prefs.interval')} ${t('prefs.minutes', { count })}`);
    expect(lines[0]).toBe('Chercher des invitations chaque minute');
    expect(lines[4]).toBe('Chercher des invitations toutes les 5 minutes');
    expect(lines.filter((line) => /toutes les 1 minute|chaque \d/.test(line))).toEqual([]);
  });

  it('calls the tray « zone de notification », and macOS’s « barre des menus », never « barre des tâches »', () => {
    expect(all('fr').filter((line) => line.includes('barre des tâches'))).toEqual([]);
    expect(t('signin.intro')).toContain('zone de notification');
    expect(CATALOGUES.fr['notice.notificationsMac']).toContain('barre des menus');
  });

  it('writes the Global API key the way its own label does', () => {
    const label = CATALOGUES.fr['account.globalKey'].toLowerCase();
    const mentions = all('fr').filter((line) => /globale/.test(line) && /clé/i.test(line));
    expect(mentions.length).toBeGreaterThan(2);
    expect(mentions.filter((line) => !line.toLowerCase().includes(label))).toEqual([]);
  });
});

describe.each(LANGUAGES.filter((language) => language !== 'en'))('%s', (language) => {
  it('names the Global API key in its own words only, never Cloudflare’s English term', () => {
    expect(all(language).filter((line) => /global api key/i.test(line))).toEqual([]);
  });
});
