// Issue 21 items 6 and 9: the main process builds no zod schema before its first tray image,
// and makes no Intl formatter (whose first one loads ICU's data) before the count. About 115
// schemas (the whole IPC contract, Cloudflare's response schemas) used to be built as their
// modules loaded; now each is built on first use (electron/shared/lazy-schema.ts). The English
// relative-time formatters were made at load, then for the tray menu's "expires in 5 days";
// English is now written out (core/tray/english-relative-time.ts). Nor does it compile a zod
// parser (`new Function`): compiling one cost ~1.5 ms per schema, more than interpreting the
// boot's one-shot reads. Classic zod compiled an object's parser on its first parse; the app's zod/mini (electron/shared/zod.ts) has no
// compiler at all, so not even a long list compiles one. Demo mode, English: the first image
// shows before the demo signs in.
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { DoublePlatform, LaunchedApp } from '../support/electron-double/launch.mjs';
import { launchUnderDouble } from '../support/electron-double/launch.mjs';
import type { DoubleElectron } from '../support/electron-double/types';
import { PLATFORMS, ROOT, requireBuiltApp } from './boot-runner';

const RECORDER = join(ROOT, 'tests/support/electron-double/work-at-load-recorder.cjs');

interface Seen {
  firstImageT: number | null;
  countShown: boolean;
  countImageT: number | null;
  zodSchemas: number[];
  compiledFunctions: number[];
  intlFormatters: { name: string; t: number }[];
}

interface DemoHandle {
  core: { snapshot(): { pendingCount: number }; refresh(): Promise<void> };
  tray: { current(): { icon: string } };
  demoServer(): { addInvite(invite: { organization_name: string }): unknown };
}

let running: LaunchedApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function bootUntilCount(platform: DoublePlatform): Promise<{ seen: Seen; app: LaunchedApp }> {
  requireBuiltApp();
  const app = launchUnderDouble({
    platform,
    launch: { kind: 'dir', path: ROOT },
    args: ['--demo'],
    nodeArgs: ['--require', RECORDER],
    cwd: ROOT,
  });
  running = app;
  const read = () =>
    app.evaluate(({ __double }: DoubleElectron): Seen => {
      const images = __double.calls.filter(
        (call) => call.api === 'nativeImage' && call.method === 'createFromPath',
      );
      const demo = (globalThis as unknown as { __invitrayDemo?: DemoHandle }).__invitrayDemo;
      const work = (
        globalThis as unknown as {
          __workAtLoad: Pick<Seen, 'zodSchemas' | 'compiledFunctions' | 'intlFormatters'>;
        }
      ).__workAtLoad;
      const icon = demo?.tray.current().icon;
      const countImage = icon ? images.find((call) => String(call.args[0]).endsWith(icon)) : undefined;
      return {
        firstImageT: images[0]?.t ?? null,
        countShown: (demo?.core.snapshot().pendingCount ?? 0) > 0 && countImage !== undefined,
        countImageT: countImage?.t ?? null,
        ...work,
      };
    }, null);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const seen = await read();
    if (seen.firstImageT !== null && seen.countShown) return { seen, app };
    if (Date.now() > deadline || app.exitInfo())
      throw new Error(`never saw the count (last: ${JSON.stringify(seen)})\n${app.output()}`);
    await new Promise((wait) => setTimeout(wait, 25));
  }
}

describe.each(PLATFORMS)('before the first tray image (%s)', (platform) => {
  test('no zod schema is built before the first image, and no Intl formatter before the count', async () => {
    const { seen } = await bootUntilCount(platform);
    expect(seen.zodSchemas.filter((t) => t <= seen.firstImageT!)).toEqual([]);
    expect(seen.intlFormatters.filter(({ t }) => t <= seen.countImageT!)).toEqual([]);
    // The recorder does see zod: signing in and reading the list build their schemas.
    expect(seen.zodSchemas.length).toBeGreaterThan(0);
  }, 60_000);

  test('no zod parser is compiled, not even for a long list; the recorder sees one that is', async () => {
    const { seen, app } = await bootUntilCount(platform);
    expect(seen.compiledFunctions.filter((t) => t <= seen.countImageT!)).toEqual([]);
    const compiled = await app.evaluate(async () => {
      const demo = (globalThis as unknown as { __invitrayDemo: DemoHandle }).__invitrayDemo;
      const work = () =>
        (globalThis as unknown as { __workAtLoad: Seen }).__workAtLoad.compiledFunctions.length;
      // Classic zod compiled the invitation's parser on its first parse, whatever the list's length.
      for (let index = 0; index < 60; index++)
        demo.demoServer().addInvite({ organization_name: `Org ${index}` });
      await demo.core.refresh();
      const afterList = work();
      // The recorder does see a compile in this process: the one made here.
      new Function('value', 'return value');
      return { afterList, afterOwn: work() };
    }, null);
    expect(compiled).toEqual({ afterList: 0, afterOwn: 1 });
  }, 60_000);
});
