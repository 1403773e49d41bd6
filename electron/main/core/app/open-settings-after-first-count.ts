import type { AppSnapshot } from '../../../shared/types';

/**
 * The boot keeps settings writes in memory until electron-store opens, so that loading it does
 * not hold up the first tray count (shell/settings-store.ts, `openOnWrite: false`). Left to the
 * boot's later step, a write would wait a whole second, and a crash or logoff in it would lose
 * it (an invitation already notified would be notified again). So the store opens as soon as
 * every account has had its first answer (a list or an error): the count is out by then, and
 * from then on a write goes to the file as it always has.
 * It opens on the task after that snapshot: the core emits a snapshot before it publishes the
 * tray's count from it (create-core.ts), so opening from inside the listener would ask for
 * electron-store's ~100 modules before the count it was meant to follow.
 * Returns the unsubscribe, which it also calls itself once it has opened the store.
 */
export function openSettingsAfterFirstCount(
  onSnapshot: (listener: (snapshot: AppSnapshot) => void) => () => void,
  openSettings: () => Promise<void>,
  afterThisTask: (run: () => void) => void = setImmediate,
): () => void {
  let done = false;
  let stop: (() => void) | null = null;
  const finish = () => {
    done = true;
    stop?.();
  };
  stop = onSnapshot((snapshot) => {
    if (done) return;
    const answered =
      snapshot.profiles.length > 0 &&
      snapshot.profiles.every((state) => state.lastSuccessAt !== null || state.error !== null);
    if (!answered) return;
    finish();
    // A store that cannot open is logged by the deferred store itself (deferred-settings-store.ts).
    afterThisTask(() => void openSettings());
  });
  if (done) stop();
  return finish;
}
