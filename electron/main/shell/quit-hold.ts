// Quitting waits for what the app still owes the disk: settings written before electron-store
// was open, and the log lines kept while electron-log loads (both are loaded after the first
// tray image, so a quit in the first second would otherwise lose them).

export interface QuitHoldAppLike {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

export interface QuitHoldDeps {
  app: QuitHoldAppLike;
  /** What must finish before the process ends (a throw or rejection is logged, and the quit goes on). */
  pending: () => Promise<unknown>;
  /** The longest the quit waits: a hung load must not keep the app from ending. */
  boundMs: number;
  timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout };
  log: { warn(message: string): void };
}

/**
 * Holds `will-quit` (Electron: preventDefault there cancels the quit, browser.cc NotifyAndShutdown)
 * until `pending` settles or `boundMs` passes, then quits again. The second quit emits
 * `before-quit` and `will-quit` again (Browser::Quit starts over): this one lets it through.
 */
export function registerQuitHold(deps: QuitHoldDeps): void {
  let state: 'running' | 'holding' | 'released' = 'running';
  deps.app.on('will-quit', (event) => {
    if (state === 'released') return;
    event.preventDefault();
    if (state === 'holding') return;
    state = 'holding';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const bound = new Promise<void>((resolve) => {
      timer = deps.timers.setTimeout(() => {
        deps.log.warn(`Quitting without waiting longer than ${deps.boundMs} ms for settings and log files`);
        resolve();
      }, deps.boundMs);
    });
    // A pending job that throws or rejects must not keep the app from ending: quit, saying why.
    const pending = Promise.resolve()
      .then(deps.pending)
      .catch((error: unknown) => {
        deps.log.warn(
          `Quitting without what was pending: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
    void Promise.race([pending, bound]).finally(() => {
      deps.timers.clearTimeout(timer);
      state = 'released';
      deps.app.quit();
    });
  });
}
