// The floor under "boot → tray": a bare main script that does only what any tray app must,
// loaded by the same Electron double the same way as Invitray's bundle: wait for `ready`,
// read one tray image from disk and show it in a Tray. bench/boot.bench.mjs times it
// beside the app, in the same run, and reports the ratio.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Tray, app, nativeImage } from 'electron';

const image = join(dirname(fileURLToPath(import.meta.url)), '../../resources/tray/linux/tray-4-24.png');

// Not a top-level await: like Electron, the double emits `ready` only once the main script has loaded.
void app.whenReady().then(() => {
  globalThis.__bootFloorTray = new Tray(nativeImage.createFromPath(image));
});
