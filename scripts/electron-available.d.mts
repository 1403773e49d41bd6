export declare const UNAVAILABLE_REASON: string;
export declare function electronBinary(
  projectRoot?: string,
): { available: true; executablePath: string } | { available: false; reason: string };
