import { describe, expect, it } from 'vitest';
import { loadScreen } from '../../../src/lib/load-screen';

function recorder() {
  const lines: string[] = [];
  return {
    lines,
    log: { warn: (m: string) => lines.push(`warn: ${m}`), error: (m: string) => lines.push(`error: ${m}`) },
  };
}

describe('loadScreen: a screen chunk is tried twice', () => {
  it('a first failure is tried again, and the second try is used', async () => {
    const { lines, log } = recorder();
    let calls = 0;
    const screen = await loadScreen(
      async () => {
        calls += 1;
        if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return 'Settings';
      },
      'settings',
      log,
    );
    expect(screen).toBe('Settings');
    expect(calls).toBe(2);
    expect(lines).toEqual([
      'warn: Invitray could not load its settings screen (Failed to fetch dynamically imported module); trying again.',
    ]);
  });

  it('two failures reject, and the console says which screen', async () => {
    const { lines, log } = recorder();
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(new Error('net::ERR_FAILED'));
    };
    await expect(loadScreen(failing, 'details', log)).rejects.toThrow('net::ERR_FAILED');
    expect(calls).toBe(2);
    expect(lines.at(-1)).toBe('error: Invitray could not load its details screen (net::ERR_FAILED).');
  });
});
