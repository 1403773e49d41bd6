import type { ErrorInfo, Invite, ProfileState, ProfileSummary } from '../../../shared/types';
import type { CloudflareApi } from '../cloudflare/api';
import type { InviteListing } from '../cloudflare/invite-list-reader';
import { toErrorInfo } from '../errors';
import { ConfirmedAnswers, type Answer } from './confirmed-answers';
import { RateLimitBlock, backoffDelayMs, planRetry } from './backoff';
import type { Clock } from './clock';
import { diffInvites } from './diff';
import type { InviteEvent } from './events';
import { keepUnchanged } from './keep-unchanged';
import {
  initialProfileModel,
  onlyTimesMoved,
  reduceProfile,
  type ProfileAction,
  type ProfileModel,
} from './profile-model';
import { PollTimer } from './poll-timer';
import type { TwoFactorCache } from './two-factor-cache';
import type { RespondHost } from './respond';
import { invitesView, toProfileState, type InvitesView } from './snapshot';

export interface ProfileSyncOptions {
  profile: ProfileSummary;
  getApi: (profileId: string) => Promise<CloudflareApi>;
  clock: Clock;
  intervalMs: () => number;
  random: () => number;
  /**
   * Called after every change of this profile's state; `quiet` when only its times moved
   * (a poll that found nothing new), which nobody needs to be told about.
   */
  onChange: (quiet: boolean) => void;
  onEvents: (events: InviteEvent[], initial: boolean) => void;
  /** The user's own 2FA state per account, shared by the engine's profiles. */
  twoFactor: TwoFactorCache;
}

/** A list that raced a confirmed answer is fetched again, but only this often in a row. */
const MAX_PASSES = 2;

/** Polling, backoff and the single in-flight list request of one profile. */
export class ProfileSync implements RespondHost {
  readonly profileId: string;
  private model: ProfileModel;
  private published: ProfileState | null = null;
  /** The sorted, frozen invitations of the last published state, reused while they hold. */
  private view: InvitesView | null = null;
  /** The published state holds until the next pending invitation in it lapses. */
  private publishedUntil = Number.POSITIVE_INFINITY;
  private readonly timer: PollTimer;
  private inflight: Promise<void> | null = null;
  /** The run in flight has sent its list request: one joining now may ask after what it reads. */
  private listRequested = false;
  private controller: AbortController | null = null;
  private running = false;
  /** Counts stop() calls: a run that began before one lists no more unless started again. */
  private stops = 0;
  private disposed = false;
  private failures = 0;
  private paused = false;
  private readonly block = new RateLimitBlock();
  private listed = false;
  /** Bumped whenever server data changed under an in-flight list, making its result stale. */
  private generation = 0;
  private readonly confirmed = new ConfirmedAnswers();
  private api: Promise<CloudflareApi> | null = null;
  /** The last list as read, so the API client can recognise the same answer without parsing it. */
  private lastListing: InviteListing | undefined;

  constructor(private readonly options: ProfileSyncOptions) {
    this.profileId = options.profile.id;
    this.model = initialProfileModel(options.profile);
    this.timer = new PollTimer(options.clock);
  }

  get state(): ProfileState {
    const now = this.options.clock.now();
    if (this.published === null || now >= this.publishedUntil) {
      this.view = invitesView(this.model, now, this.view);
      this.published = toProfileState(this.model, now, this.view);
      this.publishedUntil = this.view.until;
    }
    return this.published;
  }

  /** When this profile's state next changes by time alone: an invitation lapsing. */
  get stateUntil(): number {
    return this.published === null ? Number.NEGATIVE_INFINITY : this.publishedUntil;
  }

  now(): number {
    return this.options.clock.now();
  }

  current(): ProfileModel {
    return this.model;
  }

  dispatch(action: ProfileAction): void {
    const next = reduceProfile(this.model, action);
    if (next === this.model) return;
    const quiet = onlyTimesMoved(this.model, next);
    this.model = next;
    this.published = null;
    this.options.onChange(quiet);
  }

  /**
   * The API client, kept while it works: building one reads the settings file and the keychain
   * (a D-Bus or Keychain Services call), which no poll should repeat. Dropped after any failed
   * list, on a new credential and on stop, so the next request reads both again.
   */
  getApi(): Promise<CloudflareApi> {
    if (this.api) return this.api;
    const api = this.options.getApi(this.profileId);
    this.api = api;
    api.catch(() => {
      if (this.api === api) this.api = null;
    });
    return api;
  }

