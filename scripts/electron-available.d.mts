export declare const UNAVAILABLE_REASON: string;
export declare function electronBinary(
  projectRoot?: string,
): { available: true; executablePath: string } | { available: false; reason: string };
export declare const PACKAGED_ENV: string;
export declare function packagedBinary(
  executablePath: string,
): { available: true; executablePath: string } | { available: false; missing: boolean; reason: string };
