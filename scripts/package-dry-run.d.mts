export declare const STUB_MARKER: string;
export interface PackagedDir {
  platform: 'linux';
  /** Absolute path of `…/linux-unpacked`. */
  appDir: string;
  /** `appDir/resources`: what `process.resourcesPath` is in the packaged app. */
  resourcesDir: string;
  /** `resourcesDir/app.asar`. */
  asarPath: string;
  /** The packaged executable (a stub here: see isStubElectron). */
  executablePath: string;
  /** True when a previous build with unchanged inputs was reused. */
  cached: boolean;
  seconds: number;
  builderLog: string;
}
export declare function packageLinuxDir(options?: {
  root?: string;
  outputRoot?: string;
  force?: boolean;
  log?: (line: string) => void;
}): Promise<PackagedDir>;
export declare function isStubElectron(executablePath: string): boolean;
