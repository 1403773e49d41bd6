// Quitting as Electron orders it, and what can cancel it.
import { describe, expect, test } from 'vitest';
import { makeDouble } from './make-double';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('app.quit()', () => {
  test('before-quit at once, then windows close, then will-quit and quit; no window-all-closed', async () => {
    const { app, BrowserWindow } = makeDouble();
    const order: string[] = [];
    const window = new BrowserWindow({ show: false });
    window.on('close', () => order.push('close'));
    for (const event of ['before-quit', 'will-quit', 'quit', 'window-all-closed'])
      app.on(event as 'quit', () => order.push(event));
    app.quit();
    expect(order).toEqual(['before-quit']);
    await settle();
    expect(order).toEqual(['before-quit', 'close', 'will-quit', 'quit']);
    expect(window.isDestroyed()).toBe(true);
  });
  test('a window that prevents close cancels the quit', async () => {
    const { app, BrowserWindow, __double } = makeDouble();
    const window = new BrowserWindow({ show: false });
    window.on('close', (event) => event.preventDefault());
    let quit = false;
    app.on('quit', () => (quit = true));
    app.quit();
    await settle();
    expect(quit).toBe(false);
    expect(window.isDestroyed()).toBe(false);
    expect(__double.callsOf('lifecycle', 'quit-cancelled-by-window')).toHaveLength(1);
  });
  test('will-quit prevented cancels the quit; quitting again starts over with before-quit (browser.cc)', async () => {
    const { app } = makeDouble();
    const order: string[] = [];
    let hold = true;
    app.on('before-quit', () => order.push('before-quit'));
    app.on('will-quit', (event) => {
      order.push('will-quit');
      if (hold) event.preventDefault();
    });
    app.on('quit', () => order.push('quit'));
    app.quit();
    await settle();
    expect(order).toEqual(['before-quit', 'will-quit']);
    hold = false;
    app.quit();
    await settle();
    expect(order).toEqual(['before-quit', 'will-quit', 'before-quit', 'will-quit', 'quit']);
  });
  test('closing the last window outside a quit emits window-all-closed', () => {
    const { app, BrowserWindow } = makeDouble();
    let emitted = 0;
    app.on('window-all-closed', () => emitted++);
    new BrowserWindow({ show: false }).close();
    expect(emitted).toBe(1);
  });
  test('second-instance reaches the instance holding the lock; a held lock is refused', () => {
    const first = makeDouble();
    expect(first.app.requestSingleInstanceLock()).toBe(true);
    const argvs: string[][] = [];
    first.app.on('second-instance', (_event, argv) => argvs.push(argv));
    first.__double.launchSecondInstance(['invitray', '--demo']);
    expect(argvs).toEqual([['invitray', '--demo']]);
    const second = makeDouble({ lockHeld: true });
    expect(second.app.requestSingleInstanceLock()).toBe(false);
    expect(() => second.__double.launchSecondInstance()).toThrow(/holds no lock/);
  });
});
