import type { DemoRequestLogEntry } from '../../../electron/main/core/demo';
import type { AppSnapshot, Invite, ProfileState } from '../../../electron/shared/types';
import type { AnswerAttempt } from './soak-actions';
import type { Outputs, SoakWorld } from './soak-world';

const PAUSING = new Set(['bad-credentials', 'signed-out']);

/** Pending at `now` from the raw fields (status as listed or being sent, and expires_on), not effective_status. */
export function pendingAt(
  invite: Invite,
  responding: Readonly<Record<string, string>>,
  now: number,
): boolean {
  const status = responding[invite.id] ?? invite.status ?? 'pending';
  const expiresAt = invite.expires_on === undefined ? Number.NaN : Date.parse(invite.expires_on);
  return status === 'pending' && !(Number.isFinite(expiresAt) && expiresAt <= now);
}

export function isPaused(state: ProfileState | undefined): boolean {
  return state?.error != null && PAUSING.has(state.error.kind) && state.nextRetryAt === null;
}

const inviteIdOf = (entry: DemoRequestLogEntry) => entry.path.split('/').at(-1) ?? '';

/** What the invariants remember from step to step. */
export class SoakInvariants {
  private blockedUntil = Number.NEGATIVE_INFINITY;
  private blockSetAt = Number.NaN;
  private readonly retryAfters: number[] = [];
  private readonly acceptedByServer = new Set<string>();
  private readonly seenPending = new Set<string>();
  private readonly announced = new Set<string>();
  /** Declines held with an Undo at the end of the last step (core/app/held-declines.ts). */
  private heldDeclines = new Set<string>();

  constructor(private readonly world: SoakWorld) {
    for (const id of this.pendingIds(world.core.snapshot())) this.seenPending.add(id);
  }

  queued429(retryAfterSeconds: number): void {
    this.retryAfters.push(retryAfterSeconds);
  }

  /** Faults not yet met were cleared: their Retry-After values will never be used. */
  faultsCleared(): void {
    this.retryAfters.length = 0;
  }

  /** Once faults stop and the core caught up: it shows exactly what the server holds, all announced. */
  checkNothingLost(): string[] {
    const now = this.world.clock.now();
    const key = (invite: { id?: string; status?: string; expires_on?: string }) =>
      `${invite.id} ${invite.status ?? 'pending'} ${invite.expires_on}`;
    const server = this.world.demo.invites().map(key).sort();
    const state = this.world.core.snapshot().profiles[0];
    const shown = (state?.invites ?? []).map(key).sort();
    const problems: string[] = [];
    if (JSON.stringify(server) !== JSON.stringify(shown))
      problems.push(
        `after faults stopped the core shows [${shown.join(', ')}], the server holds [${server.join(', ')}]`,
      );
    if (state?.error) problems.push(`still failing after faults stopped: ${state.error.kind}`);
    for (const invite of state?.invites ?? [])
      if (pendingAt(invite, {}, now) && !this.seenPending.has(invite.id))
        problems.push(`${invite.id} pending but never seen pending`);
    return problems;
  }

