import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { credentialSecrets } from '../../../electron/main/core/cloudflare/credential-forms';
import { redactAppError, withRedactedErrors } from '../../../electron/main/core/cloudflare/redact-errors';
import { AppError } from '../../../electron/main/core/errors';

const TOKEN = 'invitray+echo/test=token~with.odd_chars1';
const SECRETS = credentialSecrets({ kind: 'token', token: TOKEN });
const leaks = (value: unknown) => inspect(value, { depth: null, showHidden: true }).includes(TOKEN);

function echoing(): AppError {
  const chained = Object.assign(new Error(`socket said ${TOKEN}`), { headers: { authorization: TOKEN } });
  const inner = new AppError('offline', `inner ${TOKEN}`, { cause: chained });
  return new AppError('bad-credentials', `Token ${TOKEN} refused`, {
    status: 401,
    retryAt: 5,
    cloudflareErrors: [
      {
        code: 6003,
        message: `bad ${TOKEN}`,
        documentation_url: `https://example.com/?t=${encodeURIComponent(TOKEN)}`,
        source: { pointer: `/headers/${TOKEN}` },
      },
    ],
    cause: inner,
  });
}

describe('redactAppError', () => {
  it('redacts message, stack, every Cloudflare field and the whole cause chain; keeps kind, status, retryAt', () => {
    const original = echoing();
    expect(leaks(original)).toBe(true);
    const redacted = redactAppError(original, SECRETS) as AppError;
    expect(redacted).toBeInstanceOf(AppError);
    expect(leaks(redacted)).toBe(false);
    expect(redacted.info).toEqual({
      kind: 'bad-credentials',
      message: 'Token [redacted] refused',
      status: 401,
      retryAt: 5,
      cloudflareErrors: [
        {
          code: 6003,
          message: 'bad [redacted]',
          documentation_url: 'https://example.com/?t=[redacted]',
          source: { pointer: '/headers/[redacted]' },
        },
      ],
    });
    expect((redacted.cause as AppError).kind).toBe('offline');
    // The original is left as it was.
    expect(original.message).toContain(TOKEN);
  });

  it('redacts something that is not an AppError without making it one', () => {
    const redacted = redactAppError(new TypeError(`oops ${TOKEN}`), SECRETS);
    expect(redacted).toBeInstanceOf(Error);
    expect(redacted).not.toBeInstanceOf(AppError);
    expect(leaks(redacted)).toBe(false);
    expect(redactAppError(`thrown ${TOKEN}`, SECRETS)).toBe('thrown [redacted]');
  });
});

describe('withRedactedErrors', () => {
  it('wraps every method, whether it rejects or throws, and passes results and arguments through', async () => {
    const api = {
      rejects: async () => Promise.reject(echoing()),
      throws: (() => {
        throw echoing();
      }) as () => Promise<never>,
      async bug() {
        return Promise.reject(new Error(TOKEN));
      },
      echo: async (value: string) => Promise.resolve(`ok ${value}`),
    };
    const wrapped = withRedactedErrors(api, SECRETS);
    expect(Object.keys(wrapped)).toEqual(Object.keys(api));
    for (const name of ['rejects', 'throws', 'bug'] as const) {
      const error: unknown = await wrapped[name]().catch((caught: unknown) => caught);
      expect(error, name).toBeInstanceOf(Error);
      expect(leaks(error), name).toBe(false);
    }
    // Results are data, not errors: passed through untouched.
    expect(await wrapped.echo('x')).toBe('ok x');
  });
});
