import { z } from '../../../shared/zod';
import { lazySchema } from '../../../shared/lazy-schema';
import type { Membership, RecentAnswer } from '../../../shared/membership-types';
import { RECENT_ANSWER_DAYS } from '../../../shared/membership-types';

// "Recently answered": what the user answered in Invitray, and after an accept the membership it
// made, kept across restarts for a week so the confirmation can be found again and an accept
// made by mistake can be undone by leaving. Bounded in age and in number.

export const RECENT_ANSWER_MS = RECENT_ANSWER_DAYS * 24 * 3_600_000;
/** More answers than anyone gives in a week; a bound on the settings file. */
export const MAX_RECENT_ANSWERS = 50;

const grant = lazySchema(() => z.object({ read: z.boolean(), write: z.boolean() }));
const membershipSchema = lazySchema(() =>
  z.object({
    id: z.string().check(z.maxLength(32)),
    account: z.object({ id: z.string().check(z.maxLength(32)), name: z.string().check(z.maxLength(200)) }),
    roles: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(50)),
    permissions: z.record(z.string().check(z.maxLength(40)), grant),
    status: z.string().check(z.maxLength(40)),
  }),
);
const entrySchema = lazySchema(() =>
  z.object({
    profileId: z.string().check(z.maxLength(64)),
    inviteId: z.string().check(z.maxLength(32)),
    organizationId: z.string().check(z.maxLength(32)),
    organizationName: z.string().check(z.maxLength(200)),
    answer: z.enum(['accepted', 'rejected']),
    at: z.number(),
    membership: z.optional(z.nullable(membershipSchema)),
    left: z.optional(z.boolean()),
  }),
);

export interface RecentAnswerStore {
  load(): unknown[];
  save(answers: readonly RecentAnswer[]): void;
}

export class RecentAnswers {
  private entries: RecentAnswer[];

  constructor(
    private readonly store: RecentAnswerStore,
    private readonly now: () => number,
    private readonly changed: () => void,
  ) {
    // An entry edited by hand into something else is dropped, not trusted.
    this.entries = store.load().flatMap((entry) => {
      const parsed = entrySchema.safeParse(entry);
      return parsed.success ? [parsed.data as RecentAnswer] : [];
    });
  }

  /** The week's answers, newest first. */
  list(): RecentAnswer[] {
    const since = this.now() - RECENT_ANSWER_MS;
    return this.entries.filter((entry) => entry.at > since && entry.at <= this.now() + 60_000).reverse();
  }

  find(profileId: string, inviteId: string): RecentAnswer | undefined {
    return this.entries.find((entry) => entry.profileId === profileId && entry.inviteId === inviteId);
  }

  answered(entry: Omit<RecentAnswer, 'at'>): void {
    const others = this.entries.filter(
      (existing) => !(existing.profileId === entry.profileId && existing.inviteId === entry.inviteId),
    );
    this.write([...others, { ...entry, at: this.now() }]);
  }

  update(
    profileId: string,
    inviteId: string,
    changes: { membership?: Membership | null; left?: boolean },
  ): void {
    if (!this.find(profileId, inviteId)) return;
    this.write(
      this.entries.map((entry) =>
        entry.profileId === profileId && entry.inviteId === inviteId ? { ...entry, ...changes } : entry,
      ),
    );
  }

  /** An account removed from Invitray takes its answers with it. */
  forgetProfile(profileId: string): void {
    if (this.entries.some((entry) => entry.profileId === profileId)) {
      this.write(this.entries.filter((entry) => entry.profileId !== profileId));
    }
  }

  private write(entries: RecentAnswer[]): void {
    const since = this.now() - RECENT_ANSWER_MS;
    this.entries = entries.filter((entry) => entry.at > since).slice(-MAX_RECENT_ANSWERS);
    this.store.save(this.entries);
    this.changed();
  }
}
