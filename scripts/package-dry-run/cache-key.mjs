// The dry run's cache key: a hash of every file whose change means a new package.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The build, what electron-builder adds, how (configs, lock file), and the dry run's own code (`tools`). */
function inputs(root, tools) {
  const files = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(root, 'out'));
  walk(join(root, 'resources'));
  for (const name of [
    'package.json',
    'package-lock.json',
    'electron-builder.yml',
    'electron-builder.e2e.yml',
  ])
    files.push(join(root, name));
  for (const tool of tools) {
    if (existsSync(tool) && statSync(tool).isDirectory()) walk(tool);
    else files.push(tool);
  }
  return files.filter((file) => existsSync(file)).sort();
}

export function cacheKey(root, tools) {
  const hash = createHash('sha256');
  for (const file of inputs(root, tools))
    hash.update(relative(root, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}
