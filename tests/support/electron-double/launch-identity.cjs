'use strict';
// How Electron names the app and finds its path, by how it was launched:
// - `electron <dir>` (e.g. `electron .`): the default app reads <dir>/package.json, sets the
//   name from productName (else name) and the version from version; the app path is <dir>.
// - `electron <file.js>`: no package.json beside the argument, so the name stays "Electron",
//   the version is Electron's, and the app path is the file's directory.
// - packaged: the app path is <resources>/app.asar, name and version from its package.json.
const { existsSync, readFileSync, statSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

function readPackage(dir) {
  const file = join(dir, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** @returns {{ appPath: string, name: string, version: string, packaged: boolean, main: string, resourcesPath: string }} */
function launchIdentity(launch, electronVersion, electronResources) {
  if (!launch || !launch.kind) throw new Error('electron double: no launch configuration');
  if (launch.kind === 'packaged') {
    const resourcesPath = resolve(launch.resourcesPath);
    const appPath = join(resourcesPath, 'app.asar');
    const pkg = readPackage(appPath);
    if (!pkg) throw new Error(`electron double: no package.json in ${appPath}`);
    return {
      appPath,
      name: pkg.productName || pkg.name || 'Electron',
      version: pkg.version || electronVersion,
      packaged: true,
      main: join(appPath, pkg.main || 'index.js'),
      resourcesPath,
    };
  }
  const target = resolve(launch.path);
  const isDir = existsSync(target) && statSync(target).isDirectory();
  const pkg = isDir ? readPackage(target) : null;
  if (pkg) {
    return {
      appPath: target,
      name: pkg.productName || pkg.name || 'Electron',
      version: pkg.version || electronVersion,
      packaged: false,
      main: join(target, pkg.main || 'index.js'),
      // An unpackaged run: resourcesPath is Electron's own (its default_app lives there).
      resourcesPath: electronResources,
    };
  }
  return {
    appPath: isDir ? target : dirname(target),
    name: 'Electron',
    version: electronVersion,
    packaged: false,
    main: isDir ? join(target, 'index.js') : target,
    resourcesPath: electronResources,
  };
}

module.exports = { launchIdentity };
