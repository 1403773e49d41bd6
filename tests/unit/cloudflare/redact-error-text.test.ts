import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../electron/shared/i18n/catalogues';
import { errorAdvice } from '../../../electron/shared/i18n/error-text';
import { credentialSecrets } from '../../../electron/main/core/cloudflare/credential-forms';
import { redactAppError } from '../../../electron/main/core/cloudflare/redact-errors';
import { AppError, sentence } from '../../../electron/main/core/errors';
import { redactOutbound } from '../../../electron/main/core/ipc/outbound-redaction';

// An error's catalogue sentences carry values (a URL, Cloudflare's or the OS's wording): they
// are redacted like its message, so no language shows the credential a server echoed.

const TOKEN = 'invitray+echo/test=token~with.odd_chars1';
const SECRETS = credentialSecrets({ kind: 'token', token: TOKEN });

describe('redaction of an error’s catalogue sentences', () => {
  it('the API client’s redaction removes the credential from every value, keeps the keys', () => {
    const echoed = new AppError(
      'invalid-response',
      sentence('error.invalidResponse', { detail: `saw ${TOKEN}` }),
    );
    expect(inspect(echoed.info, { depth: null })).toContain(TOKEN);
    const redacted = redactAppError(echoed, SECRETS) as AppError;
    expect(inspect(redacted.info, { depth: null })).not.toContain(TOKEN);
    expect(redacted.info.text?.[0]?.id).toBe('error.invalidResponse');
    expect(redacted.info.message).toBe(errorAdvice(redacted.info, translatorFor('en')));
    for (const language of ['de', 'ja'] as const) {
      const shown = errorAdvice(redacted.info, translatorFor(language));
      expect(shown).not.toContain(TOKEN);
      expect(shown).toContain('[redacted]');
    }
  });

  it('the last line before the window redacts a secret-shaped value that got this far', () => {
    const bearer = 'Bearer abcdefghijklmnopqrstuvwxyz0123456789ABCD';
    const info = new AppError('server-error', sentence('error.unexpectedDetail', { detail: bearer })).info;
    const outbound = redactOutbound(info);
    expect(JSON.stringify(outbound)).not.toContain('abcdefghijklmnopqrstuvwxyz0123456789ABCD');
    expect(outbound.text?.[0]?.id).toBe('error.unexpectedDetail');
    expect(errorAdvice(outbound, translatorFor('de'))).toBe('Unerwarteter Fehler: Bearer [redacted]');
  });
});
