// Plain data that crosses process boundaries: core -> shell -> preload -> renderer.
// Nothing here may ever hold a secret.

import type { MessageKey } from './i18n/catalogue';
import type { HeldDecline, RecentAnswer } from './membership-types';

/** The catalogue keys of system notices (the window shows them in full, the tray its short lines). */
export type NoticeKey = Extract<MessageKey, `notice.${string}`>;

export const INVITE_STATUSES = ['pending', 'accepted', 'rejected', 'expired'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];
export type InviteResponse = 'accepted' | 'rejected';
/**
 * What an invite's status means to Invitray. 'unknown' is a status Cloudflare sent that
 * this version does not know (the API adds values over time): shown read-only, never pending.
 */
export type EffectiveStatus = InviteStatus | 'unknown';

/**
 * An invitation as Cloudflare returns it (`iam_user_invite`), after validation.
 * The API marks only organization_id and invited_member_id as required; an invite
 * without an `id` cannot be answered, so the client drops those (see schemas.ts).
 * Unknown extra fields are kept, so `--json` can print what Cloudflare sent.
 */
export interface CloudflareInvite {
  id: string;
  organization_id: string;
  invited_member_id: string | null;
  organization_name?: string;
  invited_by?: string;
  invited_member_email?: string;
  invited_on?: string;
  expires_on?: string;
  roles?: string[];
  organization_is_enforcing_twofactor?: boolean;
  /** As Cloudflare sent it: usually an InviteStatus, but a newer value is kept as is. */
  status?: InviteStatus | (string & {});
  [extra: string]: unknown;
}

/** A validated invite plus what it means now: a pending invite past expires_on is expired. */
export interface Invite extends CloudflareInvite {
  effective_status: EffectiveStatus;
}

export interface CloudflareMessage {
  code: number;
  message: string;
  documentation_url?: string;
  source?: { pointer?: string };
}

/** The small set of failures the user can act on. */
export const ERROR_KINDS = [
  'signed-out',
  'bad-credentials',
  'missing-permission',
  'not-found',
  'already-answered',
  'rate-limited',
  'offline',
  'server-error',
  'invalid-response',
  'keychain-unavailable',
  'invalid-request',
  // The network between Invitray and Cloudflare, each with its own advice.
  'certificate-untrusted',
  'proxy-auth-required',
  'proxy-unreachable',
  'dns-failure',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * One sentence of an error's advice as a catalogue key and its values, so every side shows it
 * in the user's language (electron/shared/i18n). Values are data (an HTTP status, a URL,
 * Cloudflare's or the OS's own wording), never a credential.
 */
export interface ErrorText {
  id: MessageKey;
  params?: Record<string, string | number>;
}

export interface ErrorInfo {
  kind: ErrorKind;
  /** One sentence for the user: what happened and what to do next (English: CLI and logs). */
  message: string;
  /**
   * The same advice as catalogue sentences, for the tray, notifications and window; main sets it
   * on every error it makes. Absent only on a failure the window made itself (main unreachable).
   */
  text?: ErrorText[];
  /** HTTP status, when there was a response. */
  status?: number;
  /** Cloudflare's own error codes and messages, kept for the details view. */
  cloudflareErrors: CloudflareMessage[];
  /** Epoch ms before which no request should be made (rate limits). */
  retryAt?: number;
}

export type AuthKind = 'token' | 'global-key';

/** What the renderer may know of a profile: never the secret, email masked. */
export interface ProfileSummary {
  id: string;
  label: string;
  authKind: AuthKind;
  maskedEmail?: string;
}

