import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/**
 * A fresh directory inside the project, so the bundles' bare imports (keytar,
 * conf, zod) resolve from the project's node_modules like the app's do.
 */
export function makeChildDir(): string {
  const parent = path.resolve('node_modules/.cache/invitray-test-children');
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, 'run-'));
}

/**
 * Bundles TypeScript entries (name -> file) into ESM files plain `node` can run
 * (Node 20 cannot load .ts), in one build; packages stay real imports from
 * node_modules. Returns name -> path of the runnable file.
 */
export async function buildChildScripts<N extends string>(
  entries: Record<N, string>,
  outDir: string,
): Promise<Record<N, string>> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    build: {
      ssr: true,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { input: entries, output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  const names = Object.keys(entries) as N[];
  return Object.fromEntries(names.map((name) => [name, path.join(outDir, `${name}.mjs`)])) as Record<
    N,
    string
  >;
}
