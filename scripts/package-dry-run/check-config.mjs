import { join } from 'node:path';

/**
 * The check's override of the shipped config, as a CommonJS config file so `electronDist` can
 * be a hook: one electron-builder run then packages every platform, each with its own stub.
 */
export function checkConfig(root, stubDirs, outputDir) {
  return `// Written by scripts/package-dry-run.mjs: the shipped config, made buildable offline.
const stubs = ${JSON.stringify(stubDirs)};
module.exports = {
  extends: ${JSON.stringify(join(root, 'electron-builder.yml'))},
  electronDist: (options) => stubs[options.platformName],
  npmRebuild: false,
  electronFuses: null,
  directories: { output: ${JSON.stringify(outputDir)} },
  // On a Mac, signing would look for an identity and sign the stub: there is nothing to sign.
  mac: { identity: null, notarize: false },
};
`;
}
