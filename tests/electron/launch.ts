import { resolve } from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-available.mjs';
import { keepFailureArtifacts } from './failure-artifacts';
import { packagedTarget } from './packaged-target';

export const root = resolve(import.meta.dirname, '../..');
/** The packaged executable named by INVITRAY_PACKAGED_EXECUTABLE (README.md), or null: `electron .`. */
export const packaged = packagedTarget();
export const binary = packaged ?? electronBinary(root);

/**
 * Starts the built app as `electron .` from the project root, in demo mode, with its demo
 * handle on main's globalThis (see README.md). The project root, not out/main/index.js:
 * given a file, Electron's app path becomes out/main, so resources/ (the tray images) is not
 * found and the name and version are Electron's own. Demo mode gives the app a throwaway
 * profile directory and its own demo API.
 */
export async function launchDemoApp(): Promise<ElectronApplication> {
  if (!binary.available) throw new Error(binary.reason);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // A dev-server URL or a real API base must not leak into the run.
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'INVITRAY_API_BASE_URL')
      env[key] = value;
  }
  // Packaged, the app path argument below is ignored: a packaged Electron always runs resources/app.asar.
  const app = await _electron.launch({
    executablePath: binary.executablePath,
    // Linux CI runners have no setuid chrome-sandbox and restrict user namespaces; the app's own
    // renderer sandboxing (sandbox: true, contextIsolation) is unaffected by this flag's absence elsewhere.
    args: [root, '--demo', ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
    env,
    cwd: root,
  });
  return keepFailureArtifacts(app);
}
