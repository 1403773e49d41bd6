import type { Options, Schema } from 'conf';
import type { AuthKind, Preferences } from '../../../shared/types';
import { NOTIFICATION_CLICK_ACTIONS, THEMES } from '../../../shared/types';

/**
 * A profile as main stores it. `email` is kept for Global API key logins (it is
 * half of the credential's identity, not a secret); only its masked form ever
 * leaves the main process.
 */
export interface StoredProfile {
  id: string;
  label: string;
  authKind: AuthKind;
  email?: string;
}

/** Everything in the settings file. A type alias (not an interface) so it satisfies conf's Record constraint. */
export type SettingsData = { [K in keyof Preferences]: Preferences[K] } & {
  /** null means Cloudflare's API (or INVITRAY_API_BASE_URL, which the shell resolves). */
  apiBaseUrl: string | null;
  profiles: StoredProfile[];
  /** Invite ids already announced, so a restart does not notify twice. Oldest first. */
  notifiedInviteIds: string[];
  /** Invite ids already reminded about (expiring within 24 h). Oldest first. */
  remindedInviteIds: string[];
};

/**
 * Version of the settings *format*, used as conf's projectVersion. It is not the
 * app version on purpose: migrations run when the format changes, not on every
 * release. Bump it together with a new entry in `settingsMigrations`.
 */
export const SETTINGS_FORMAT_VERSION = '0.1.0';

/** How many invite ids each history keeps; old invites expire long before 1000 newer ones arrive. */
export const INVITE_ID_HISTORY_LIMIT = 1000;

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  pollIntervalMinutes: 5,
  notificationsEnabled: true,
  expiringReminder: true,
  notificationClick: 'accept',
  startAtLogin: false,
  showCountInTray: true,
  theme: 'system',
});

export function defaultSettings(): SettingsData {
  return {
    ...DEFAULT_PREFERENCES,
    apiBaseUrl: null,
    profiles: [],
    notifiedInviteIds: [],
    remindedInviteIds: [],
  };
}

const inviteIdList = {
  type: 'array',
  items: { type: 'string', minLength: 1, maxLength: 64 },
  default: [],
} as const;

export const settingsSchema: Schema<SettingsData> = {
  pollIntervalMinutes: {
    type: 'integer',
    minimum: 1,
    maximum: 60,
    default: DEFAULT_PREFERENCES.pollIntervalMinutes,
  },
  notificationsEnabled: { type: 'boolean', default: DEFAULT_PREFERENCES.notificationsEnabled },
  expiringReminder: { type: 'boolean', default: DEFAULT_PREFERENCES.expiringReminder },
  notificationClick: {
    type: 'string',
    enum: [...NOTIFICATION_CLICK_ACTIONS],
    default: DEFAULT_PREFERENCES.notificationClick,
  },
  startAtLogin: { type: 'boolean', default: DEFAULT_PREFERENCES.startAtLogin },
  showCountInTray: { type: 'boolean', default: DEFAULT_PREFERENCES.showCountInTray },
  theme: { type: 'string', enum: [...THEMES], default: DEFAULT_PREFERENCES.theme },
  apiBaseUrl: {
    anyOf: [{ type: 'string', maxLength: 2048, pattern: '^https?://' }, { type: 'null' }],
    default: null,
  },
  profiles: {
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'label', 'authKind'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' },
        label: { type: 'string', minLength: 1, maxLength: 80 },
        authKind: { type: 'string', enum: ['token', 'global-key'] },
        email: { type: 'string', maxLength: 254 },
      },
    },
    default: [],
  },
  notifiedInviteIds: inviteIdList,
  remindedInviteIds: inviteIdList,
};

/**
 * Settings-format migrations, keyed by SETTINGS_FORMAT_VERSION values. 0.1.0 is
 * the first format: nothing to migrate yet, the entry records the baseline so
 * later versions have a "from" to compare with.
 */
export const settingsMigrations: NonNullable<Options<SettingsData>['migrations']> = {
  '0.1.0': () => undefined,
};

/**
 * Options for conf, and for electron-store (same engine, same file format): the
 * shell passes exactly these, plus `cwd` where it wants the file.
 * clearInvalidConfig stays false so a corrupt file throws and openSettings can
 * back it up before starting over, instead of conf silently discarding it.
 */
export const settingsStoreOptions = {
  schema: settingsSchema,
  defaults: defaultSettings(),
  migrations: settingsMigrations,
  projectVersion: SETTINGS_FORMAT_VERSION,
  configName: 'config',
  clearInvalidConfig: false,
} satisfies Options<SettingsData>;

export type SettingsStoreOptions = typeof settingsStoreOptions;
