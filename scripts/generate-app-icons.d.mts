export declare const LINUX_SIZES: number[];
export declare const ICO_SIZES: number[];
export declare const ICNS_TYPES: [string, number][];
export declare function renderPng(svg: Buffer | string, size: number): Buffer;
export declare function bmpIconEntry(png: Buffer): Buffer;
export declare function writeIco(images: { size: number; data: Buffer }[]): Buffer;
export declare function writeIcns(entries: { type: string; data: Buffer }[]): Buffer;
export declare function generateAppIcons(options?: { source?: string; outDir?: string }): string[];
