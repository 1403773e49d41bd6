import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDemoProfile,
  processIsAlive,
  sweepStaleDemoProfiles,
} from '../../../electron/main/shell/demo-profile';

// Real folders in a private temp dir standing in for the OS temp dir.
let tmp: string;
const warnings: string[] = [];
const deps = (pid: number, alive: number[] = []) => ({
  tmpDir: tmp,
  pid,
  isAlive: (candidate: number) => alive.includes(candidate),
  warn: (message: string) => void warnings.push(message),
});
const demoFolders = () => readdirSync(tmp).filter((name) => name.startsWith('invitray-demo-'));

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'invitray-demo-test-'));
  warnings.length = 0;
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('demo profile', () => {
  it('keeps its logs inside its own folder, and removes the folder on quit', () => {
    const profile = createDemoProfile(deps(100));
    expect(profile.logFile.startsWith(profile.dir)).toBe(true);
    mkdirSync(join(profile.dir, 'logs'));
    writeFileSync(profile.logFile, 'demo line\n');
    profile.remove();
    expect(existsSync(profile.dir)).toBe(false);
    expect(demoFolders()).toEqual([]);
  });

  it('repeated launches do not pile up folders: a start removes those of exited demo runs', () => {
    // Three demo runs at once, each of which then "crashed" (never removed its folder).
    const earlier = [1, 2, 3].map((pid) => createDemoProfile(deps(pid, [1, 2, 3])));
    expect(demoFolders()).toHaveLength(3);
    // Runs 1 and 2 have exited; 3 still runs (a second demo window) and keeps its folder.
    const running = createDemoProfile(deps(10, [3]));
    expect(existsSync(earlier[0]!.dir)).toBe(false);
    expect(existsSync(earlier[1]!.dir)).toBe(false);
    expect(existsSync(earlier[2]!.dir)).toBe(true);
    expect(existsSync(running.dir)).toBe(true);
    expect(demoFolders()).toHaveLength(2);
  });

  it('leaves folders without an owner file, and anything that is not a demo folder', () => {
    mkdirSync(join(tmp, 'invitray-demo-legacy'));
    mkdirSync(join(tmp, 'something-else'));
    expect(sweepStaleDemoProfiles(deps(1))).toEqual([]);
    expect(readdirSync(tmp).sort()).toEqual(['invitray-demo-legacy', 'something-else']);
  });

  it('probes processes without signalling them', () => {
    expect(processIsAlive(process.pid)).toBe(true);
  });
});
