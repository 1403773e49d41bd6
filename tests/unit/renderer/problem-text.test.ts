import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../electron/shared/i18n/catalogues';
import { mapHttpFailure } from '../../../electron/main/core/cloudflare/error-map';
import type { ErrorInfo } from '../../../electron/shared/types';
import { organisationName } from '../../../src/lib/invites';
import { adviceText, describeProblem } from '../../../src/lib/problems';

// The window renders an error by its kind (headline) and main's sentences (advice): it words
// nothing of its own, so a German window shows main's advice in German.

const limited = mapHttpFailure(429, {}, '60', {
  operation: 'list-invites',
  credentialKind: 'token',
  nowMs: 0,
}).info;

describe('a problem in the window’s language', () => {
  it('German headline and advice from main’s sentences', () => {
    const de = translatorFor('de');
    expect(describeProblem(limited, de)).toEqual({
      title: 'Von Cloudflare gedrosselt',
      action: 'none',
      tone: 'warning',
    });
    expect(adviceText(limited, de)).toBe(
      'Cloudflare begrenzt die Anfragen dieser Anmeldung. Invitray versucht es in etwa 1 Minute erneut.',
    );
  });

  it('an error main did not make (the window could not reach it) shows its own message', () => {
    const local: ErrorInfo = { kind: 'server-error', message: 'no main', cloudflareErrors: [] };
    expect(adviceText(local, translatorFor('ja'))).toBe('no main');
    expect(adviceText(limited, null)).toBe(limited.message);
  });

  it('an unnamed organisation in the window’s language', () => {
    const unnamed = {
      id: 'a',
      organization_id: 'o',
      invited_member_id: null,
      effective_status: 'pending',
    } as const;
    expect(organisationName(unnamed, translatorFor('ja'))).toBe('名前のない組織');
    expect(organisationName(unnamed, translatorFor('pt-BR'))).toBe('Organização sem nome');
  });
});
