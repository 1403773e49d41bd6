// Byte sizes for `npm run bench` (scripts/bench.mjs): built outputs on disk, and the
// Cloudflare SDK's share of the main bundle measured by bundling it on its own.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Every file under `dir` (recursively) whose name matches, raw and gzip, with totals. */
export function filesSize(dir, pattern = /\.(js|cjs|mjs|css)$/) {
  const sizes = { files: [], raw: 0, gzip: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !pattern.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    const file = { name: relative(dir, path), raw: bytes.length, gzip: gzip(bytes) };
    sizes.files.push(file);
    sizes.raw += file.raw;
    sizes.gzip += file.gzip;
  }
  sizes.files.sort((a, b) => a.name.localeCompare(b.name));
  return sizes;
}

// Exactly what electron/main/core/cloudflare/transport.ts takes from the SDK.
const SDK_ENTRY = `
import { createClient } from 'cloudflare/tree-shakable';
import { BaseInvites } from 'cloudflare/resources/user/invites';
import { BaseTokens } from 'cloudflare/resources/user/tokens/tokens';
export { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'cloudflare/core/error';
export const createSdkClient = (options) => createClient({ resources: [BaseInvites, BaseTokens], ...options });
`;

/**
 * Bundles one entry for Node the way the main build treats the SDK and zod (bundled, not
 * external), minified, and returns its size. Built inside node_modules/.cache so the
 * entry resolves packages from this project.
 */
async function bundleSize(dir, name, source) {
  const entry = join(dir, `${name}.ts`);
  writeFileSync(entry, source);
  const outDir = join(dir, `out-${name}`);
  await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'bundle.mjs' } },
    },
  });
  const { raw, gzip: gz } = filesSize(outDir);
  return { raw, gzip: gz };
}

export async function mainBundleSizes(root) {
  const cache = resolve(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'invitray-bench-'));
  try {
    const client = resolve(root, 'electron/main/core/cloudflare/client.ts').replaceAll('\\', '/');
    return {
      // The SDK alone: createClient with only the user invites and user tokens resources.
      cloudflareSdk: await bundleSize(dir, 'sdk', SDK_ENTRY),
      // Invitray's whole API client: the SDK plus our zod response schemas and error mapping.
      cloudflareClient: await bundleSize(dir, 'client', `export { createCloudflareApi } from '${client}';\n`),
      outMain: filesSize(resolve(root, 'out/main')),
      outPreload: filesSize(resolve(root, 'out/preload')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
