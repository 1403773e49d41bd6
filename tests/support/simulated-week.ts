import { createSessionKeychain, type InvitrayCore } from '../../electron/main/core/app';
import { DEMO_CREDENTIALS } from '../../electron/main/core/demo';
import { newInvite } from '../../electron/main/core/demo/seed';
import { createCoreFixture, type CoreFixture } from '../integration/app/support/core-fixture';
import { readSettingsFile } from './settings-helpers';

// Issue 21: a week of the real core against the demo API, 2,016 five-minute polls. Each day
// three invitations arrive: one is answered the next day, one lapses after 12 hours, one is
// withdrawn after two days; Cloudflare drops answered and lapsed ones a day later. The app
// restarts once, mid-week. Used by week-memory.test.ts (sizes) and bench/core-week.ts (heap).

export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const POLLS_PER_DAY = 288;

export interface DayReport {
  day: number;
  listed: number;
  notifiedIds: number;
  remindedIds: number;
}

export interface WeekResult {
  days: DayReport[];
  /** Tags of the new-invitation notifications raised, in order (only these: the heap bench runs this). */
  announced: string[];
  patches: number;
  answers: number;
  polls: number;
}

export interface WeekOptions {
  days?: number;
  /** Restart the app mid-week (default true); the heap bench keeps one run, as one main process is. */
  restart?: boolean;
  /** Where the demo API runs (default in-process); the heap bench keeps it off the core's heap. */
  demo?: 'in-process' | 'thread';
  /** Called at the end of each day (after its polls), e.g. to sample the heap. */
  endOfDay?(day: number): void | Promise<void>;
}

function listedIds(core: InvitrayCore): string[] {
  return core.snapshot().profiles.flatMap((profile) => profile.invites.map((invite) => invite.id));
}

export async function simulateWeek(options: WeekOptions = {}): Promise<WeekResult> {
  const days = options.days ?? 7;
  const fixture: CoreFixture = await createCoreFixture({
    keychain: createSessionKeychain(),
    ...(options.demo === undefined ? {} : { demo: options.demo }),
  });
  const announced: string[] = [];
  try {
    fixture.demo.setInvites([]);
    // Polls fall between the minute ticks.
    fixture.clock.advance(MINUTE / 2);
    let { core, recorded } = fixture.boot();
    core.start();
    const { id: profileId } = await core.addAccount('Work', DEMO_CREDENTIALS.token);
    await core.whenIdle();
    const answerAt = new Map<string, number>();
    const dropAt = new Map<string, number>();
    const reports: DayReport[] = [];
    let answers = 0;
    let patches = 0;
    let polls = 0;
    for (let day = 0; day < days; day++) {
      if (options.restart !== false && day === Math.floor(days / 2)) {
        // A restart: what was announced stays announced, what was answered is not sent again.
        await core.stop();
        ({ core, recorded } = fixture.boot());
        core.start();
        await core.whenIdle();
      }
      const now = fixture.clock.now();
      for (const [kind, hours] of [
        ['a', 30 * 24],
        ['l', 12],
        ['w', 30 * 24],
      ] as const) {
        const id = `wk${day}${kind}`.padEnd(32, '0');
        fixture.demo.addInvite(
          newInvite(id, now, {
            organization_name: `Day ${day} ${kind}`,
            invited_by: 'owner@example.org',
            expires_on: new Date(now + hours * HOUR).toISOString(),
            roles: ['Administrator'],
          }),
        );
        if (kind === 'a') answerAt.set(id, now + DAY);
        if (kind === 'l') dropAt.set(id, now + 12 * HOUR + DAY);
        if (kind === 'w') dropAt.set(id, now + 2 * DAY);
      }
      for (let poll = 0; poll < POLLS_PER_DAY; poll++) {
        fixture.clock.advance(5 * MINUTE);
        await core.whenIdle();
        polls++;
        const at = fixture.clock.now();
        for (const [id, when] of answerAt) {
          if (when > at) continue;
          answerAt.delete(id);
          await core.respond(profileId, id, 'accepted');
          answers++;
          dropAt.set(id, at + DAY);
        }
        for (const [id, when] of dropAt) {
          if (when > at) continue;
          dropAt.delete(id);
          fixture.demo.removeInvite(id);
        }
      }
      await core.whenIdle();
      // What the harness itself keeps (every snapshot and tray view, every request) is let go
      // each day, so the heap read at the end of a day is the app's.
      for (const spec of recorded.notifications) if (spec.kind === 'new-invite') announced.push(spec.tag);
      for (const list of Object.values(recorded)) list.length = 0;
      patches += fixture.demo.requestLog().filter((entry) => entry.method === 'PATCH').length;
      fixture.demo.clearRequestLog();
      const settings = readSettingsFile(fixture.dir) as {
        notifiedInviteIds: string[];
        remindedInviteIds: string[];
      };
      reports.push({
        day,
        listed: listedIds(core).length,
        notifiedIds: settings.notifiedInviteIds.length,
        remindedIds: settings.remindedInviteIds.length,
      });
      await options.endOfDay?.(day);
    }
    return { days: reports, announced, patches, answers, polls };
  } finally {
    await fixture.close();
  }
}
