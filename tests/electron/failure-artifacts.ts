import { test, type ElectronApplication } from '@playwright/test';

// Playwright's `use.trace` and `use.screenshot` cover the browser contexts it creates itself,
// not an app started with _electron.launch: this records a trace of the app's context from
// launch and, when the test failed, keeps it with a screenshot of every open window in the
// test's output folder (test-results/…, uploaded by CI on failure).

/** Starts tracing and makes `app.close()` keep the trace and screenshots of a failed test. */
export async function keepFailureArtifacts(app: ElectronApplication): Promise<ElectronApplication> {
  await app.context().tracing.start({ screenshots: true, snapshots: true });
  const close = app.close.bind(app);
  app.close = async () => {
    const info = test.info();
    const failed = info.status !== info.expectedStatus;
    if (failed) {
      const windows = app.windows();
      for (const [index, window] of windows.entries()) {
        const path = info.outputPath(`window-${index + 1}.png`);
        try {
          await window.screenshot({ path, timeout: 5_000 });
          await info.attach(`window ${index + 1}`, { path, contentType: 'image/png' });
        } catch (error) {
          // A hidden popover may refuse a screenshot: say so beside the others.
          await info.attach(`window ${index + 1} (no screenshot)`, {
            body: String(error),
            contentType: 'text/plain',
          });
        }
      }
      const trace = info.outputPath('trace.zip');
      await app.context().tracing.stop({ path: trace });
      await info.attach('trace', { path: trace, contentType: 'application/zip' });
    } else {
      await app.context().tracing.stop();
    }
    await close();
  };
  return app;
}
