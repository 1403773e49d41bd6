'use strict';
// screen, shell, powerMonitor, dialog: the desktop around the app, per platform.
const { EventEmitter } = require('node:events');

const WORK_AREAS = {
  darwin: { x: 0, y: 25, width: 1440, height: 875 },
  win32: { x: 0, y: 0, width: 1920, height: 1040 },
  linux: { x: 0, y: 32, width: 1920, height: 1048 },
};

function createDesktop(state) {
  const { platform } = state.config;
  const workArea = WORK_AREAS[platform] ?? WORK_AREAS.linux;
  const display = {
    id: 1,
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    workArea,
    scaleFactor: 1,
  };
  const screenCall = (method, args) => {
    state.record('screen', method, args);
    state.requireReady(`screen.${method}()`);
  };
  const screen = {
    getPrimaryDisplay: () => (screenCall('getPrimaryDisplay', []), display),
    getAllDisplays: () => (screenCall('getAllDisplays', []), [display]),
    getDisplayMatching: (rect) => (screenCall('getDisplayMatching', [rect]), display),
    getDisplayNearestPoint: (point) => (screenCall('getDisplayNearestPoint', [point]), display),
    getCursorScreenPoint: () => (screenCall('getCursorScreenPoint', []), { x: 960, y: 540 }),
  };
  const shell = {
    async openExternal(url, options) {
      state.record('shell', 'openExternal', [url, options]);
      state.opened.push({ kind: 'external', target: url });
    },
    async openPath(path) {
      state.record('shell', 'openPath', [path]);
      state.opened.push({ kind: 'path', target: path });
      return '';
    },
    showItemInFolder(path) {
      state.record('shell', 'showItemInFolder', [path]);
    },
  };
  const powerMonitor = new EventEmitter();
  const dialog = {
    showErrorBox(title, content) {
      state.record('dialog', 'showErrorBox', [title, content]);
    },
  };
  return { screen, shell, powerMonitor, dialog };
}

module.exports = { createDesktop, WORK_AREAS };
