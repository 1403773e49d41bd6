import { describe, expect, it } from 'vitest';
import { createEmitter } from '../../../electron/main/core/app/emitter';
import { openSettingsAfterFirstCount } from '../../../electron/main/core/app/open-settings-after-first-count';
import type { AppSnapshot } from '../../../electron/shared/types';
import { error, profile, snapshot } from '../tray/snapshot-fixtures';

// The boot keeps settings writes in memory until electron-store opens; the store opens once
// every account has had its first answer, so a write waits for the count, not a second more.

function watch() {
  const snapshots = createEmitter<AppSnapshot>((thrown) => {
    throw thrown;
  });
  let opened = 0;
  const queued: (() => void)[] = [];
  const stop = openSettingsAfterFirstCount(
    snapshots.on,
    () => {
      opened += 1;
      return Promise.resolve();
    },
    (run) => queued.push(run),
  );
  /** The snapshot goes to its listeners, then the task ends (the tray is published in between). */
  const emit = (value: AppSnapshot) => {
    snapshots.emit(value);
    const openedInTask = opened;
    for (const run of queued.splice(0)) run();
    return openedInTask;
  };
  return { emit, opened: () => opened, stop };
}

const waiting = (id: string) => profile(id, { lastSuccessAt: null, error: null, syncing: true });

describe('openSettingsAfterFirstCount', () => {
  it('opens once every account has its first list or error, a failing second account included', () => {
    const watcher = watch();
    watcher.emit(snapshot(waiting('p1'), waiting('p2')));
    watcher.emit(snapshot(profile('p1'), waiting('p2')));
    expect(watcher.opened()).toBe(0);
    const openedWhileListening = watcher.emit(
      snapshot(profile('p1'), profile('p2', { lastSuccessAt: null, error: error('bad-credentials', 'No') })),
    );
    // Not while the snapshot's listeners run: the core publishes the tray's count after them.
    expect(openedWhileListening).toBe(0);
    expect(watcher.opened()).toBe(1);
  });

  it('opens only once, however many snapshots follow', () => {
    const watcher = watch();
    watcher.emit(snapshot(profile('p1')));
    watcher.emit(snapshot(profile('p1')));
    watcher.emit(snapshot(profile('p1', { error: error('offline', 'Offline') })));
    expect(watcher.opened()).toBe(1);
  });

  it('does not open for a signed-out app (no account to count): the boot later step does', () => {
    const watcher = watch();
    watcher.emit(snapshot());
    expect(watcher.opened()).toBe(0);
    watcher.emit(snapshot(waiting('demo')));
    expect(watcher.opened()).toBe(0);
    watcher.emit(snapshot(profile('demo')));
    expect(watcher.opened()).toBe(1);
  });

  it('stopped before the first count (the later step came first), it never opens', () => {
    const watcher = watch();
    watcher.emit(snapshot(waiting('p1')));
    watcher.stop();
    watcher.emit(snapshot(profile('p1')));
    expect(watcher.opened()).toBe(0);
  });

  it('a listener called at once on subscribing with an answered snapshot still opens once and unsubscribes', () => {
    let listeners = 0;
    let opened = 0;
    const answered = snapshot(profile('p1'));
    openSettingsAfterFirstCount(
      (listener) => {
        listeners += 1;
        listener(answered);
        listener(answered);
        return () => {
          listeners -= 1;
        };
      },
      () => {
        opened += 1;
        return Promise.resolve();
      },
      (run) => run(),
    );
    expect(opened).toBe(1);
    expect(listeners).toBe(0);
  });
});
