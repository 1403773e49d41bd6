import { describe, expect, it } from 'vitest';
import { DEFAULT_ONLINE_CHECK_MS, registerPower } from '../../../electron/main/shell/power';
import { ManualClock } from '../../support/manual-clock';
import { FakeEmitter } from './fakes';

describe('registerPower', () => {
  it('refreshes on resume, on unlock and when the network comes back, and stops cleanly', () => {
    const powerMonitor = new FakeEmitter();
    const clock = new ManualClock();
    let online = true;
    const reasons: string[] = [];
    const stop = registerPower({
      powerMonitor,
      net: { isOnline: () => online },
      clock,
      refresh: (reason) => reasons.push(reason),
    });

    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    expect(reasons).toEqual(['resume', 'unlock']);

    clock.advance(DEFAULT_ONLINE_CHECK_MS); // still online: nothing
    online = false;
    clock.advance(DEFAULT_ONLINE_CHECK_MS); // went offline: nothing
    clock.advance(DEFAULT_ONLINE_CHECK_MS);
    online = true;
    clock.advance(DEFAULT_ONLINE_CHECK_MS); // back: one refresh
    clock.advance(DEFAULT_ONLINE_CHECK_MS);
    expect(reasons).toEqual(['resume', 'unlock', 'online']);

    stop();
    expect(powerMonitor.count('resume') + powerMonitor.count('unlock-screen')).toBe(0);
    expect(clock.pending()).toEqual([]);
  });
});
