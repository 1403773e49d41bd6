import type { HeldDecline } from '../../../shared/membership-types';
import type { Clock, TimerHandle } from '../sync/clock';

/**
 * How long a one-click decline waits before it is sent. Cloudflare's decline is final (the
 * inviter must invite again), and the tray menu and a notification's Decline button are
 * one-click surfaces: a menu item or a notification button cannot ask a question in place, and a
 * second step would mean opening the window, which is what the button is there to spare. So the
 * click stands, but is held this long with an Undo in the tray menu and the window. Long enough
 * to notice a stray click, short enough that the answer is not forgotten.
 */
export const DECLINE_HOLD_MS = 6_000;

interface Hold {
  entry: HeldDecline;
  timer: TimerHandle;
  send: () => Promise<void>;
}

/**
 * Declines waiting to be sent. On quit (stop) every hold is cancelled and nothing is sent:
 * what the user confirmed was a decline with a chance to undo, and quitting took that chance
 * away, so the invitation stays pending at Cloudflare, where nothing is lost — it can be
 * declined again after the restart. Sending on quit instead would send a decline the user could
 * still have undone.
 */
export class HeldDeclines {
  private readonly holds = new Map<string, Hold>();
  private readonly sending = new Set<Promise<void>>();

  constructor(
    private readonly clock: Clock,
    private readonly changed: () => void,
    private readonly holdMs = DECLINE_HOLD_MS,
  ) {}

  /** Holds a decline; a second one for the same invitation keeps the first (and its time). */
  hold(target: Omit<HeldDecline, 'sendAt'>, send: () => Promise<void>): void {
    const key = keyOf(target);
    if (this.holds.has(key)) return;
    const entry: HeldDecline = { ...target, sendAt: this.clock.now() + this.holdMs };
    const timer = this.clock.setTimeout(() => this.release(key), this.holdMs);
    this.holds.set(key, { entry, timer, send });
    this.changed();
  }

  /** Takes a held decline back; false when there was none (already sent, or never held). */
  undo(profileId: string, inviteId: string): boolean {
    const key = keyOf({ profileId, inviteId });
    const hold = this.holds.get(key);
    if (hold === undefined) return false;
    this.clock.clearTimeout(hold.timer);
    this.holds.delete(key);
    this.changed();
    return true;
  }

  isHeld(profileId: string, inviteId: string): boolean {
    return this.holds.has(keyOf({ profileId, inviteId }));
  }

  list(): HeldDecline[] {
    return [...this.holds.values()].map((hold) => ({ ...hold.entry }));
  }

  /** Quit: drops every hold unsent (see the class comment); returns how many there were. */
  cancelAll(): number {
    const count = this.holds.size;
    for (const hold of this.holds.values()) this.clock.clearTimeout(hold.timer);
    this.holds.clear();
    if (count > 0) this.changed();
    return count;
  }

  /** Settles when every released decline has been answered (tests, the harness). */
  async whenSent(): Promise<void> {
    while (this.sending.size > 0) await Promise.allSettled([...this.sending]);
  }

  private release(key: string): void {
    const hold = this.holds.get(key);
    if (hold === undefined) return;
    this.holds.delete(key);
    this.changed();
    const sent = hold.send().finally(() => this.sending.delete(sent));
    this.sending.add(sent);
  }
}

function keyOf(target: { profileId: string; inviteId: string }): string {
  return `${target.profileId}\u0000${target.inviteId}`;
}
