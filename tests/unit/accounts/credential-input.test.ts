// A credential is checked by the form its `kind` names (core/accounts/accounts.ts), not through
// the union of both forms, so a token sign-in never builds the email check (issue 21 item 6: the
// demo boot spent ~5 ms building it). What is accepted and what the refusal names must be
// exactly what the union gives.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccounts, type Accounts } from '../../../electron/main/core/accounts/accounts';
import { openSettings } from '../../../electron/main/core/accounts/open-settings';
import { createSessionKeychain } from '../../../electron/main/core/app';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import { credentialInputSchema } from '../../../electron/shared/ipc-contract';
import { ENGLISH } from '../../../electron/shared/i18n/english';

const TOKEN = 'a'.repeat(40);
const KEY = 'b'.repeat(37);

let dir: string;
let accounts: Accounts;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'invitray-credential-'));
  const { settings } = openSettings({ cwd: dir, createStore: (options) => new Conf(options) });
  accounts = createAccounts({ settings, keychain: createSessionKeychain(), createApi: createCloudflareApi });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The refusal the union of both forms gives: the fields of its issues. */
function unionRefusal(input: unknown): string {
  const parsed = credentialInputSchema.safeParse(input);
  if (parsed.success) throw new Error('the union accepts it');
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'credential'))].join(
    ', ',
  );
  return ENGLISH.t('error.checkCredential', { fields });
}

describe('a credential checked by the form its kind names', () => {
  it.each([
    ['a token', { kind: 'token', token: `  ${TOKEN}  ` }],
    ['a Global API key', { kind: 'global-key', email: ' me@example.com ', key: KEY }],
  ])('accepts %s as the union does, trimmed', async (_case, input) => {
    const summary = await accounts.add({ credential: input }, { vouched: true });
    const stored = await accounts.credentialFor(summary.id);
    expect(stored).toEqual(credentialInputSchema.parse(input));
  });

  it.each([
    ['a short token', { kind: 'token', token: 'short' }],
    ['a token with a space inside', { kind: 'token', token: `${TOKEN.slice(0, 20)} ${TOKEN.slice(20)}` }],
    ['a token with a key field', { kind: 'token', token: TOKEN, key: KEY }],
    ['a key without email', { kind: 'global-key', key: KEY }],
    ['a key with a bad email and key', { kind: 'global-key', email: 'not an email', key: 'x' }],
    ['an unknown kind', { kind: 'password', token: TOKEN }],
    ['no kind', { token: TOKEN }],
    ['not an object', 'token'],
    ['null', null],
  ])('refuses %s naming the fields the union names', async (_case, input) => {
    await expect(accounts.add({ credential: input }, { vouched: true })).rejects.toThrow(unionRefusal(input));
    expect(accounts.list()).toEqual([]);
  });
});
