import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGED_ENV, packagedBinary } from '../../../scripts/electron-available.mjs';
import { writeStubElectron } from '../../../scripts/package-dry-run/stub-electron.mjs';
import { packagedTarget } from '../../electron/packaged-target';

// The Electron suite's choice of what to launch (tests/electron/launch.ts): a packaged app
// that can start, a stub Electron from package:check (skipped with the reason), or a path
// that does not exist (an error, never a skip).

const dir = mkdtempSync(join(tmpdir(), 'invitray-packaged-binary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const stubs = {
  linux: 'electron',
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
} as const;

describe('packagedBinary', () => {
  it.each(Object.entries(stubs))(
    'reports the %s stub Electron as unable to start',
    (platform, executable) => {
      const stubDir = join(dir, platform);
      writeStubElectron(platform, stubDir, join(import.meta.dirname, '../../..'));
      const result = packagedBinary(join(stubDir, executable));
      expect(result).toMatchObject({ available: false, missing: false });
      expect(result.available ? '' : result.reason).toMatch(/stub Electron .* cannot start/);
    },
  );

  it('accepts a real executable and names a missing one', () => {
    expect(packagedBinary(process.execPath)).toEqual({ available: true, executablePath: process.execPath });
    const missing = packagedBinary(join(dir, 'nope', 'invitray'));
    expect(missing).toMatchObject({ available: false, missing: true });
    expect(missing.available ? '' : missing.reason).toContain(`${PACKAGED_ENV} names`);
  });
});

describe('packagedTarget', () => {
  it('is null without the variable: the suite launches `electron .`', () => {
    expect(packagedTarget({})).toBeNull();
    expect(packagedTarget({ [PACKAGED_ENV]: '' })).toBeNull();
  });

  it('skips on a stub, throws on a path that does not exist', () => {
    const stub = join(dir, 'linux', 'electron');
    writeStubElectron('linux', join(dir, 'linux'), '');
    expect(packagedTarget({ [PACKAGED_ENV]: stub })).toMatchObject({ available: false });
    expect(() => packagedTarget({ [PACKAGED_ENV]: join(dir, 'missing') })).toThrow(/does not exist/);
    expect(packagedTarget({ [PACKAGED_ENV]: process.execPath })).toMatchObject({ available: true });
  });
});
