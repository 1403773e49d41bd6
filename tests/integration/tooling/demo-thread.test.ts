import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, type DemoServer } from '../../../electron/main/core/demo';
import { startDemoThread } from '../../support/demo-thread';
import { ManualClock } from '../../support/manual-clock';

// The week's heap bench runs the demo API in a worker thread (tests/support/demo-thread.ts):
// it must answer over real HTTP, on the test's clock, with DemoServer's synchronous calls.

const START = Date.parse('2026-03-01T12:00:00Z');
const HOUR = 3_600_000;
const clock = new ManualClock(START);
let demo: DemoServer;

async function listedIds(): Promise<string[]> {
  const response = await fetch(`${demo.baseUrl}/user/invites`, {
    headers: { authorization: `Bearer ${DEMO_TOKEN}` },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { result: { id: string }[] };
  return body.result.map((invite) => invite.id);
}

describe('the demo API in a worker thread', () => {
  beforeAll(async () => {
    demo = await startDemoThread(clock);
  });
  afterAll(async () => {
    await demo.close();
  });

  it('answers over HTTP what its synchronous calls set up', async () => {
    demo.setInvites([]);
    const { id } = demo.addInvite({ organization_name: 'Threaded' });
    if (id === undefined) throw new Error('the demo added an invitation without an id');
    expect(await listedIds()).toEqual([id]);
    expect(demo.removeInvite(id)).toBe(true);
    expect(await listedIds()).toEqual([]);
  });

  it("stamps each request with the test clock's time, as it moves", async () => {
    demo.clearRequestLog();
    await listedIds();
    clock.advance(HOUR);
    await listedIds();
    expect(demo.requestLog().map((entry) => entry.at)).toEqual([START, START + HOUR]);
  });

  it("passes a call's failure back to the caller", () => {
    expect(() => demo.updateInvite('no-such-invitation', { status: 'accepted' })).toThrow(/updateInvite/);
  });
});
