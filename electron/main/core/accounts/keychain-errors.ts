import { AppError } from '../errors';

/** What to tell the user, per platform, when the OS keychain cannot be used. */
export function keychainAdvice(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'darwin':
      return 'Unlock your login keychain (Keychain Access) and allow Invitray to use it, then try again.';
    case 'win32':
      return 'Make sure Windows Credential Manager is available for your user account, then try again.';
    default:
      return (
        'Unlock or install a keyring that provides the Secret Service (such as GNOME Keyring or KWallet), ' +
        'make sure a D-Bus session is running, then try again.'
      );
  }
}

export type KeychainOperation = 'load' | 'read' | 'save' | 'delete';

const WHAT: Record<KeychainOperation, string> = {
  load: 'The system keychain module could not be loaded',
  read: 'Could not read the credential from the system keychain',
  save: 'Could not save the credential in the system keychain',
  delete: 'Could not delete the credential from the system keychain',
};

/**
 * Every keytar failure means the keychain itself is unusable (no Secret Service,
 * no D-Bus, locked, prompt cancelled, native module missing): one typed error
 * telling the user what to fix. keytar's own message is kept as a detail; it
 * names the OS condition and never contains the secret.
 */
export function keychainUnavailable(
  operation: KeychainOperation,
  cause: unknown,
  platform: NodeJS.Platform,
): AppError {
  const raw = cause instanceof Error ? cause.message : String(cause);
  const detail = raw.replace(/\s+/g, ' ').trim().slice(0, 200);
  const reason = detail.length > 0 ? ` (${detail})` : '';
  return new AppError('keychain-unavailable', `${WHAT[operation]}${reason}. ${keychainAdvice(platform)}`, {
    cause,
  });
}
