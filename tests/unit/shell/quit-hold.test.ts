import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerQuitHold } from '../../../electron/main/shell/quit-hold';
import { makeDouble } from '../electron-double/make-double';

// The hold against the Electron double's app: will-quit preventable, a second app.quit()
// starting over with before-quit (Electron's Browser::Quit, browser.cc).

const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

function setup(pending: () => Promise<unknown>, boundMs = 3_000) {
  const { app } = makeDouble();
  const order: string[] = [];
  const log = { warn: vi.fn() };
  app.on('before-quit', () => order.push('before-quit'));
  registerQuitHold({ app, pending, boundMs, timers: { setTimeout, clearTimeout }, log });
  app.on('quit', () => order.push('quit'));
  return { app, order, log };
}

describe('registerQuitHold', () => {
  it('quits only once what is pending has finished', async () => {
    let finish!: () => void;
    const pending = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { app, order } = setup(pending);
    app.quit();
    await settle();
    expect(order).toEqual(['before-quit']);
    expect(pending).toHaveBeenCalledTimes(1);
    // Another quit while holding (the tray menu's Quit clicked twice) waits for the same work.
    app.quit();
    await settle();
    expect(order).toEqual(['before-quit', 'before-quit']);
    finish();
    await settle();
    await settle();
    expect(order).toEqual(['before-quit', 'before-quit', 'before-quit', 'quit']);
    expect(pending).toHaveBeenCalledTimes(1);
  });

  it('quits after the bound when what is pending never finishes, and says so', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { app, order, log } = setup(() => new Promise(() => {}), 3_000);
    app.quit();
    await vi.waitFor(() => expect(order).toEqual(['before-quit']));
    await vi.advanceTimersByTimeAsync(2_999);
    expect(order).not.toContain('quit');
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(order.at(-1)).toBe('quit'));
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('3000 ms'));
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('broken flush');
      },
    ],
    ['rejects', () => Promise.reject(new Error('broken flush'))],
  ])('quits at once, saying why, when what is pending %s', async (_how, pending) => {
    const { app, order, log } = setup(pending as () => Promise<unknown>);
    app.quit();
    await vi.waitFor(() => expect(order.at(-1)).toBe('quit'));
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('broken flush'));
  });

  it('with nothing pending the quit goes through without a warning', async () => {
    const { app, order, log } = setup(() => Promise.resolve());
    app.quit();
    await settle();
    await settle();
    expect(order.at(-1)).toBe('quit');
    expect(log.warn).not.toHaveBeenCalled();
  });
});
