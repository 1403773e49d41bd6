import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Demo mode runs in a profile directory of its own: its settings, Chromium profile, logs and
// single-instance lock never touch (or collide with) the user's real Invitray, and two demo
// runs (the e2e and boot suites start several) never collide with each other either.
//
// Removed on quit; but Chromium keeps files in it open until the process exits (Windows
// refuses to delete those) and may write some on shutdown, so each demo start also removes
// the folders of earlier demo runs whose process is gone (each folder names its owner pid).

export const DEMO_DIR_PREFIX = 'invitray-demo-';
const OWNER_FILE = 'owner.pid';

export interface DemoProfile {
  /** The userData directory. */
  dir: string;
  /** electron-log's file: inside the demo folder, not the real app's log directory. */
  logFile: string;
  /** Best effort at quit; what remains is swept by the next demo start. */
  remove(): void;
}

export interface DemoProfileDeps {
  tmpDir: string;
  pid: number;
  isAlive(pid: number): boolean;
  warn(message: string): void;
}

/** process.kill(pid, 0) probes without signalling; EPERM means it exists (another user's). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(dir: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(join(dir, OWNER_FILE), 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Removes demo folders whose owning process has exited; returns their paths. */
export function sweepStaleDemoProfiles(deps: DemoProfileDeps): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync(deps.tmpDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith(DEMO_DIR_PREFIX)) continue;
    const dir = join(deps.tmpDir, entry.name);
    try {
      // No owner file: not ours to judge (another version's, or one being created right now).
      const owner = ownerOf(dir);
      if (owner === null || owner === deps.pid || deps.isAlive(owner)) continue;
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
      removed.push(dir);
    } catch (error) {
      deps.warn(`Could not remove an old demo folder ${dir}: ${(error as Error).message}`);
    }
  }
  return removed;
}

export function createDemoProfile(deps: DemoProfileDeps): DemoProfile {
  sweepStaleDemoProfiles(deps);
  const dir = mkdtempSync(join(deps.tmpDir, DEMO_DIR_PREFIX));
  writeFileSync(join(dir, OWNER_FILE), String(deps.pid));
  return {
    dir,
    logFile: join(dir, 'logs', 'main.log'),
    remove() {
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
      } catch (error) {
        deps.warn(
          `Could not remove the demo folder ${dir} (the next demo start will): ${(error as Error).message}`,
        );
      }
    },
  };
}
