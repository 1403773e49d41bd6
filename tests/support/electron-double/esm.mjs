// `import … from 'electron'` under the double: the same CommonJS instance, with named exports.
import { createRequire } from 'node:module';

const electron = createRequire(import.meta.url)('./index.cjs');

export default electron;
export const {
  app,
  autoUpdater,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  MenuItem,
  nativeImage,
  net,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  Tray,
  webContents,
} = electron;
