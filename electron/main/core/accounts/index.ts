export { createAccounts, toSummary, uniqueLabel, DEFAULT_PROFILE_LABEL } from './accounts';
export type { Accounts, AccountsDeps, AddAccountInput, VerifyOptions } from './accounts';
export { createKeychain, parseCredential, serializeCredential, DEFAULT_KEYCHAIN_SERVICE } from './keychain';
export type { Keychain, KeychainOptions } from './keychain';
export { keychainAdvice, keychainUnavailable } from './keychain-errors';
export { maskEmail } from './mask-email';
export { openSettings } from './open-settings';
export type {
  OpenedSettings,
  OpenSettingsOptions,
  SettingsRecovery,
  SettingsStoreFactory,
} from './open-settings';
export { SettingsRepository, createSettingsRepository } from './settings-repository';
export type { SettingsStoreLike } from './settings-repository';
export {
  DEFAULT_PREFERENCES,
  INVITE_ID_HISTORY_LIMIT,
  SETTINGS_FORMAT_VERSION,
  defaultSettings,
  settingsMigrations,
  settingsSchema,
  settingsStoreOptions,
} from './settings-schema';
export type { SettingsData, SettingsStoreOptions, StoredProfile } from './settings-schema';