  start(): void {
    if (this.disposed || this.running) return;
    this.running = true;
    void this.refresh();
  }

  /**
   * A poll the timer started. Unlike refresh() it does not show "syncing": nobody asked for it,
   * and a poll that finds nothing new must change nothing anyone sees (issue 21).
   */
  private poll(): Promise<void> {
    return this.refresh(false);
  }

  stop(): void {
    this.running = false;
    this.stops++;
    this.api = null;
    this.timer.clear();
    this.controller?.abort();
    this.dispatch({ type: 'scheduled', nextRetryAt: null });
  }

  dispose(): void {
    this.stop();
    this.disposed = true;
  }

  /**
   * On demand: joins a run in flight (which lists once more if its request had already gone out),
   * makes no request while rate limited, un-pauses otherwise.
   * `visible` shows the list as syncing while it runs (a quiet poll joined by a request becomes so).
   */
  refresh(visible = true): Promise<void> {
    if (this.inflight) {
      if (visible) this.dispatch({ type: 'sync-started' });
      // Its list request went out before this was asked: it may predate what the user expects to
      // see (a change just made elsewhere, a request sent before a suspend). The run lists once
      // more (at most MAX_PASSES in all). Asked before the request went out, joining is enough.
      if (visible && this.listRequested) this.generation++;
      return this.inflight;
    }
    if (this.disposed) return Promise.resolve();
    if (this.rateLimitError()) {
      if (this.running && !this.timer.armed) this.schedule(this.block.blockedUntil);
      return Promise.resolve();
    }
    this.paused = false;
    this.timer.clear();
    const run = this.run(visible).finally(() => {
      if (this.inflight !== run) return;
      this.inflight = null;
      this.listRequested = false;
      // A refresh that joined after this run's list showed "syncing" again; a run that then could
      // not list again (rate limited, passes used up) must not leave it showing with nothing running.
      if (this.model.syncing) this.dispatch({ type: 'sync-abandoned' });
    });
    this.inflight = run;
    return run;
  }

  busy(): boolean {
    return this.inflight !== null;
  }

  async whenIdle(): Promise<void> {
    while (this.inflight) await this.inflight;
  }

  /** A new credential deserves a fresh attempt, whatever the old one's failures were. */
  credentialsChanged(): void {
    this.api = null;
    // What GET /user said was about the old credential (the engine forgot it too).
    this.dispatch({ type: 'two-factor-read', enabled: null });
    this.failures = 0;
    this.paused = false;
    this.generation++;
    if (this.running || this.inflight) void this.refresh();
  }

  /** Re-times the next poll of a healthy profile after the interval setting changed. */
  intervalChanged(): void {
    const { error, lastSuccessAt } = this.model;
    if (!this.running || this.inflight || this.paused || error !== null || lastSuccessAt === null) return;
    this.schedule(lastSuccessAt + this.options.intervalMs());
  }

  rateLimitError(): ErrorInfo | null {
    return this.block.active(this.options.clock.now());
  }

  /** An answer Cloudflare confirmed: becomes server data at once and makes any list in flight stale. */
  answerConfirmed(invite: Invite, answer: Answer): void {
    const previous = this.model.serverInvites;
    this.generation++;
    this.confirmed.add(invite, answer);
    this.dispatch({ type: 'respond-succeeded', invite });
    const events = diffInvites(this.profileId, previous, this.model.serverInvites);
    if (this.listed && events.length > 0) this.options.onEvents(events, false);
  }

  confirmedAnswer(inviteId: string): Answer | undefined {
    return this.confirmed.answerOf(inviteId);
  }

  /** How many confirmed answers this profile holds (bounded; tests read it). */
  get confirmedAnswers(): number {
    return this.confirmed.size;
  }

  /** A failed answer may carry news the list must respect too (a rate limit blocks every call). */
  answerFailed(error: ErrorInfo): void {
    this.api = null;
    if (error.kind !== 'rate-limited') return;
    const now = this.options.clock.now();
    this.block.extend(
      error,
      error.retryAt ?? now + backoffDelayMs(Math.max(1, this.failures), this.options.random),
    );
    this.dispatch({ type: 'blocked', error, nextRetryAt: this.block.blockedUntil });
    if (this.running) this.schedule(this.block.blockedUntil);
  }

