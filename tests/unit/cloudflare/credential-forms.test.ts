import { describe, expect, it } from 'vitest';
import {
  credentialRedactor,
  credentialSecrets,
  quotedForms,
} from '../../../electron/main/core/cloudflare/credential-forms';
import { createRng } from '../../integration/ipc/support/rng';

const TOKEN = 'invitray+echo/test=token~with.odd_chars1';
const KEY = '8b5e67acb4dfcacc46ed9e39cecdc9b4c048b';
const EMAIL = 'Demo.User@example.com';
const INVITE_ID = '9ce88802f07591e5ce0457ef51ece021';
const redactToken = credentialRedactor(credentialSecrets({ kind: 'token', token: TOKEN }));
const redactKey = credentialRedactor(credentialSecrets({ kind: 'global-key', email: EMAIL, key: KEY }));
const SEED = Number(process.env.INVITRAY_SEED ?? 0x14_5eed);
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** Whether what is left of a base64 text decodes, at any alignment, to 8 characters of either secret. */
function secretLeftIn(text: string): boolean {
  return text.split('[redacted]').some((part) =>
    [0, 1, 2, 3].some((skip) => {
      const decoded = Buffer.from(
        part.slice(skip).replace(/[-_]/g, (c) => (c === '-' ? '+' : '/')),
        'base64',
      ).toString('latin1');
      return [TOKEN, KEY].some((secret) =>
        Array.from({ length: secret.length - 7 }, (_, at) => secret.slice(at, at + 8)).some((run) =>
          decoded.includes(run),
        ),
      );
    }),
  );
}

describe('credentialRedactor', () => {
  it('redacts the secret raw, in any case and URL-encoded, and keeps the text around it', () => {
    for (const form of [
      TOKEN,
      TOKEN.toUpperCase(),
      encodeURIComponent(TOKEN),
      encodeURIComponent(TOKEN).toLowerCase(),
    ]) {
      expect(redactToken(`Invalid token "${form}" (code 6111)`)).toBe(
        'Invalid token "[redacted]" (code 6111)',
      );
    }
  });

  it('redacts base64 of the secret alone, URL-safe, and inside a pairing at each offset', () => {
    const cases: [(text: string) => string, string][] = [
      [redactToken, b64(TOKEN)],
      [redactToken, Buffer.from(TOKEN).toString('base64url')],
      [redactToken, b64(`Bearer ${TOKEN}`)],
      [redactToken, b64(`:${TOKEN}`)],
      [redactKey, b64(`${EMAIL}:${KEY}`)],
      [redactKey, b64(`${KEY}:${EMAIL}`)],
      [redactKey, b64(`x${KEY}`)],
      [redactKey, b64(`xy${KEY}`)],
    ];
    for (const [redact, text] of cases) {
      expect(secretLeftIn(text), 'the check itself sees the secret before redaction').toBe(true);
      const out = redact(`auth ${text} end`);
      expect(out, text).toContain('[redacted]');
      expect(secretLeftIn(out.slice(5, -4)), text).toBe(false);
    }
  });

  it(`finds the secret in base64 of random pairings (seed ${SEED}; rerun with INVITRAY_SEED)`, () => {
    const seed = SEED;
    const rng = createRng(seed);
    const random = () => rng.next();
    const alphabet = 'abcdefghijklmnopqrstuvwxyz:@. ';
    for (let round = 0; round < 200; round += 1) {
      const pad = (n: number) =>
        Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const plain = `${pad(Math.floor(random() * 20))}${KEY}${pad(Math.floor(random() * 20))}`;
      const encoded = random() < 0.5 ? b64(plain) : Buffer.from(plain).toString('base64url');
      const out = redactKey(encoded);
      expect(out, `seed ${seed}, ${plain}`).toContain('[redacted]');
      expect(secretLeftIn(out), `seed ${seed}, ${plain}`).toBe(false);
    }
  });

  it('redacts any run of 12 characters of the secret, and no shorter one', () => {
    expect(redactToken(`token ${TOKEN.slice(0, 12)}… rejected`)).toBe('token [redacted]… rejected');
    expect(redactToken(`…${TOKEN.slice(-12)}`)).toBe('…[redacted]');
    expect(redactKey(`key ${KEY.slice(5, 17).toUpperCase()}`)).toBe('key [redacted]');
    expect(redactToken(`token ${TOKEN.slice(0, 11)}…`)).toBe(`token ${TOKEN.slice(0, 11)}…`);
  });

  it('redacts the email of a Global API key login whole, in any case, not by fragments', () => {
    expect(redactKey(`user ${EMAIL.toLowerCase()} / ${encodeURIComponent(EMAIL)}`)).toBe(
      'user [redacted] / [redacted]',
    );
    expect(redactKey('invited by owner@example.com')).toBe('invited by owner@example.com');
  });

  it('leaves ordinary text and invitation ids alone', () => {
    const text = `Invitation ${INVITE_ID} not found (code 1003); see https://developers.cloudflare.com/api/`;
    expect(redactToken(text)).toBe(text);
    expect(redactKey(text)).toBe(text);
  });
});

describe('quotedForms', () => {
  it('skips forms too short to mean anything', () => {
    expect(quotedForms('ab')).toEqual([]);
    expect(quotedForms('abcd')).toContain('abcd');
  });
});
