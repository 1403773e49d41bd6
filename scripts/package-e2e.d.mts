export declare function packagedExecutable(platform: string, arch: string, output?: string): string;
export declare function e2ePackageArgs(platform: string, arch: string): string[];
