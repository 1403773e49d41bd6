// The boot every login start is, beside boot.bench.mjs's demo figure: a settings file with one
// signed-in account, its token in the OS keychain (keytar, a real Secret Service: run under
// `node scripts/test-keyring.mjs`), its API at a demo API that this bench process serves (the
// app's own built demo server, as Cloudflare would be: in another process). So, unlike --demo,
// the app starts no server, signs nobody in and writes no settings before the count; it loads
// keytar and reads the secret over D-Bus, then lists. Linux branch, under the Electron double.
// measureStoredProfileBoot runs this file in a private keyring where the session has none (the
// demo figures stay outside it): `node bench/boot-stored-profile.mjs OUT.json LAUNCHES`.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keyringPlan, runInPrivateKeyring } from '../scripts/test-keyring.mjs';
import { launchUnderDouble } from '../tests/support/electron-double/launch.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SETTINGS_FILE = join('.config', 'Invitray', 'config.json');
/** core/accounts/keychain.ts: DEFAULT_KEYCHAIN_SERVICE. */
const KEYCHAIN_SERVICE = 'Invitray';
/**
 * A token the bench's demo API is given (addToken), not one of the demo's own: the app sends
 * those to a demo API of its own (core/app/demo-access.ts), which a login boot never starts.
 */
const TOKEN = 'invitray_bench_stored_profile_token_0001';
const PROFILE_ID = 'bench-stored-profile';
/** A tray image for a count: tray-3-24.png, tray-urgent-4-24.png (resources/tray). */
const COUNT_IMAGE = /tray-(?:urgent-)?[1-9]\d*(?:plus)?-\d+\.png$/;

async function poll(read, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for the tray');
    await new Promise((wait) => setTimeout(wait, 20));
  }
}

const trayImages = (app) =>
  app.evaluate(({ __double }) => {
    const images = __double.calls.filter(
      (call) => call.api === 'nativeImage' && call.method === 'createFromPath',
    );
    return {
      images: images.map(({ t, cpuMs, args }) => ({ t, cpuMs, path: String(args[0]) })),
      mainStartedAt: __double.state.mainStartedAt,
      mainStartedCpuMs: __double.state.mainStartedCpuMs,
    };
  }, null);

/** The settings file a first run writes (electron-store's own defaults and format version). */
async function firstRunSettings() {
  const app = launchUnderDouble({ platform: 'linux', launch: { kind: 'dir', path: ROOT }, cwd: ROOT });
  try {
    await poll(async () => ((await trayImages(app)).images.length > 0 ? true : null));
    return JSON.parse(readFileSync(join(app.sandbox, 'home', SETTINGS_FILE), 'utf8'));
  } finally {
    await app.close();
  }
}

async function startDemoApi() {
  const chunks = join(ROOT, 'out/main/chunks');
  const demoChunk = readdirSync(chunks).find((name) => /^demo-.*\.js$/.test(name));
  if (!demoChunk) throw new Error('no demo chunk in out/main/chunks');
  const { startDemoServer } = await import(pathToFileURL(join(chunks, demoChunk)).href);
  return startDemoServer();
}

/**
 * Median of `launches` boots from a stored profile: { firstImage, count } in ms (and CPU ms) from
 * the main script starting to load, or { skipped } when no keychain answers here.
 */
export async function storedProfileBoot({ launches, median }) {
  let keytar;
  try {
    keytar = createRequire(import.meta.url)('keytar');
    await keytar.setPassword(KEYCHAIN_SERVICE, PROFILE_ID, JSON.stringify({ kind: 'token', token: TOKEN }));
  } catch (error) {
    return {
      skipped: `no keychain here (${error.message.split('\n')[0]}): run under node scripts/test-keyring.mjs`,
    };
  }
  const demo = await startDemoApi();
  demo.addToken(TOKEN, {
    name: 'bench',
    permissions: ['memberships:read', 'memberships:write', 'user:read'],
  });
  try {
    const settings = {
      ...(await firstRunSettings()),
      apiBaseUrl: demo.baseUrl,
      profiles: [{ id: PROFILE_ID, label: 'Bench account', authKind: 'token' }],
    };
    const runs = [];
    for (let run = 0; run < launches; run++) {
      const app = launchUnderDouble({
        platform: 'linux',
        launch: { kind: 'dir', path: ROOT },
        homeFiles: { [SETTINGS_FILE]: JSON.stringify(settings) },
        cwd: ROOT,
      });
      try {
        runs.push(
          await poll(async () => {
            const { images, mainStartedAt, mainStartedCpuMs } = await trayImages(app);
            const count = images.find((image) => COUNT_IMAGE.test(image.path));
            if (!count) return null;
            const since = (image) => ({
              ms: Math.round((image.t - mainStartedAt) * 10) / 10,
              cpuMs: Math.round((image.cpuMs - mainStartedCpuMs) * 10) / 10,
            });
            return { firstImage: since(images[0]), count: since(count) };
          }),
        );
      } finally {
        await app.close();
      }
    }
    const figures = (key) => ({
      medianMs: median(runs.map((run) => run[key].ms)),
      medianCpuMs: median(runs.map((run) => run[key].cpuMs)),
      runsMs: runs.map((run) => run[key].ms),
    });
    return { toFirstTrayImage: figures('firstImage'), toTrayCount: figures('count') };
  } finally {
    await demo.close();
    await keytar.deletePassword(KEYCHAIN_SERVICE, PROFILE_ID);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** storedProfileBoot in a keychain of its own where this session has none (scripts/test-keyring.mjs). */
export async function measureStoredProfileBoot(launches) {
  const plan = keyringPlan();
  if (plan.action === 'skip-keychain') return { skipped: `no keychain here: ${plan.reason}` };
  if (plan.action === 'run') return storedProfileBoot({ launches, median });
  const dir = mkdtempSync(join(tmpdir(), 'invitray-bench-stored-'));
  try {
    const out = join(dir, 'stored-profile.json');
    const code = await runInPrivateKeyring(process.execPath, [
      fileURLToPath(import.meta.url),
      out,
      String(launches),
    ]);
    if (code !== 0) return { skipped: `the run in a private keyring failed (exit ${code})` };
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, launches] = process.argv.slice(2);
  writeFileSync(out, JSON.stringify(await storedProfileBoot({ launches: Number(launches), median })));
}
