import { describe, expect, it } from 'vitest';
import { simulateWeek } from '../../support/simulated-week';

// Issue 21: what the app remembers per invitation (who was notified, who reminded) stays the
// size of Cloudflare's list over a week of polls, arrivals, answers and lapses, and a restart
// mid-week neither announces anything twice nor sends an answer again.

describe('a simulated week', () => {
  it('keeps every per-invitation memory the size of the list', { timeout: 240_000 }, async () => {
    const week = await simulateWeek();
    expect(week.polls).toBe(2016);
    for (const day of week.days) {
      expect(day.notifiedIds, `day ${day.day}`).toBeLessThanOrEqual(day.listed);
      expect(day.remindedIds, `day ${day.day}`).toBeLessThanOrEqual(day.listed);
    }
    // Each invitation announced once, restart or not; one PATCH per answer.
    expect(new Set(week.announced).size).toBe(week.announced.length);
    expect(week.announced).toHaveLength(7 * 3);
    expect(week.patches).toBe(week.answers);
  });
});