  refreshAfterAnswer(): void {
    this.generation++;
    void this.refresh();
  }

  private async run(visible: boolean): Promise<void> {
    if (visible) this.dispatch({ type: 'sync-started' });
    const stops = this.stops;
    for (let pass = 1; ; pass++) {
      const generation = this.generation;
      const controller = new AbortController();
      this.controller = controller;
      let listing: InviteListing;
      try {
        this.listRequested = false;
        const api = await this.getApi();
        if (controller.signal.aborted) return this.dispatch({ type: 'sync-abandoned' });
        this.listRequested = true;
        listing = await api.listInvites(controller.signal, this.lastListing);
      } catch (error) {
        if (controller.signal.aborted) return this.dispatch({ type: 'sync-abandoned' });
        return this.failed(toErrorInfo(error));
      } finally {
        if (this.controller === controller) this.controller = null;
      }
      if (controller.signal.aborted) return this.dispatch({ type: 'sync-abandoned' });
      const stale = generation !== this.generation && pass < MAX_PASSES && !this.rateLimitError();
      if (stale) continue;
      const readingTwoFactor = this.succeeded(listing);
      if (readingTwoFactor === undefined) return;
      // GET /user is still part of this run, so a new credential, a confirmed answer or a refresh
      // asked for meanwhile joined it (refresh() joins a run in flight) instead of listing again:
      // list again here.
      await readingTwoFactor;
      // Stopped meanwhile (the app quitting): its GET /user was aborted, and so is the list it owed.
      const stopped = this.disposed || (stops !== this.stops && !this.running);
      if (stopped || generation === this.generation || pass >= MAX_PASSES || this.rateLimitError()) return;
    }
  }

  private succeeded(listing: InviteListing): void | Promise<void> {
    this.lastListing = listing;
    const { invites: listed, unreadable } = listing;
    // Even the last pass's list may predate an answer: it must not undo it.
    const invites = keepUnchanged(this.model.serverInvites, this.confirmed.overlay(listed));
    const now = this.options.clock.now();
    const previous = this.listed ? this.model.serverInvites : null;
    const initial = !this.listed;
    const events = invites === previous ? [] : diffInvites(this.profileId, previous, invites);
    this.listed = true;
    this.failures = 0;
    // A rate limit hit by an answer meanwhile still holds.
    const nextRetryAt = this.running
      ? Math.max(now + this.options.intervalMs(), this.block.blockedUntil)
      : null;
    this.dispatch({
      type: 'sync-succeeded',
      invites,
      unreadableCount: unreadable.length,
      at: now,
      nextRetryAt,
    });
    if (nextRetryAt !== null) this.schedule(nextRetryAt);
    const announce = () => {
      if (initial || events.length > 0) this.options.onEvents(events, initial);
    };
    // The list is shown at once; what its notifications say about 2FA waits for GET /user.
    if (this.rateLimitError() || !this.options.twoFactor.due(this.profileId, invites)) return announce();
    return this.readTwoFactor().then(announce);
  }

  /** Never rejects: an unreadable 2FA state is unknown, not a problem of the list. */
  private async readTwoFactor(): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    try {
      const enabled = await this.options.twoFactor.read(
        this.profileId,
        () => this.getApi(),
        controller.signal,
      );
      if (!controller.signal.aborted) this.dispatch({ type: 'two-factor-read', enabled });
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  private failed(error: ErrorInfo): void {
    this.api = null;
    this.failures++;
    const plan = planRetry(error, this.failures, this.options.clock.now(), this.options.random);
    if (plan.kind === 'paused') {
      this.paused = true;
      this.timer.clear();
      return this.dispatch({ type: 'sync-failed', error, nextRetryAt: null });
    }
    if (plan.blockedUntil !== undefined) this.block.extend(error, plan.blockedUntil);
    const nextRetryAt = this.running ? plan.at : null;
    this.dispatch({ type: 'sync-failed', error, nextRetryAt });
    if (nextRetryAt !== null) this.schedule(nextRetryAt);
  }

  private schedule(at: number): void {
    this.timer.set(at, () => void this.poll());
    this.dispatch({ type: 'scheduled', nextRetryAt: at });
  }
}
