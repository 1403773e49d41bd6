import { builtInTokens, demoToken } from './credentials';
import type { DemoToken, DemoTokenSpec } from './credentials';
import { isoSeconds, newInvite, seedInvites } from './seed';
import type { DemoInvite } from './seed';
import { driftingRecords, type DriftKind } from './drift';
import { DemoMemberships } from './membership-state';

/** Everything the demo server knows: its invitations and tokens. One instance per server. */
export class DemoState {
  invites: DemoInvite[] = [];
  tokens = new Map<string, DemoToken>();
  /** Whether the demo user has two-factor authentication on (GET /user). */
  twoFactorEnabled = true;
  /** The accounts the demo user belongs to: accepting an invitation joins one (membership-state.ts). */
  readonly memberships = new DemoMemberships(() => isoSeconds(this.now()));
  private nextId = 1;

  constructor(
    private readonly now: () => number,
    private readonly initialInvites?: readonly DemoInvite[],
    private readonly initialTwoFactor = true,
  ) {
    this.reset();
  }

  reset(): void {
    this.invites = this.initialInvites ? this.initialInvites.map(clone) : seedInvites(this.now());
    this.tokens = builtInTokens();
    this.twoFactorEnabled = this.initialTwoFactor;
    this.nextId = 1;
    this.memberships.reset(this.invites);
  }

  find(id: string): DemoInvite | undefined {
    // Drifting records may include a null where an invitation belongs (see drift.ts).
    return this.invites.find((invite) => (invite as DemoInvite | null)?.id === id);
  }

  /** A pending invite whose expires_on has passed can no longer be answered. */
  isLapsed(invite: DemoInvite): boolean {
    const expiresAt = typeof invite.expires_on === 'string' ? Date.parse(invite.expires_on) : Number.NaN;
    return Number.isFinite(expiresAt) && expiresAt <= this.now();
  }

  add(fields: DemoInvite = {}): DemoInvite {
    const invite = newInvite(this.generateId(), this.now(), fields);
    this.invites.push(invite);
    return clone(invite);
  }

  update(id: string, changes: DemoInvite): DemoInvite {
    const invite = this.require(id);
    Object.assign(invite, changes);
    // Accepted here or "elsewhere" (a test answering as another device would): either way a member now.
    if (changes.status === 'accepted') this.memberships.join(invite);
    return clone(invite);
  }

  /** Lapses an invite the way Cloudflare does: still `pending`, but past its expires_on. */
  expire(id: string): DemoInvite {
    return this.update(id, { expires_on: isoSeconds(this.now() - 60_000) });
  }

  remove(id: string): boolean {
    const before = this.invites.length;
    this.invites = this.invites.filter((invite) => (invite as DemoInvite | null)?.id !== id);
    return this.invites.length !== before;
  }

  /** Anything JSON: tests plant invites Cloudflare should never send, to see the client cope. */
  set(invites: readonly (Record<string, unknown> | null)[]): void {
    this.invites = invites.map((invite) => clone(invite) as DemoInvite);
  }

  /** Appends drifting records (see drift.ts) after the current invitations. */
  addDrift(kinds?: readonly DriftKind[]): void {
    this.invites.push(...(driftingRecords(this.now(), kinds) as DemoInvite[]));
  }

  snapshot(): DemoInvite[] {
    return this.invites.map(clone);
  }

  addToken(token: string, spec: DemoTokenSpec): void {
    this.tokens.set(token, demoToken({ ...spec, id: spec.id ?? this.generateId() }));
  }

  private require(id: string): DemoInvite {
    const invite = this.find(id);
    if (invite === undefined) throw new Error(`Demo server has no invitation ${id}`);
    return invite;
  }

  /** 32 hex digits, like Cloudflare's; deterministic so test output is stable. */
  private generateId(): string {
    return `de${(this.nextId++).toString(16).padStart(30, '0')}`;
  }
}

function clone<T>(value: T): T {
  return structuredClone(value);
}
