import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, DEMO_TOKEN } from '../../../electron/main/core/demo/credentials';
import { createFirstScreenSource, firstScreenState } from '../../../electron/main/shell/first-screen';
import { startRealCore, type RealCore } from '../../unit/shell/real-core';

// The first screen main puts into index.html, rendered by the BUILT server renderer
// (out/main/first-screen.js: the renderer's own Svelte components compiled for the server) from a
// real core on the demo API. The browser suite shows it painted (first-screen-markup.spec.ts).

const MAIN_DIR = resolve(import.meta.dirname, '../../../out/main');

let real: RealCore;
beforeEach(async () => {
  if (!existsSync(join(MAIN_DIR, 'first-screen.js')))
    throw new Error('out/main/first-screen.js is missing: run `npx electron-vite build` first.');
  real = await startRealCore();
});
afterEach(() => real.close());

const render = () => {
  const warnings: unknown[] = [];
  const source = createFirstScreenSource({
    mainDir: MAIN_DIR,
    state: () => firstScreenState(real.core),
    log: { warn: (...args) => void warnings.push(args) },
  });
  return source().then((screen) => ({ screen, warnings }));
};

describe('the first screen from a real core', () => {
  it('is the invitation list with its count, in the window language, and no secret', async () => {
    real.core.start();
    await real.core.addAccount('Work', DEMO_CREDENTIALS.token);
    await real.core.whenIdle();
    const pending = real.core.snapshot().profiles[0]!.pendingCount;
    expect(pending).toBeGreaterThan(0);

    const { screen, warnings } = await render();
    expect(warnings).toEqual([]);
    expect(screen!.data).toEqual({ language: 'en', locale: 'en' });
    expect(screen!.markup).toContain(`Invitations (${pending})`);
    expect(screen!.markup).toContain('data-testid="invite-list"');
    expect(screen!.markup).not.toContain(DEMO_TOKEN);

    await real.core.updatePreferences({ language: 'de', theme: 'dark' });
    const german = (await render()).screen!;
    expect(german.data.language).toBe('de');
    expect(german.theme).toBe('dark');
    expect(german.markup).toContain(`Einladungen (${pending})`);
  });

  it('has no pre-drawn markup while signed out: that window starts as it always did', async () => {
    const { screen } = await render();
    expect(screen!.markup).toBeNull();
    expect(screen!.data.language).toBe('en');
  });
});
