import { describe, expect, it } from 'vitest';
import { registerAppEvents } from '../../../electron/main/shell/app-events';
import { FakeEmitter, recordingLog } from './fakes';

function setup(platform: string, withQuit = false) {
  const app = Object.assign(new FakeEmitter(), { docked: true, dock: { hide: () => (app.docked = false) } });
  const calls: string[] = [];
  const popover = { show: () => calls.push('show'), allowClose: () => calls.push('allowClose') };
  registerAppEvents({
    app,
    platform,
    popover,
    onBeforeQuit: () => calls.push('stop'),
    ...(withQuit ? { onQuit: () => calls.push('removeDemoFolder') } : {}),
    log: recordingLog(),
  });
  return { app, calls };
}

describe('registerAppEvents', () => {
  it('macOS: opening the app again (Finder, Spotlight, Launchpad) emits `activate`, which shows the popover', () => {
    const { app, calls } = setup('darwin');
    app.emit('activate');
    expect(calls).toEqual(['show']);
    expect(app.docked).toBe(false);
  });

  it.each(['win32', 'linux'])('%s: a second launch shows the popover; no activate, no Dock', (platform) => {
    const { app, calls } = setup(platform);
    expect(app.count('activate')).toBe(0);
    app.emit('second-instance');
    expect(calls).toEqual(['show']);
    expect(app.docked).toBe(true);
  });

  it('quitting lets the hidden window close and stops everything, then runs the quit step', () => {
    const { app, calls } = setup('linux', true);
    app.emit('window-all-closed');
    expect(calls).toEqual([]);
    app.emit('before-quit');
    app.emit('quit');
    expect(calls).toEqual(['allowClose', 'stop', 'removeDemoFolder']);
  });
});
