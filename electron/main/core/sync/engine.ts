import type { AppSnapshot, Invite, InviteResponse, ProfileSummary } from '../../../shared/types';
import type { CloudflareApi } from '../cloudflare/api';
import { AppError, sentence } from '../errors';
import { createSystemClock, type Clock } from './clock';
import type { InviteEvent } from './events';
import { ProfileSync } from './profile-sync';
import { InviteResponder } from './respond';
import { buildAppSnapshot, deepFreeze } from './snapshot';
import { TwoFactorCache } from './two-factor-cache';

export const DEFAULT_INTERVAL_MS = 5 * 60_000;
/** A floor against a broken setting turning polling into a flood. */
export const MIN_INTERVAL_MS = 10_000;

export type SnapshotListener = (snapshot: AppSnapshot) => void;
export interface EventsMeta {
  profileId: string;
  /** True for the first successful list of the profile since it was added: every invite is "added". */
  initial: boolean;
}
export type EventsListener = (events: readonly InviteEvent[], meta: EventsMeta) => void;

export interface SyncEngineOptions {
  /** Called before every request, so a changed credential is picked up; may reject with an AppError. */
  getApi(profileId: string): Promise<CloudflareApi>;
  profiles?: readonly ProfileSummary[];
  /** Read after every refresh, so a changed setting takes effect; call intervalChanged() to apply at once. */
  intervalMs(): number;
  clock?: Clock;
  /** [0, 1); only used for backoff jitter. */
  random?: () => number;
  onSnapshot?: SnapshotListener;
  onEvents?: EventsListener;
  /** Where a throwing listener's error goes; listeners never break syncing. */
  onListenerError?: (error: unknown) => void;
  /** Where an unknown 2FA state is noted (its error kind only). */
  log?: { warn(message: string): void };
}

interface Entry {
  sync: ProfileSync;
  responder: InviteResponder;
}

/** Owns the invitation state of every profile and publishes it as immutable snapshots. */
export class SyncEngine {
  private readonly clock: Clock;
  private readonly entries = new Map<string, Entry>();
  private readonly snapshotListeners = new Set<SnapshotListener>();
  private readonly eventListeners = new Set<EventsListener>();
  private readonly timesMovedListeners = new Set<() => void>();
  private running = false;
  private current: AppSnapshot;
  /** When `current` stops being true by time alone (an invitation in it lapses). */
  private currentUntil = Number.POSITIVE_INFINITY;
  /** Only times moved since `current` was built (a poll found nothing new): rebuilt when read, not pushed. */
  private currentStale = false;
  /** The user's own 2FA state per account (GET /user), at most one read an hour each. */
  private readonly twoFactor: TwoFactorCache;

