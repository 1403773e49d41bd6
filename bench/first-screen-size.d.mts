export function entryScripts(html: string): string[];
export function catalogueChunks(
  assetNames: readonly string[],
  languages: readonly string[],
): Record<string, string>;
export function firstScreenJs(
  rendererOut: string,
  languages: readonly string[],
): { entry: string[]; entryGzip: number; byLanguage: Record<string, number>; maxGzip: number };
