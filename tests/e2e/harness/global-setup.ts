import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assertChromium } from './browser';
import { RENDERER_DIR, ROOT } from './paths';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The suite runs against the built renderer; rebuild when src/ changed since the last build. */
export default function globalSetup(): void {
  assertChromium();
  const index = join(RENDERER_DIR, 'index.html');
  const stale = !existsSync(index) || newestMtime(join(ROOT, 'src')) > statSync(index).mtimeMs;
  if (stale) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
