import { describe, expect, it } from 'vitest';
import { createSessionKeychain } from '../../../electron/main/core/app';

describe('session keychain (demo mode)', () => {
  it('keeps credentials per profile for this run only', async () => {
    const keychain = createSessionKeychain();
    const credential = { kind: 'token' as const, token: 'demo-token-0123456789abcdef' };
    expect(await keychain.get('p1')).toBeNull();
    await keychain.set('p1', credential);
    credential.token = 'changed by the caller afterwards';
    expect(await keychain.get('p1')).toEqual({ kind: 'token', token: 'demo-token-0123456789abcdef' });
    expect(await createSessionKeychain().get('p1')).toBeNull();
    expect(await keychain.delete('p1')).toBe(true);
    expect(await keychain.delete('p1')).toBe(false);
    expect(await keychain.get('p1')).toBeNull();
  });

  it('refuses ids a profile could not have', async () => {
    const keychain = createSessionKeychain();
    await expect(keychain.get('../x')).rejects.toMatchObject({ info: { kind: 'invalid-request' } });
  });
});
