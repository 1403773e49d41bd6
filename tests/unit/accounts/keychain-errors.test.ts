import { describe, expect, it } from 'vitest';
import { keychainAdvice, keychainUnavailable } from '../../../electron/main/core/accounts/keychain-errors';

describe('keychainUnavailable', () => {
  it('is a keychain-unavailable AppError with the OS detail and what to do', () => {
    const cause = new Error('Could not connect: No such file or directory');
    const error = keychainUnavailable('save', cause, 'linux');
    expect(error.kind).toBe('keychain-unavailable');
    expect(error.cause).toBe(cause);
    expect(error.info.cloudflareErrors).toEqual([]);
    expect(error.message).toBe(
      'Could not save the credential in the system keychain (Could not connect: No such file or directory). ' +
        keychainAdvice('linux'),
    );
    expect(error.message).toMatch(/GNOME Keyring or KWallet/);
  });

  it.each([
    ['darwin', /Keychain Access/],
    ['win32', /Credential Manager/],
    ['freebsd', /Secret Service/],
  ] as const)('gives %s-specific advice', (platform, advice) => {
    expect(keychainUnavailable('read', new Error('x'), platform).message).toMatch(advice);
  });

  it('says which operation failed and copes with non-Error causes', () => {
    expect(keychainUnavailable('load', 'boom', 'linux').message).toMatch(
      /^The system keychain module could not be loaded \(boom\)\./,
    );
    expect(keychainUnavailable('delete', new Error(''), 'linux').message).toMatch(
      /^Could not delete[^(]*\. /,
    );
  });

  it('keeps the detail short and on one line', () => {
    const error = keychainUnavailable('read', new Error(`line one\n${'x'.repeat(500)}`), 'linux');
    expect(error.message).not.toContain('\n');
    expect(error.message.length).toBeLessThan(200 + 300);
  });
});
