import { PACKAGED_ENV, packagedBinary } from '../../scripts/electron-available.mjs';

export type PackagedTarget = ReturnType<typeof packagedBinary>;

/**
 * The packaged app the suite drives instead of `electron .`, when INVITRAY_PACKAGED_EXECUTABLE
 * names one (README.md). A package built with package:check's stub Electron makes the suite
 * report skipped with the reason, never passed; a path that does not exist is a mistake and
 * fails the run.
 */
export function packagedTarget(env: NodeJS.ProcessEnv = process.env): PackagedTarget | null {
  const executable = env[PACKAGED_ENV];
  if (!executable) return null;
  const target = packagedBinary(executable);
  if (!target.available && target.missing) throw new Error(target.reason);
  return target;
}
