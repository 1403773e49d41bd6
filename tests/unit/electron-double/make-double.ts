import { resolve } from 'node:path';
import { createElectronDouble, type DoubleConfig } from '../../support/electron-double/create.cjs';
import type { DoubleElectron } from '../../support/electron-double/types';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** A fresh double in this process, launched as `electron .` from the repository unless told otherwise. */
export function makeDouble(config: Partial<DoubleConfig> = {}, ready = true): DoubleElectron {
  const electron = createElectronDouble({
    platform: 'linux',
    launch: { kind: 'dir', path: ROOT },
    ...config,
  });
  if (ready) electron.__double.markReady();
  return electron;
}
