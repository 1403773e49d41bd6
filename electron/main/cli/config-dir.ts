import { homedir } from 'node:os';
import path from 'node:path';

/**
 * The directory Electron uses as userData for "Invitray", so the CLI and the app
 * share one settings file (profiles) and one keychain service.
 */
export function defaultConfigDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (env.INVITRAY_CONFIG_DIR) return env.INVITRAY_CONFIG_DIR;
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Invitray');
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Invitray');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Invitray');
}
