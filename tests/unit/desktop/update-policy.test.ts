import { describe, expect, it } from 'vitest';
import {
  FIRST_CHECK_DELAY_MS,
  INITIAL_UPDATE_STATE,
  UPDATE_CHECK_INTERVAL_MS,
  becameReady,
  reduceUpdateState,
  shouldStartCheck,
  summarizeUpdateError,
  updateMenuLabel,
  updatesDisabledReason,
  type UpdateEvent,
  type UpdateState,
} from '../../../electron/main/core/desktop/update-policy';

const T0 = 1_700_000_000_000;

function run(events: UpdateEvent[], start: UpdateState = INITIAL_UPDATE_STATE): UpdateState {
  return events.reduce((state, event, index) => reduceUpdateState(state, event, T0 + index), start);
}

describe('updatesDisabledReason', () => {
  it('checks only in a packaged app outside demo mode', () => {
    expect(updatesDisabledReason({ packaged: true, demo: false })).toBeNull();
    expect(updatesDisabledReason({ packaged: false, demo: false })).toBe('development');
    expect(updatesDisabledReason({ packaged: true, demo: true })).toBe('demo');
    expect(updatesDisabledReason({ packaged: false, demo: true })).toBe('development');
  });
});

describe('schedule', () => {
  it('checks every 6 hours, the first time shortly after start', () => {
    expect(UPDATE_CHECK_INTERVAL_MS).toBe(6 * 60 * 60 * 1000);
    expect(FIRST_CHECK_DELAY_MS).toBeGreaterThan(0);
    expect(FIRST_CHECK_DELAY_MS).toBeLessThanOrEqual(60_000);
  });
});

describe('reduceUpdateState', () => {
  it('goes checking -> downloading -> ready for an available update', () => {
    const checking = run([{ type: 'checking' }]);
    expect(checking).toMatchObject({ status: 'checking', lastCheckAt: T0 });
    const downloading = run([{ type: 'available', version: '1.2.3' }], checking);
    expect(downloading).toMatchObject({ status: 'downloading', version: '1.2.3', percent: 0 });
    const halfway = run([{ type: 'progress', percent: 49.6 }], downloading);
    expect(halfway.percent).toBe(50);
    const ready = run([{ type: 'downloaded', version: '1.2.3' }], halfway);
    expect(ready).toMatchObject({ status: 'ready', version: '1.2.3', percent: 100, error: null });
  });

  it('treats a second "checking" during a check as the same check', () => {
    const checking = run([{ type: 'checking' }]);
    expect(reduceUpdateState(checking, { type: 'checking' }, T0 + 50)).toBe(checking);
  });

  it('returns to idle when there is nothing new', () => {
    expect(run([{ type: 'checking' }, { type: 'not-available' }])).toMatchObject({
      status: 'idle',
      version: null,
      lastCheckAt: T0,
    });
  });

  it('keeps an error as a one-line state, cleared by the next check', () => {
    const failed = run([
      { type: 'checking' },
      { type: 'error', message: 'net::ERR_INTERNET_DISCONNECTED\n  at …' },
    ]);
    expect(failed).toMatchObject({ status: 'error', error: 'net::ERR_INTERNET_DISCONNECTED' });
    expect(run([{ type: 'checking' }], failed)).toMatchObject({ status: 'checking', error: null });
  });

  it('never leaves ready: the download waits for a restart', () => {
    const ready = run([
      { type: 'checking' },
      { type: 'available', version: '2.0.0' },
      { type: 'downloaded', version: '2.0.0' },
    ]);
    for (const event of [
      { type: 'checking' },
      { type: 'error', message: 'late failure' },
      { type: 'not-available' },
    ] satisfies UpdateEvent[]) {
      expect(reduceUpdateState(ready, event, T0 + 99)).toBe(ready);
    }
  });

  it('ignores progress outside a download and clamps odd percentages', () => {
    expect(run([{ type: 'progress', percent: 40 }])).toBe(INITIAL_UPDATE_STATE);
    const downloading = run([{ type: 'available', version: '1.0.1' }]);
    expect(run([{ type: 'progress', percent: 250 }], downloading).percent).toBe(100);
    expect(run([{ type: 'progress', percent: -3 }], downloading).percent).toBe(0);
    expect(run([{ type: 'progress', percent: Number.NaN }], downloading).percent).toBe(0);
  });
});

describe('shouldStartCheck', () => {
  it('starts from idle or after an error, never over a check, a download or a ready update', () => {
    const states: [UpdateState['status'], boolean][] = [
      ['idle', true],
      ['error', true],
      ['checking', false],
      ['downloading', false],
      ['ready', false],
    ];
    for (const [status, expected] of states) {
      expect(shouldStartCheck({ ...INITIAL_UPDATE_STATE, status })).toBe(expected);
    }
  });
});

describe('tray and notification helpers', () => {
  const ready: UpdateState = { ...INITIAL_UPDATE_STATE, status: 'ready', version: '3.1.0' };

  it('reports the transition to ready exactly once', () => {
    expect(becameReady({ ...INITIAL_UPDATE_STATE, status: 'downloading' }, ready)).toBe(true);
    expect(becameReady(ready, ready)).toBe(false);
    expect(becameReady(INITIAL_UPDATE_STATE, { ...INITIAL_UPDATE_STATE, status: 'error' })).toBe(false);
  });

  it('offers "Restart to update" only when an update is ready', () => {
    expect(updateMenuLabel(ready)).toBe('Restart to update to 3.1.0');
    expect(updateMenuLabel({ ...ready, version: null })).toBe('Restart to update');
    for (const status of ['idle', 'checking', 'downloading', 'error'] as const) {
      expect(updateMenuLabel({ ...ready, status })).toBeNull();
    }
  });
});

describe('summarizeUpdateError', () => {
  it('keeps the first line, bounded, of errors and other values', () => {
    expect(summarizeUpdateError(new Error('HttpError: 404\nHeaders: {…}'))).toBe('HttpError: 404');
    expect(summarizeUpdateError('plain')).toBe('plain');
    expect(summarizeUpdateError('')).toBe('Unknown update error');
    const long = summarizeUpdateError('x'.repeat(5000));
    expect(long.length).toBe(200);
    expect(long.endsWith('…')).toBe(true);
  });
});
