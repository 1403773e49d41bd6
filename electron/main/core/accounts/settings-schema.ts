import type { RecentAnswer } from '../../../shared/membership-types';
import type { Options, Schema } from 'conf';
import type { AuthKind, Preferences } from '../../../shared/types';
import { LANGUAGE_SETTINGS, NOTIFICATION_CLICK_ACTIONS, THEMES } from '../../../shared/types';
import { DEFAULT_GLOBAL_SHORTCUT } from '../desktop/global-shortcut';
import { parseSettingsText } from './settings-text';

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
  /** Invite ids that had their last-chance reminder (two hours before expiry, issue 22). Oldest first. */
  lastChanceInviteIds: string[];
  /** Invite ids whose notification quiet hours hold back, for the summary when they end. */
  quietHeldInviteIds: string[];
  /** Answers shown in "Recently answered" for a week (issue 22); bounded, newest last. */
  recentAnswers: RecentAnswer[];
};

/**
 * Version of the settings *format*, used as conf's projectVersion. It is not the
 * app version on purpose: migrations run when the format changes, not on every
 * release. Bump it together with a new entry in `settingsMigrations`.
 */
export const SETTINGS_FORMAT_VERSION = '0.2.0';

/** How many invite ids each history keeps; old invites expire long before 1000 newer ones arrive. */
export const INVITE_ID_HISTORY_LIMIT = 1000;

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  pollIntervalMinutes: 5,
  notificationsEnabled: true,
  expiringReminder: true,
  lastChanceReminder: true,
  lastChanceThroughQuietHours: true,
  notificationClick: 'accept',
  startAtLogin: false,
  showCountInTray: true,
  theme: 'system',
  globalShortcutEnabled: true,
  globalShortcut: DEFAULT_GLOBAL_SHORTCUT,
  notificationSound: true,
  quietHours: Object.freeze({ enabled: false, from: '22:00', to: '07:00' }),
  language: 'system',
});

/** "HH:MM", 00:00 to 23:59. */
export const CLOCK_TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

export function defaultSettings(): SettingsData {
  return {
    ...DEFAULT_PREFERENCES,
    apiBaseUrl: null,
    profiles: [],
    notifiedInviteIds: [],
    remindedInviteIds: [],
    lastChanceInviteIds: [],
    quietHeldInviteIds: [],
    recentAnswers: [],
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
  // Issue 22. No format bump: conf fills a missing key with its default, which is what an older
  // file should get (on, on, nobody reminded yet).
  lastChanceReminder: { type: 'boolean', default: DEFAULT_PREFERENCES.lastChanceReminder },
  lastChanceThroughQuietHours: {
    type: 'boolean',
    default: DEFAULT_PREFERENCES.lastChanceThroughQuietHours,
  },
  notificationClick: {
    type: 'string',
    enum: [...NOTIFICATION_CLICK_ACTIONS],
    default: DEFAULT_PREFERENCES.notificationClick,
  },
  startAtLogin: { type: 'boolean', default: DEFAULT_PREFERENCES.startAtLogin },
  showCountInTray: { type: 'boolean', default: DEFAULT_PREFERENCES.showCountInTray },
  theme: { type: 'string', enum: [...THEMES], default: DEFAULT_PREFERENCES.theme },
  globalShortcutEnabled: { type: 'boolean', default: DEFAULT_PREFERENCES.globalShortcutEnabled },
  // Any string: one Invitray refuses (empty, too long, hand-edited) gives way to the default at
  // start (settleStoredShortcut), where a schema limit would set the whole file aside.
  globalShortcut: { type: 'string', default: DEFAULT_PREFERENCES.globalShortcut },
  notificationSound: { type: 'boolean', default: DEFAULT_PREFERENCES.notificationSound },
  quietHours: {
    type: 'object',
    required: ['enabled', 'from', 'to'],
    additionalProperties: false,
    properties: {
      enabled: { type: 'boolean' },
      from: { type: 'string', pattern: CLOCK_TIME_PATTERN },
      to: { type: 'string', pattern: CLOCK_TIME_PATTERN },
    },
    default: { ...DEFAULT_PREFERENCES.quietHours },
  },
  language: { type: 'string', enum: [...LANGUAGE_SETTINGS], default: DEFAULT_PREFERENCES.language },
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
  lastChanceInviteIds: inviteIdList,
  quietHeldInviteIds: inviteIdList,
  // Shape only: core/app/recent-answers.ts reads each entry again and drops what does not fit.
  recentAnswers: { type: 'array', maxItems: 200, items: { type: 'object' }, default: [] },
};

/**
 * Settings-format migrations, keyed by SETTINGS_FORMAT_VERSION values. 0.1.0 is
 * the first format: the entry records the baseline so later versions have a
 * "from" to compare with.
 */
export const settingsMigrations: NonNullable<Options<SettingsData>['migrations']> = {
  '0.1.0': () => undefined,
  // Global shortcut, sound, quiet hours (and what they hold back), language. Written explicitly (conf's defaults would
  // fill them in too) so a 0.1.0 file gains exactly these values, whatever defaults become.
  '0.2.0': (store) => {
    if (!store.has('globalShortcutEnabled')) store.set('globalShortcutEnabled', true);
    if (!store.has('globalShortcut')) store.set('globalShortcut', DEFAULT_GLOBAL_SHORTCUT);
    if (!store.has('notificationSound')) store.set('notificationSound', true);
    if (!store.has('quietHours')) store.set('quietHours', { enabled: false, from: '22:00', to: '07:00' });
    if (!store.has('language')) store.set('language', 'system');
    if (!store.has('quietHeldInviteIds')) store.set('quietHeldInviteIds', []);
  },
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
  deserialize: (text: string) => parseSettingsText(text) as SettingsData,
} satisfies Options<SettingsData>;

export type SettingsStoreOptions = typeof settingsStoreOptions;
