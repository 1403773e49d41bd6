import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Linux has no login-item API: desktop sessions start what they find in
// $XDG_CONFIG_HOME/autostart (freedesktop "Desktop Application Autostart").

export interface AutostartEntryOptions {
  /** Absolute path of the program: the AppImage itself when run from one, not its temporary mount. */
  executable: string;
  args?: readonly string[];
  name?: string;
  comment?: string;
}

export const AUTOSTART_FILE_NAME = 'invitray.desktop';

/** `$XDG_CONFIG_HOME/autostart`, falling back to `~/.config/autostart`. */
export function autostartDir(env: { XDG_CONFIG_HOME?: string | undefined }, homeDir: string): string {
  const configHome = env.XDG_CONFIG_HOME?.startsWith('/') ? env.XDG_CONFIG_HOME : join(homeDir, '.config');
  return join(configHome, 'autostart');
}

/** The desktop entry that starts the app at login. */
export function autostartDesktopEntry(options: AutostartEntryOptions): string {
  const exec = [options.executable, ...(options.args ?? [])].map(quoteExecArg).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${oneLine(options.name ?? 'Invitray')}`,
    `Comment=${oneLine(options.comment ?? 'Cloudflare account invitations in your tray')}`,
    `Exec=${exec}`,
    'Terminal=false',
    'NoDisplay=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * Quotes one Exec argument per the Desktop Entry spec: reserved characters need
 * double quotes, inside which `"`, `` ` ``, `$` and `\` are backslash-escaped; `%`
 * is doubled (field codes); then the whole value is escaped once more as a string
 * value, which doubles every backslash again.
 */
export function quoteExecArg(arg: string): string {
  const percentSafe = arg.replaceAll('%', '%%');
  const needsQuotes = arg === '' || /[\s"'\\><~|&;$*?#()`]/.test(arg);
  const quoted = needsQuotes ? `"${percentSafe.replace(/(["`$\\])/g, '\\$1')}"` : percentSafe;
  return oneLine(quoted.replaceAll('\\', '\\\\'));
}

function oneLine(value: string): string {
  return value.replace(/[\r\n\t]/g, ' ');
}

/** The desktop's own startup settings switch an entry off with either key rather than deleting it. */
function isEnabledEntry(text: string): boolean {
  return !/^X-GNOME-Autostart-enabled=false$/m.test(text) && !/^Hidden=true$/m.test(text);
}

/** Reads and writes the autostart entry in one directory (real files; tests use a temp dir). */
export class LinuxAutostart {
  readonly file: string;

  private entry: AutostartEntryOptions;

  constructor(dir: string, entry: AutostartEntryOptions) {
    this.file = join(dir, AUTOSTART_FILE_NAME);
    this.entry = { ...entry };
  }

  async isEnabled(): Promise<boolean> {
    try {
      return isEnabledEntry(await readFile(this.file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** Whether the entry exists at all (present but switched off by the desktop counts). */
  async exists(): Promise<boolean> {
    try {
      await readFile(this.file, 'utf8');
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /**
   * The program moved (an AppImage updated under a new name). Synchronous on purpose: it runs
   * from electron-updater's event while the app quits. An enabled entry is rewritten to start
   * the new file; one the user switched off, or none, is left as it is.
   */
  retarget(executable: string): boolean {
    this.entry = { ...this.entry, executable };
    if (!existsSync(this.file) || !isEnabledEntry(readFileSync(this.file, 'utf8'))) return false;
    writeFileSync(this.file, autostartDesktopEntry(this.entry));
    return true;
  }

  async setEnabled(enabled: boolean): Promise<void> {
    if (!enabled) {
      await rm(this.file, { force: true });
      return;
    }
    await mkdir(dirname(this.file), { recursive: true });
    await writeFile(this.file, autostartDesktopEntry(this.entry));
  }
}
