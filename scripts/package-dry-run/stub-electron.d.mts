export declare const STUB_MARKER: string;
export declare const STUB_MARKER_FILE: string;
export declare function writeStubElectron(platform: string, dir: string, root: string): void;
