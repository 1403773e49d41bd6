import { describe, expect, it } from 'vitest';
import { CATALOGUES, ENGLISH, translatorFor } from '../../../electron/shared/i18n/catalogues';
import type { MessageKey } from '../../../electron/shared/i18n/catalogue';
import { en } from '../../../electron/shared/i18n/en';
import { errorAdvice, errorTitle } from '../../../electron/shared/i18n/error-text';
import { ERROR_KINDS, LANGUAGES, type ErrorInfo } from '../../../electron/shared/types';
import { keychainUnavailable } from '../../../electron/main/core/accounts/keychain-errors';
import { mapHttpFailure, mapTransportFailure } from '../../../electron/main/core/cloudflare/error-map';
import { toErrorInfo } from '../../../electron/main/core/errors';
import {
  LOGIN_ITEM_APPROVAL_NOTICE,
  notificationsUnavailableNotice,
} from '../../../electron/main/core/app/notices';
import { checkAnswerable } from '../../../electron/main/core/sync/respond';

// What main tells the user about failures and the system, in every language: a headline per
// error kind, advice per cause, the system notices. Main puts catalogue sentences on each
// error (ErrorInfo.text); its English `message` (CLI, logs) is the same sentences in English.

const MAIN_PREFIXES = ['problem.', 'error.', 'notice.', 'banner.', 'org.', 'tray.update'];
const mainKeys = (Object.keys(en) as MessageKey[]).filter((key) =>
  MAIN_PREFIXES.some((prefix) => key.startsWith(prefix)),
);
const forms = (message: unknown): string[] =>
  typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const ctx = { operation: 'list-invites', credentialKind: 'token', nowMs: 0 } as const;
/** Errors as main makes them, one or more per kind. */
const MADE: ErrorInfo[] = [
  mapHttpFailure(
    401,
    { success: false, errors: [{ code: 10000, message: 'Authentication error' }] },
    null,
    ctx,
  ).info,
  mapHttpFailure(403, {}, null, { ...ctx, operation: 'respond' }).info,
  mapHttpFailure(403, {}, null, { ...ctx, credentialKind: 'global-key' }).info,
  mapHttpFailure(404, {}, null, { ...ctx, operation: 'respond' }).info,
  mapHttpFailure(429, {}, '120', ctx).info,
  mapHttpFailure(503, {}, null, ctx).info,
  mapHttpFailure(400, {}, null, ctx).info,
  mapTransportFailure('timeout', 15_000, new Error('timeout')).info,
  mapTransportFailure('network', 15_000, Object.assign(new Error('x'), { code: 'ENOTFOUND' })).info,
  keychainUnavailable('read', new Error('No such interface “org.freedesktop.Secret”'), 'linux').info,
  toErrorInfo(new Error('boom')),
];

describe('main’s texts in every language', () => {
  it('covers every key main uses', () => {
    expect(mainKeys.length).toBeGreaterThanOrEqual(89);
    for (const kind of ERROR_KINDS) expect(mainKeys).toContain(`problem.${kind}`);
  });

  for (const language of LANGUAGES.filter((code) => code !== 'en')) {
    it(`${language}: every headline, advice and notice is translated, with English’s placeholders`, () => {
      const catalogue = CATALOGUES[language];
      const untranslated = mainKeys.filter(
        (key) => JSON.stringify(catalogue[key]) === JSON.stringify(en[key]),
      );
      expect(untranslated).toEqual([]);
      for (const key of mainKeys) {
        const english = placeholders(forms(en[key]).at(-1) ?? '');
        for (const form of forms(catalogue[key])) {
          expect(placeholders(form), `${language} ${key}: ${form}`).toEqual(english);
          expect(form.trim(), `${language} ${key}`).not.toBe('');
        }
      }
    });

    it(`${language}: each kind has its own headline, and each error made by main reads in ${language}`, () => {
      const translator = translatorFor(language);
      const titles = ERROR_KINDS.map((kind) => errorTitle(kind, translator));
      expect(new Set(titles).size).toBe(ERROR_KINDS.length);
      for (const [index, kind] of ERROR_KINDS.entries()) {
        expect(titles[index], kind).not.toBe(errorTitle(kind, ENGLISH));
      }
      for (const error of MADE) {
        const advice = errorAdvice(error, translator);
        expect(advice, error.message).not.toBe(error.message);
        expect(advice, error.message).not.toMatch(/\{\w+\}/);
      }
    });
  }

  it('main’s English message is its sentences in English, word for word', () => {
    for (const error of MADE) {
      expect(error.text?.length, error.message).toBeGreaterThan(0);
      expect(errorAdvice(error, ENGLISH)).toBe(error.message);
    }
    const answered = checkAnswerable(
      {
        serverInvites: [
          {
            id: 'a1',
            organization_id: 'o1',
            invited_member_id: null,
            status: 'accepted',
            effective_status: 'accepted',
          },
        ],
      } as never,
      'a1',
      0,
    );
    expect(answered?.info.message).toBe('You already accepted this invitation.');
    expect(errorAdvice(answered!.info, translatorFor('de'))).toBe(
      'Sie haben diese Einladung bereits angenommen.',
    );
  });

  it('counts and values are written the language’s way: minutes, HTTP status, the OS’s own detail', () => {
    const limited = MADE[4]!;
    expect(errorAdvice(limited, ENGLISH)).toContain('in about 2 minutes');
    expect(errorAdvice(limited, translatorFor('de'))).toContain('in etwa 2 Minuten erneut');
    expect(errorAdvice(limited, translatorFor('ja'))).toContain('約 2 分後');
    expect(errorAdvice(MADE[5]!, translatorFor('fr'))).toContain('(HTTP 503)');
    const keychain = errorAdvice(MADE[9]!, translatorFor('de'));
    expect(keychain).toContain('(No such interface “org.freedesktop.Secret”)');
    expect(keychain).toContain('D-Bus-Sitzung');
    // Japanese sentences follow each other without a space.
    expect(errorAdvice(MADE[9]!, translatorFor('ja'))).toMatch(/。[^\s]/);
  });

  it('system notices are keys with a text in every language', () => {
    const notices = [
      ...['darwin', 'win32', 'linux'].map((platform) => notificationsUnavailableNotice(platform)),
      LOGIN_ITEM_APPROVAL_NOTICE,
    ];
    for (const language of LANGUAGES) {
      const { t } = translatorFor(language);
      for (const notice of notices) {
        expect(t(notice.text)).not.toBe('');
        if (language !== 'en') expect(t(notice.text)).not.toBe(ENGLISH.t(notice.text));
      }
    }
    expect(ENGLISH.t(notificationsUnavailableNotice('darwin').text)).toMatch(/install a signed release/);
    expect(translatorFor('de').t(notificationsUnavailableNotice('darwin').text)).toMatch(
      /Systemeinstellungen → Mitteilungen/,
    );
  });
});
