import { en } from '../../../shared/i18n/en';
import { createTranslator } from '../../../shared/i18n/translate';
import type { ErrorText } from '../../../shared/types';
import { AppError, sentence } from '../errors';

/** What to tell the user, per platform, when the OS keychain cannot be used (a catalogue sentence). */
export function keychainAdviceText(platform: NodeJS.Platform): ErrorText {
  switch (platform) {
    case 'darwin':
      return sentence('error.keychainAdviceMac');
    case 'win32':
      return sentence('error.keychainAdviceWindows');
    default:
      return sentence('error.keychainAdviceLinux');
  }
}

/** The same advice in English. */
export function keychainAdvice(platform: NodeJS.Platform): string {
  return createTranslator('en', en).t(keychainAdviceText(platform).id);
}

export type KeychainOperation = 'load' | 'read' | 'save' | 'delete';

const WHAT = {
  load: 'error.keychainLoad',
  read: 'error.keychainRead',
  save: 'error.keychainSave',
  delete: 'error.keychainDelete',
} as const satisfies Record<KeychainOperation, ErrorText['id']>;

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
  return new AppError(
    'keychain-unavailable',
    [sentence(WHAT[operation], { reason }), keychainAdviceText(platform)],
    { cause },
  );
}
