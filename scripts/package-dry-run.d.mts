export declare const STUB_MARKER: string;
export type PackagePlatform = 'linux' | 'win32' | 'darwin';
export declare const PLATFORMS: PackagePlatform[];
export interface PackagedDir {
  platform: PackagePlatform;
  /** Absolute path of `…/linux-unpacked` (`win-unpacked`, `mac`), under dist/check/dirs by default. */
  appDir: string;
  /** What `process.resourcesPath` is in the packaged app (`appDir/resources`; on macOS inside the .app). */
  resourcesDir: string;
  /** `resourcesDir/app.asar`. */
  asarPath: string;
  /** The packaged executable (a stub here: see isStubElectron). */
  executablePath: string;
  /** True when a previous build with unchanged inputs was reused (one build makes all three platforms). */
  cached: boolean;
  seconds: number;
  builderLog: string;
}
export interface PackageDirOptions {
  root?: string;
  outputRoot?: string;
  force?: boolean;
  log?: (line: string) => void;
}
export declare function packageDir(
  options?: PackageDirOptions & { platform?: PackagePlatform },
): Promise<PackagedDir>;
export declare function packageLinuxDir(options?: PackageDirOptions): Promise<PackagedDir>;
export declare function isStubElectron(executablePath: string): boolean;
