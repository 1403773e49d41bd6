import type { RecentAnswer } from '../../../shared/membership-types';
import { preferencesPatchSchema } from '../../../shared/ipc-contract';
import type { Preferences } from '../../../shared/types';
import { AppError, sentence } from '../errors';
import { checkPreferencePatch } from './preference-checks';
import { DEFAULT_PREFERENCES, INVITE_ID_HISTORY_LIMIT } from './settings-schema';
import type { SettingsData, StoredProfile } from './settings-schema';

/**
 * The part of conf / electron-store the repository uses. Both validate every
 * write against the schema in settings-schema.ts and throw on a violation.
 */
export interface SettingsStoreLike {
  readonly path: string;
  get<K extends keyof SettingsData>(key: K): SettingsData[K];
  set(values: Partial<SettingsData>): void;
}

const PREFERENCE_KEYS = Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[];

type InviteIdHistory = 'notifiedInviteIds' | 'remindedInviteIds' | 'lastChanceInviteIds';

/** Typed access to the settings file. Main re-validates everything here, whatever the renderer checked. */
export class SettingsRepository {
  readonly #store: SettingsStoreLike;

  constructor(store: SettingsStoreLike) {
    this.#store = store;
  }

  /** Where the settings live, for the shell's "where are my settings" and logs. */
  get filePath(): string {
    return this.#store.path;
  }

  getPreferences(): Preferences {
    const entries = PREFERENCE_KEYS.map((key) => [key, this.#store.get(key)] as const);
    return Object.fromEntries(entries) as unknown as Preferences;
  }

  /** Applies a partial update in one write; anything invalid is refused as a whole. */
  updatePreferences(patch: unknown): Preferences {
    const parsed = preferencesPatchSchema.safeParse(patch);
    if (!parsed.success) {
      const details = parsed.error.issues
        .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
        .join('; ');
      throw new AppError('invalid-request', sentence('error.invalidSettings', { detail: details }));
    }
    const defined = Object.entries(checkPreferencePatch(parsed.data)).filter(
      ([, value]) => value !== undefined,
    );
    if (defined.length > 0) this.#write(Object.fromEntries(defined) as Partial<SettingsData>);
    return this.getPreferences();
  }

  getApiBaseUrl(): string | null {
    return this.#store.get('apiBaseUrl');
  }

  setApiBaseUrl(url: string | null): void {
    if (url !== null && !isHttpUrl(url)) {
      throw new AppError('invalid-request', sentence('error.baseUrlSetting'));
    }
    this.#write({ apiBaseUrl: url });
  }

  listProfiles(): StoredProfile[] {
    return this.#store.get('profiles');
  }

  getProfile(profileId: string): StoredProfile | undefined {
    return this.listProfiles().find((profile) => profile.id === profileId);
  }

  addProfile(profile: StoredProfile): void {
    const profiles = this.listProfiles();
    if (profiles.some((existing) => existing.id === profile.id)) {
      throw new AppError('invalid-request', sentence('error.accountExists'));
    }
    this.#write({ profiles: [...profiles, withoutUndefined(profile)] });
  }

  /** Replaces label, auth kind or email of an existing profile; its id never changes. */
  updateProfile(profileId: string, changes: Partial<Omit<StoredProfile, 'id'>>): StoredProfile {
    const profiles = this.listProfiles();
    const index = profiles.findIndex((profile) => profile.id === profileId);
    const current = profiles[index];
    if (current === undefined) throw new AppError('invalid-request', sentence('error.accountGone'));
    const updated = withoutUndefined({ ...current, ...changes, id: current.id });
    this.#write({ profiles: profiles.with(index, updated) });
    return updated;
  }

  /** Returns whether a profile was removed; removing an unknown id is not an error. */
  removeProfile(profileId: string): boolean {
    const profiles = this.listProfiles();
    const remaining = profiles.filter((profile) => profile.id !== profileId);
    if (remaining.length === profiles.length) return false;
    this.#write({ profiles: remaining });
    return true;
  }

  hasNotified(inviteId: string): boolean {
    return this.#store.get('notifiedInviteIds').includes(inviteId);
  }

  addNotified(...inviteIds: string[]): void {
    this.#remember('notifiedInviteIds', inviteIds);
  }

  hasReminded(inviteId: string): boolean {
    return this.#store.get('remindedInviteIds').includes(inviteId);
  }

  addReminded(...inviteIds: string[]): void {
    this.#remember('remindedInviteIds', inviteIds);
  }

  hasHadLastChance(inviteId: string): boolean {
    return this.#store.get('lastChanceInviteIds').includes(inviteId);
  }

  addLastChance(...inviteIds: string[]): void {
    this.#remember('lastChanceInviteIds', inviteIds);
  }

  /** Invitations quiet hours are holding back (kept across restarts: quiet hours span the night). */
  quietHeldInviteIds(): string[] {
    return this.#store.get('quietHeldInviteIds');
  }

  setQuietHeldInviteIds(inviteIds: readonly string[]): void {
    this.#write({ quietHeldInviteIds: [...new Set(inviteIds)].slice(-INVITE_ID_HISTORY_LIMIT) });
  }

  /** What "Recently answered" shows (core/app/recent-answers.ts checks and bounds it). */
  recentAnswers(): unknown[] {
    return this.#store.get('recentAnswers');
  }

  setRecentAnswers(answers: readonly RecentAnswer[]): void {
    this.#write({ recentAnswers: [...answers] });
  }

  /**
   * Forgets who was notified and reminded about invitations Cloudflare no longer lists (they do
   * not come back: a new invitation has a new id). Writes only when something is forgotten.
   */
  keepInviteIds(listed: ReadonlySet<string>): void {
    const kept: Partial<SettingsData> = {};
    for (const key of ['notifiedInviteIds', 'remindedInviteIds', 'lastChanceInviteIds'] as const) {
      const current = this.#store.get(key);
      const still = current.filter((id) => listed.has(id));
      if (still.length !== current.length) kept[key] = still;
    }
    if (Object.keys(kept).length > 0) this.#write(kept);
  }

  /** Appends new ids and keeps only the newest INVITE_ID_HISTORY_LIMIT, so the file stays small forever. */
  #remember(key: InviteIdHistory, inviteIds: string[]): void {
    const current = this.#store.get(key);
    const known = new Set(current);
    const fresh = [...new Set(inviteIds)].filter((id) => !known.has(id));
    if (fresh.length === 0) return;
    this.#write({ [key]: [...current, ...fresh].slice(-INVITE_ID_HISTORY_LIMIT) });
  }

  /** conf throws a plain Error on a schema violation; callers get the typed error instead. */
  #write(values: Partial<SettingsData>): void {
    try {
      this.#store.set(values);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('Config schema violation')) {
        throw new AppError('invalid-request', sentence('error.invalidSettings', { detail: error.message }), {
          cause: error,
        });
      }
      throw error;
    }
  }
}

function isHttpUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Returned profiles must equal what the file holds: JSON drops `email: undefined`, so drop it here too. */
function withoutUndefined(profile: StoredProfile): StoredProfile {
  const { email, ...rest } = profile;
  return email === undefined ? rest : { ...rest, email };
}

/** The shell passes its electron-store, tests and the CLI a conf instance: same options, same file. */
export function createSettingsRepository(store: SettingsStoreLike): SettingsRepository {
  return new SettingsRepository(store);
}
