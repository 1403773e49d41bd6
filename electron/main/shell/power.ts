import type { Clock, TimerHandle } from '../core/sync/clock';

export interface PowerMonitorLike {
  on(event: 'resume' | 'unlock-screen', listener: () => void): unknown;
  removeListener(event: 'resume' | 'unlock-screen', listener: () => void): unknown;
}

export interface NetLike {
  isOnline(): boolean;
}

export interface PowerDeps {
  powerMonitor: PowerMonitorLike;
  net: NetLike;
  clock: Clock;
  /** The core's "refresh every profile now". */
  refresh: (reason: 'resume' | 'unlock' | 'online') => void;
  /** How often to look at the network state; Electron has no main-process online event. */
  onlineCheckMs?: number;
}

export const DEFAULT_ONLINE_CHECK_MS = 15_000;

/**
 * Refreshes when the machine wakes up, the screen is unlocked, or the network comes
 * back, so the tray count is right when the user looks at it rather than one polling
 * interval later. Returns the function that stops all of it.
 */
export function registerPower(deps: PowerDeps): () => void {
  const onResume = () => deps.refresh('resume');
  const onUnlock = () => deps.refresh('unlock');
  deps.powerMonitor.on('resume', onResume);
  deps.powerMonitor.on('unlock-screen', onUnlock);

  const every = deps.onlineCheckMs ?? DEFAULT_ONLINE_CHECK_MS;
  let online = deps.net.isOnline();
  let timer: TimerHandle | null = null;
  const check = () => {
    const now = deps.net.isOnline();
    if (now && !online) deps.refresh('online');
    online = now;
    timer = deps.clock.setTimeout(check, every);
  };
  timer = deps.clock.setTimeout(check, every);

  return () => {
    deps.powerMonitor.removeListener('resume', onResume);
    deps.powerMonitor.removeListener('unlock-screen', onUnlock);
    if (timer !== null) deps.clock.clearTimeout(timer);
    timer = null;
  };
}