  constructor(private readonly options: SyncEngineOptions) {
    this.clock = options.clock ?? createSystemClock();
    this.twoFactor = new TwoFactorCache(() => this.clock.now(), options.log);
    if (options.onSnapshot) this.snapshotListeners.add(options.onSnapshot);
    if (options.onEvents) this.eventListeners.add(options.onEvents);
    for (const profile of options.profiles ?? []) this.createEntry(profile);
    this.current = this.build();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const { sync } of this.entries.values()) sync.start();
  }

  /** Stops timers and abandons lists in flight; answers in flight still complete. */
  stop(): void {
    this.running = false;
    for (const { sync } of this.entries.values()) sync.stop();
  }

  addProfile(profile: ProfileSummary): void {
    const existing = this.entries.get(profile.id);
    if (existing) return existing.sync.dispatch({ type: 'profile-updated', profile });
    const entry = this.createEntry(profile);
    this.publish();
    if (this.running) entry.sync.start();
  }

  removeProfile(profileId: string): void {
    const entry = this.entries.get(profileId);
    if (!entry) return;
    this.entries.delete(profileId);
    this.twoFactor.forget(profileId);
    entry.sync.dispose();
    this.publish();
  }

  /** Adds, updates and removes profiles to match the list, keeping its order. */
  setProfiles(profiles: readonly ProfileSummary[]): void {
    const wanted = new Set(profiles.map((profile) => profile.id));
    for (const id of [...this.entries.keys()]) if (!wanted.has(id)) this.removeProfile(id);
    for (const profile of profiles) this.addProfile(profile);
    const order = profiles.map((profile) => profile.id);
    const sorted = order.map((id) => [id, this.entries.get(id)] as const);
    this.entries.clear();
    for (const [id, entry] of sorted) if (entry) this.entries.set(id, entry);
    this.publish();
  }

  /** After sign-in again or a new key: retries at once even a profile paused for bad credentials. */
  credentialsChanged(profileId: string): void {
    this.twoFactor.forget(profileId);
    this.entries.get(profileId)?.sync.credentialsChanged();
  }

  intervalChanged(): void {
    for (const { sync } of this.entries.values()) sync.intervalChanged();
  }

  /** On demand (one profile or all). Joins a list in flight; makes no request while rate limited. */
  async refresh(profileId?: string): Promise<void> {
    const targets = profileId === undefined ? [...this.entries.values()] : [this.entries.get(profileId)];
    await Promise.all(targets.map((entry) => entry?.sync.refresh()));
  }

  respond(profileId: string, inviteId: string, response: InviteResponse): Promise<Invite> {
    const entry = this.entries.get(profileId);
    if (!entry) return Promise.reject(new AppError('invalid-request', sentence('error.notSignedInHere')));
    return entry.responder.respond(inviteId, response);
  }

  clearRespondError(profileId: string, inviteId: string): void {
    this.entries.get(profileId)?.sync.dispatch({ type: 'respond-error-cleared', inviteId });
  }

  /**
   * The current snapshot. Invitations lapse by the clock, with no list to say so (a
   * rate-limit block or an outage can last most of an hour): if one did since the last
   * snapshot, a new one is built and published first, so every reader sees what is pending now.
   */
  snapshot(): AppSnapshot {
    if (this.clock.now() >= this.currentUntil) this.publish();
    else if (this.currentStale) this.current = this.build();
    return this.current;
  }

  onSnapshot(listener: SnapshotListener): () => void {
    this.snapshotListeners.add(listener);
    return () => this.snapshotListeners.delete(listener);
  }

  /** A list or a failure changed only a profile's times (nothing published): the clock was read. */
  onTimesMoved(listener: () => void): () => void {
    this.timesMovedListeners.add(listener);
    return () => this.timesMovedListeners.delete(listener);
  }

  onEvents(listener: EventsListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** Settles when no list or answer is in flight for any profile. */
  async whenIdle(): Promise<void> {
    for (;;) {
      const entries = [...this.entries.values()];
      await Promise.all(
        entries.map(({ sync, responder }) => Promise.all([responder.whenIdle(), sync.whenIdle()])),
      );
      if (entries.every(({ sync, responder }) => !sync.busy() && !responder.busy())) return;
    }
  }

  private createEntry(profile: ProfileSummary): Entry {
    const sync: ProfileSync = new ProfileSync({
      profile,
      getApi: (id) => this.options.getApi(id),
      clock: this.clock,
      intervalMs: () => this.intervalMs(),
      random: this.options.random ?? Math.random,
      onChange: (quiet) => {
        if (this.entries.get(profile.id)?.sync !== sync) return;
        if (quiet) {
          this.currentStale = true;
          for (const listener of [...this.timesMovedListeners]) this.call(listener);
        } else this.publish();
      },
      onEvents: (events, initial) => {
        if (this.entries.get(profile.id)?.sync === sync)
          this.emitEvents(events, { profileId: profile.id, initial });
      },
      twoFactor: this.twoFactor,
    });
    const entry = { sync, responder: new InviteResponder(sync) };
    this.entries.set(profile.id, entry);
    return entry;
  }

  private intervalMs(): number {
    const value = this.options.intervalMs();
    return Number.isFinite(value) && value > 0 ? Math.max(MIN_INTERVAL_MS, value) : DEFAULT_INTERVAL_MS;
  }

  private build(): AppSnapshot {
    this.currentStale = false;
    const syncs = [...this.entries.values()].map(({ sync }) => sync);
    const states = syncs.map((sync) => sync.state);
    this.currentUntil = Math.min(Number.POSITIVE_INFINITY, ...syncs.map((sync) => sync.stateUntil));
    return buildAppSnapshot(states, this.clock.now());
  }

  private publish(): void {
    this.current = this.build();
    const snapshot = this.current;
    for (const listener of [...this.snapshotListeners]) this.call(() => listener(snapshot));
  }

  private emitEvents(events: readonly InviteEvent[], meta: EventsMeta): void {
    const frozen = deepFreeze([...events]);
    for (const listener of [...this.eventListeners]) this.call(() => listener(frozen, meta));
  }

  private call(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      (this.options.onListenerError ?? ((e: unknown) => console.error('sync listener failed', e)))(error);
    }
  }
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  return new SyncEngine(options);
}
