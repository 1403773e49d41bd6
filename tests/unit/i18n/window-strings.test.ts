import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';
import { createTranslator } from '../../../electron/shared/i18n/translate';
import { unreadableSummary } from '../../../electron/shared/unreadable-invites';
import { messageParts } from '../../../src/lib/message-parts';
import { LANGUAGES } from '../../../electron/shared/types';

describe('window strings: sign-in, accounts, unreadable invitations', () => {
  it('the window’s English unreadable line is the CLI’s, word for word', () => {
    const { t } = createTranslator('en', CATALOGUES.en);
    for (const count of [1, 2, 21]) expect(t('invites.unreadable', { count })).toBe(unreadableSummary(count));
  });

  it('counts unreadable invitations in each language’s plural forms', () => {
    const say = (language: 'de' | 'fr' | 'ja', count: number) =>
      createTranslator(language, CATALOGUES[language]).t('invites.unreadable', { count });
    expect(say('de', 1)).toBe('1 Einladung konnte nicht gelesen werden – bitte Invitray aktualisieren');
    expect(say('de', 5)).toBe('5 Einladungen konnten nicht gelesen werden – bitte Invitray aktualisieren');
    expect(say('fr', 1)).toBe('1 invitation n’a pas pu être lue — mettez Invitray à jour');
    expect(say('fr', 2)).toBe('2 invitations n’ont pas pu être lues — mettez Invitray à jour');
    expect(say('ja', 21)).toBe('21 件の招待を読み取れませんでした。Invitray を更新してください');
  });

  it('every language places the permissions and the link in its token hint, and the link in its key hint', () => {
    for (const language of LANGUAGES) {
      const { t } = createTranslator(language, CATALOGUES[language]);
      const slots = (key: 'account.tokenHint' | 'account.keyHint') =>
        messageParts(t(key)).flatMap((part) => ('slot' in part ? [part.slot] : []));
      expect(slots('account.tokenHint'), language).toEqual(['permissions', 'link']);
      expect(slots('account.keyHint'), language).toEqual(['link']);
    }
  });
});