  /** Every violation this step shows; empty when all hold. */
  check(step: {
    kind: string;
    pausedBefore: boolean;
    requests: readonly DemoRequestLogEntry[];
    outputs: Outputs;
    answer: AnswerAttempt | undefined;
  }): string[] {
    const problems: string[] = [];
    const { world } = this;
    const now = world.clock.now();
    const state = world.core.snapshot().profiles[0];

    // No request during a 429 block (the one that set it, in this step, may have company in flight).
    // Signing in again checks the new credential at once, whatever the old one's block: the
    // user asked, and Cloudflare's own answer (a 429 too) is what the sign-in then shows.
    let blockSetThisStep = false;
    for (const entry of step.requests) {
      const concurrent = blockSetThisStep && entry.at === this.blockSetAt;
      const signIn = entry.path.endsWith('/user/tokens/verify');
      if (entry.at < this.blockedUntil && !concurrent && !signIn)
        problems.push(`${entry.method} ${entry.path} during a 429 block (until ${iso(this.blockedUntil)})`);
      if (entry.fault === 429) {
        const seconds = this.retryAfters.shift() ?? 300;
        this.blockedUntil = Math.max(this.blockedUntil, entry.at + seconds * 1000);
        this.blockSetAt = entry.at;
        blockSetThisStep = true;
      }
    }
    // One PATCH per answer; never one for an answer the server already took.
    const patches = step.requests.filter((entry) => entry.method === 'PATCH');
    const perInvite = new Map<string, number>();
    for (const entry of patches) {
      const id = inviteIdOf(entry);
      perInvite.set(id, (perInvite.get(id) ?? 0) + 1);
      if (this.acceptedByServer.has(id)) problems.push(`second PATCH for ${id}, already answered`);
    }
    for (const [id, count] of perInvite)
      if (count > 1) problems.push(`${count} PATCHes for ${id} in one step`);
    // A decline held with an Undo goes out in a later step, once the clock passes its hold:
    // its PATCH answers that earlier click, not this step, and must be a decline.
    // An accept clicked for that invitation during the hold takes the decline back and is sent
    // at once, as this step's own answer (user-actions.ts accept(): the last click wins).
    const statusOf = (entry: DemoRequestLogEntry) => (entry.body as { status?: unknown } | undefined)?.status;
    const takenBack = (entry: DemoRequestLogEntry) =>
      step.answer?.inviteId === inviteIdOf(entry) && statusOf(entry) === 'accepted';
    const released = patches.filter((entry) => this.heldDeclines.has(inviteIdOf(entry)) && !takenBack(entry));
    for (const entry of released)
      if (statusOf(entry) !== 'rejected')
        problems.push(`a held decline of ${inviteIdOf(entry)} went out as something else`);

    // Nothing on its own while paused for bad credentials. A held decline released now is the
    // user's earlier click, sent as any answer is: its PATCH and the one list every answer is
    // followed by (respond.ts refreshAfterAnswer) are the user's, not the app's own.
    if (step.pausedBefore && step.kind === 'advance') {
      const firstReleasedAt = Math.min(...released.map((entry) => entry.at));
      const followUps = step.requests.filter(
        (entry) =>
          entry.method === 'GET' && entry.path.endsWith('/user/invites') && entry.at >= firstReleasedAt,
      );
      const own = step.requests.length - released.length - Math.min(followUps.length, released.length);
      if (own > 0) problems.push(`${own} request(s) by themselves while paused for bad credentials`);
    }

    const own = patches.length - released.length;
    if (own > (step.answer ? 1 : 0))
      problems.push(`${own} PATCH(es) for ${step.answer ? 'one answer' : 'no answer'}`);
    const lastSnapshot = step.outputs.snapshots.at(-1);
    if (lastSnapshot)
      this.heldDeclines = new Set((lastSnapshot.heldDeclines ?? []).map((entry) => entry.inviteId));

    // An answer the server accepted is never pending again (in anything published since).
    for (const snapshot of step.outputs.snapshots)
      for (const invite of snapshot.profiles[0]?.invites ?? [])
        if (this.acceptedByServer.has(invite.id) && invite.effective_status === 'pending')
          problems.push(`${invite.id} shown pending after the server accepted its answer`);
    // Accepted as far as the app knows: a 200 whose answer reached it (a response lost to a
    // timeout is a failure to the app, rightly rolled back until a list tells otherwise).
    const confirmed =
      step.answer !== undefined &&
      (step.answer.surface === 'window'
        ? step.answer.rejected === undefined
        : step.outputs.notifications.some(
            (spec) => spec.kind === 'responded' && spec.inviteId === step.answer?.inviteId,
          ));
    for (const entry of patches)
      if (entry.status === 200 && confirmed && inviteIdOf(entry) === step.answer?.inviteId)
        this.acceptedByServer.add(inviteIdOf(entry));

    // A failed answer rolls back, with its error; nothing stays "being sent" once idle.
    const rejected = step.answer?.rejected;
    if (rejected && (!rejected.rolledBack || rejected.errorShown !== rejected.kind))
      problems.push(`failed answer not rolled back with its error: ${JSON.stringify(rejected)}`);
    if (state && Object.keys(state.responding).length > 0)
      problems.push(`still responding when idle: ${JSON.stringify(state.responding)}`);

    problems.push(...this.checkTray(now), ...this.checkNotifications(step.outputs));
    if (world.errors.length > 0) problems.push(`core logged errors: ${world.errors.join('; ')}`);
    return problems;
  }

  /** The tray count is what is pending now, and the view last shown is the current one. */
  private checkTray(now: number): string[] {
    const { core } = this.world;
    const snapshot = core.snapshot();
    const state = snapshot.profiles[0];
    const expected = (state?.invites ?? []).filter((invite) =>
      pendingAt(invite, state?.responding ?? {}, now),
    ).length;
    const view = core.trayView();
    const problems: string[] = [];
    if (snapshot.pendingCount !== expected)
      problems.push(`snapshot counts ${snapshot.pendingCount} pending, ${expected} are pending now`);
    const header = view.menu[0]?.label ?? '';
    const shown = header.startsWith('No pending') ? 0 : Number.parseInt(header, 10);
    if (state?.lastSuccessAt != null && shown !== expected)
      problems.push(`tray says "${header}", ${expected} are pending now`);
    const offered = view.menu.filter((item) => item.id.startsWith('invite:')).length;
    if (offered !== Math.min(expected, 10))
      problems.push(`tray offers ${offered} invitations, ${expected} pending`);
    if (JSON.stringify(this.world.lastTrayView()) !== JSON.stringify(view))
      problems.push('the tray view last shown is not the current one');
    return problems;
  }

  /** Every newly pending invitation announced exactly once; more than three at once as one summary. */
  private checkNotifications(outputs: Outputs): string[] {
    const problems: string[] = [];
    const fresh = new Set<string>();
    for (const snapshot of outputs.snapshots)
      for (const id of this.pendingIds(snapshot)) if (!this.seenPending.has(id)) fresh.add(id);
    for (const id of fresh) this.seenPending.add(id);
    let covered = 0;
    for (const spec of outputs.notifications) {
      if (spec.kind === 'new-invite' && spec.inviteId) {
        if (this.announced.has(spec.inviteId)) problems.push(`${spec.inviteId} announced twice`);
        if (!fresh.has(spec.inviteId)) problems.push(`${spec.inviteId} announced but not newly pending`);
        this.announced.add(spec.inviteId);
        covered++;
      } else if (spec.kind === 'summary') {
        const count = Number.parseInt(spec.title, 10);
        if (!(count > 3)) problems.push(`a summary of ${count} (summaries are for more than three)`);
        covered += count;
        if (count > 3) for (const id of fresh) this.announced.add(id);
      }
    }
    if (covered !== fresh.size) problems.push(`${fresh.size} newly pending, ${covered} announced`);
    return problems;
  }

  private pendingIds(snapshot: AppSnapshot): string[] {
    const state = snapshot.profiles[0];
    return (state?.invites ?? [])
      .filter((invite) => pendingAt(invite, state?.responding ?? {}, snapshot.at))
      .map((invite) => invite.id);
  }
}

function iso(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms);
}
