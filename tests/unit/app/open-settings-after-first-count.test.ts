import { describe, expect, it } from 'vitest';
import { createEmitter } from '../../../electron/main/core/app/emitter';
import { openSettingsAfterFirstCount } from '../../../electron/main/core/app/open-settings-after-first-count';
import type { AppSnapshot } from '../../../electron/shared/types';
import { error, profile, snapshot } from '../tray/snapshot-fixtures';

// The boot keeps settings writes in memory until electron-store opens; the store opens once
// every account has had its first answer, so a write waits for the count, not a second more.

/** The open is run on the task after the snapshot's: this runs what waits for it. */
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

function watch() {
  const snapshots = createEmitter<AppSnapshot>((thrown) => {
    throw thrown;
  });
  let opened = 0;
  const stop = openSettingsAfterFirstCount(snapshots.on, () => {
    opened += 1;
    return Promise.resolve();
  });
  return {
    emit: async (value: AppSnapshot) => {
      snapshots.emit(value);
      await nextTask();
    },
    on: snapshots.on,
    opened: () => opened,
    stop,
  };
}

const waiting = (id: string) => profile(id, { lastSuccessAt: null, error: null, syncing: true });

describe('openSettingsAfterFirstCount', () => {
  it('opens once every account has its first list or error, a failing second account included', async () => {
    const watcher = watch();
    await watcher.emit(snapshot(waiting('p1'), waiting('p2')));
    await watcher.emit(snapshot(profile('p1'), waiting('p2')));
    expect(watcher.opened()).toBe(0);
    await watcher.emit(
      snapshot(profile('p1'), profile('p2', { lastSuccessAt: null, error: error('bad-credentials', 'No') })),
    );
    expect(watcher.opened()).toBe(1);
  });

  it('opens only once, however many snapshots follow', async () => {
    const watcher = watch();
    await watcher.emit(snapshot(profile('p1')));
    await watcher.emit(snapshot(profile('p1')));
    await watcher.emit(snapshot(profile('p1', { error: error('offline', 'Offline') })));
    expect(watcher.opened()).toBe(1);
  });

  it('does not open for a signed-out app (no account to count): the boot later step does', async () => {
    const watcher = watch();
    await watcher.emit(snapshot());
    expect(watcher.opened()).toBe(0);
    await watcher.emit(snapshot(waiting('demo')));
    expect(watcher.opened()).toBe(0);
    await watcher.emit(snapshot(profile('demo')));
    expect(watcher.opened()).toBe(1);
  });

  it('stopped before the first count (the later step came first), it never opens', async () => {
    const watcher = watch();
    await watcher.emit(snapshot(waiting('p1')));
    watcher.stop();
    await watcher.emit(snapshot(profile('p1')));
    expect(watcher.opened()).toBe(0);
  });

  it('a listener called at once on subscribing with an answered snapshot still opens once and unsubscribes', async () => {
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
    );
    expect(listeners).toBe(0);
    await nextTask();
    expect(opened).toBe(1);
  });

  // The core emits a snapshot, then publishes the tray's count from it (create-core.ts): opened
  // from inside the emission, electron-store would be asked for before the count it follows.
  it("opens after the rest of the snapshot's work, the tray count published from it included", async () => {
    const watcher = watch();
    const openedWhenCountPublished: number[] = [];
    watcher.on(() => openedWhenCountPublished.push(watcher.opened()));
    await watcher.emit(snapshot(profile('p1')));
    expect(openedWhenCountPublished).toEqual([0]);
    expect(watcher.opened()).toBe(1);
  });
});
