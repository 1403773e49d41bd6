import { describe, expect, it } from 'vitest';
import { launchOptions } from '../../../electron/main/shell/launch-options';

describe('launchOptions', () => {
  it('loads the bundled page from app:// by default', () => {
    expect(launchOptions(['electron', '.'], {}, true)).toEqual({
      demo: false,
      url: 'app://invitray/index.html',
      origin: 'app://invitray',
      development: false,
    });
  });

  it('turns demo mode on with --demo or INVITRAY_DEMO=1 only', () => {
    expect(launchOptions(['x', '--demo'], {}, true).demo).toBe(true);
    expect(launchOptions(['x'], { INVITRAY_DEMO: '1' }, true).demo).toBe(true);
    expect(launchOptions(['x', '--demo=no'], { INVITRAY_DEMO: 'true' }, true).demo).toBe(false);
  });

  it('uses the local dev server only when unpackaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(launchOptions([], env, false)).toMatchObject({
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
      development: true,
    });
    expect(launchOptions([], env, true).url).toBe('app://invitray/index.html');
    for (const bad of ['https://evil.example/', 'http://evil.example:5173', 'not a url']) {
      expect(launchOptions([], { ELECTRON_RENDERER_URL: bad }, false).origin, bad).toBe('app://invitray');
    }
  });
});
