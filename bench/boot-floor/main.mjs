// The floor under "boot → tray": a bare main script that does only what any tray app showing
// a count must, loaded by the same Electron double the same way as Invitray's bundle: once
// ready, show a first tray image; then get a list of invitations over HTTP from a local server
// in the same process (as demo mode does), through net.fetch, and show the image for its
// count. bench/boot.bench.mjs times both images beside the app's, in the same run.
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Tray, app, nativeImage, net } from 'electron';

const trayDir = join(dirname(fileURLToPath(import.meta.url)), '../../resources/tray/linux');
const invites = Array.from({ length: 4 }, (_, index) => ({ id: `invite-${index}`, status: 'pending' }));

function listen() {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ success: true, errors: [], messages: [], result: invites }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Not a top-level await: like Electron, the double emits `ready` only once the main script has loaded.
void app.whenReady().then(async () => {
  const tray = new Tray(nativeImage.createFromPath(join(trayDir, 'tray-signed-out-24.png')));
  const server = await listen();
  const response = await net.fetch(`http://127.0.0.1:${server.address().port}/client/v4/user/invites`);
  const { result } = await response.json();
  const pending = result.filter((invite) => invite.status === 'pending').length;
  tray.setImage(nativeImage.createFromPath(join(trayDir, `tray-${pending}-24.png`)));
  globalThis.__bootFloor = { tray, server };
});