export interface ProfileState {
  profile: ProfileSummary;
  invites: Invite[];
  /** Invitations in the last list that did not match the schema: set aside, not shown. */
  unreadableCount: number;
  pendingCount: number;
  /** Epoch ms of the last successful list, null before the first. */
  lastSuccessAt: number | null;
  error: ErrorInfo | null;
  /** Epoch ms of the next scheduled refresh (after a failure: the backoff). */
  nextRetryAt: number | null;
  syncing: boolean;
  /** Invite id -> the answer being sent right now. */
  responding: Record<string, InviteResponse>;
  /** Invite id -> why the last answer failed. */
  respondErrors: Record<string, ErrorInfo>;
  /**
   * Whether the user has two-factor authentication on, read only while an invitation of this
   * account enforces it. Absent or null: unknown (not read, or the credential may not read it).
   */
  twoFactorEnabled?: boolean | null;
}

export interface AppSnapshot {
  profiles: ProfileState[];
  /** Pending invites across all profiles. */
  pendingCount: number;
  /** Epoch ms when this snapshot was made. */
  at: number;
  /** System problems the user must act on (notifications blocked, a login item awaiting approval): catalogue keys. */
  notices?: NoticeKey[];
  /** One-click declines waiting with an Undo before they are sent (issue 22). */
  heldDeclines?: HeldDecline[];
  /** What was answered here this week, with the membership an accept made (issue 22). */
  recentAnswers?: RecentAnswer[];
}

/** Where main asks the window to go when it shows it (tray "Details…", "Settings…", a notification). */
export type WindowRoute =
  { view: 'invites' } | { view: 'settings' } | { view: 'invite'; profileId: string; inviteId: string };

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const NOTIFICATION_CLICK_ACTIONS = ['accept', 'open'] as const;
export type NotificationClickAction = (typeof NOTIFICATION_CLICK_ACTIONS)[number];

/** Quiet hours in local time, "HH:MM"; `from` after `to` wraps past midnight. */
export interface QuietHours {
  enabled: boolean;
  from: string;
  to: string;
}

/** The languages Invitray speaks; 'system' follows the OS. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ja', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_SETTINGS = ['system', ...LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/** Why Invitray refuses a key combination as the global shortcut (core/desktop/global-shortcut.ts). */
export type ShortcutProblem =
  'empty' | 'invalid' | 'one-key' | 'needs-modifiers' | 'function-key' | 'types-character' | 'reserved';

/** The catalogue sentence that says why, for a refusal in Settings and for a replaced stored value. */
export const SHORTCUT_PROBLEM_TEXT = {
  empty: 'shortcut.empty',
  invalid: 'shortcut.invalid',
  'one-key': 'shortcut.oneKey',
  'needs-modifiers': 'shortcut.needsModifiers',
  'function-key': 'shortcut.functionKey',
  'types-character': 'shortcut.typesCharacter',
  reserved: 'shortcut.reserved',
} as const satisfies Record<ShortcutProblem, MessageKey>;

/**
 * The global shortcut as the OS took it: '' is off; 'refused' means another app holds it;
 * 'unavailable' that the desktop gives apps no global keys at all (Wayland without the portal).
 */
export interface ShortcutStatus {
  accelerator: string;
  state: 'off' | 'registered' | 'refused' | 'unavailable';
  /**
   * The settings file named a combination Invitray refuses (edited by hand, or refused since):
   * the default took its place, and this says what was there and why.
   */
  replaced?: { accelerator: string; problem: ShortcutProblem };
}

/** User-facing preferences (the renderer may read and update these). */
export interface Preferences {
  pollIntervalMinutes: number;
  notificationsEnabled: boolean;
  expiringReminder: boolean;
  /** Issue 22: one more reminder, urgent, about two hours before an invitation lapses. */
  lastChanceReminder: boolean;
  /** That reminder comes through quiet hours (with sound) when the invitation lapses before they end. */
  lastChanceThroughQuietHours: boolean;
  notificationClick: NotificationClickAction;
  startAtLogin: boolean;
  showCountInTray: boolean;
  theme: Theme;
  /** Whether an OS-wide key combination shows and hides the window. */
  globalShortcutEnabled: boolean;
  /** That combination, as an Electron accelerator; kept while the shortcut is off. */
  globalShortcut: string;
  notificationSound: boolean;
  quietHours: QuietHours;
  language: LanguageSetting;
}
