#!/usr/bin/env node
// The CLI is built with the app (npm run build) into out/main/cli.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(built)) {
  console.error('invitray: not built yet. Run: npm run build');
  process.exit(1);
}
await import(built);
