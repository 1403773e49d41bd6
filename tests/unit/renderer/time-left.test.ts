import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';
import { createTranslator } from '../../../electron/shared/i18n/translate';
import { createFormatters } from '../../../src/lib/format';
import { ALL_ACCOUNTS, groupInvites } from '../../../src/lib/invites';
import type { AppSnapshot, Invite } from '../../../electron/shared/types';
import { makeInvite } from '../sync/support/invites';

// Issue 22: an invitation's last day on the card, as a countdown to the minute.

const NOW = Date.UTC(2026, 2, 4, 12, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('timeLeft', () => {
  it('counts hours and minutes, rounding the minutes up (an invitation never has less than it says)', () => {
    const english = createFormatters('en-US');
    expect(english.timeLeft(NOW + 5 * HOUR + 29 * MINUTE + 1, NOW)).toBe('5 hr 30 min');
    expect(english.timeLeft(NOW + 20 * HOUR, NOW)).toBe('20 hr');
    expect(english.timeLeft(NOW + 59 * MINUTE, NOW)).toBe('59 min');
    expect(english.timeLeft(NOW + 1, NOW)).toBe('1 min');
    expect(english.timeLeft(NOW - MINUTE, NOW)).toBe('0 min');
  });

  it('says the same before and after Intl is loaded in English, and follows the locale elsewhere', () => {
    const english = createFormatters('en-US');
    const cheap = english.timeLeft(NOW + 5 * HOUR + 7 * MINUTE, NOW);
    english.warmUp();
    expect(english.timeLeft(NOW + 5 * HOUR + 7 * MINUTE, NOW)).toBe(cheap);
    expect(createFormatters('de').timeLeft(NOW + 5 * HOUR + 7 * MINUTE, NOW)).toBe('5 Std. 7 Min.');
    expect(createFormatters('ja').timeLeft(NOW + 5 * HOUR, NOW)).toBe('5 時間');
  });
});

describe('"{time} left" agrees with what it counts', () => {
  const cardLine = (language: 'es' | 'pt-BR' | 'en', at: number) => {
    const format = createFormatters(language);
    const { t } = createTranslator(language, CATALOGUES[language]);
    return t('card.timeLeft', { time: format.timeLeft(at, NOW), count: format.timeLeftCount(at, NOW) });
  };

  it('one minute or one hour is singular in Spanish and Portuguese; anything else plural', () => {
    expect(cardLine('es', NOW + MINUTE)).toBe('queda 1 min');
    expect(cardLine('es', NOW + HOUR)).toBe('queda 1 h');
    expect(cardLine('es', NOW + 2 * MINUTE)).toBe('quedan 2 min');
    expect(cardLine('es', NOW + HOUR + 5 * MINUTE)).toBe('quedan 1 h 5 min');
    expect(cardLine('pt-BR', NOW + MINUTE)).toBe('falta 1 min');
    expect(cardLine('pt-BR', NOW + 3 * HOUR)).toBe('faltam 3 h');
    expect(cardLine('en', NOW + MINUTE)).toBe('1 min left');
  });
});

describe('the window’s last day', () => {
  const invite = (id: string, expiresAt: number): Invite =>
    makeInvite(id, { expires_on: new Date(expiresAt).toISOString() });
  const snap = (invites: Invite[]): AppSnapshot => ({
    pendingCount: invites.length,
    at: NOW,
    profiles: [
      {
        profile: { id: 'p1', label: 'Work', authKind: 'token' },
        invites,
        unreadableCount: 0,
        pendingCount: invites.length,
        lastSuccessAt: NOW,
        error: null,
        nextRetryAt: null,
        syncing: false,
        responding: {},
        respondErrors: {},
      },
    ],
  });

  it('starts at the 24 h mark itself, the moment the tray turns urgent', () => {
    const [entry] = groupInvites(snap([invite('a', NOW + 24 * HOUR)]), ALL_ACCOUNTS, NOW).pending;
    expect(entry?.expiringSoon).toBe(true);
    const [before] = groupInvites(snap([invite('a', NOW + 24 * HOUR + 1)]), ALL_ACCOUNTS, NOW).pending;
    expect(before?.expiringSoon).toBe(false);
  });

  it('puts urgent invitations first, across accounts', () => {
    const pending = groupInvites(
      snap([invite('week', NOW + 7 * 24 * HOUR), invite('late', NOW + HOUR), invite('day', NOW + 20 * HOUR)]),
      ALL_ACCOUNTS,
      NOW,
    ).pending;
    expect(pending.map((entry) => [entry.invite.id, entry.expiringSoon])).toEqual([
      ['late', true],
      ['day', true],
      ['week', false],
    ]);
  });
});
