import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIpcDispatcher } from '../../../electron/main/core/ipc';
import { STATE_EVENT_CHANNEL } from '../../../electron/shared/channels';
import { allCalls } from '../../../electron/shared/ipc-contract';
import type { WindowRoute } from '../../../electron/shared/types';
import { pushRoutes, pushState, registerIpc } from '../../../electron/main/shell/ipc';
import type { IpcInvokeEventLike } from '../../../electron/main/shell/ipc';
import { recordingLog } from './fakes';
import { startRealCore, type RealCore } from './real-core';

/** ipcMain as the adapter sees it: handlers by channel, invoked as Electron would. */
class FakeIpcMain {
  readonly handlers = new Map<string, (event: IpcInvokeEventLike, payload: unknown) => Promise<unknown>>();
  handle(channel: string, listener: (event: IpcInvokeEventLike, payload: unknown) => Promise<unknown>): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, payload: unknown, event: IpcInvokeEventLike): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, payload);
  }
}

const ownContents = { id: 1 };
const fromApp = { senderFrame: { url: 'app://invitray/index.html' }, sender: ownContents };

describe('registerIpc (real core, real dispatcher, real demo API)', () => {
  let real: RealCore;
  let ipcMain: FakeIpcMain;
  let log: ReturnType<typeof recordingLog>;
  let dispose: () => void;

  beforeEach(async () => {
    real = await startRealCore();
    ipcMain = new FakeIpcMain();
    log = recordingLog();
    dispose = registerIpc({
      ipcMain,
      dispatcher: createIpcDispatcher(real.core),
      expectedOrigin: 'app://invitray',
      isOwnContents: (sender) => sender === ownContents,
      log,
    });
  });

  afterEach(async () => {
    await real.close();
  });

  it('registers one handler per contract channel and removes them all on dispose', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      allCalls()
        .map((call) => call.channel)
        .sort(),
    );
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('answers the app’s own page through the dispatcher', async () => {
    expect(await ipcMain.invoke('settings:get', undefined, fromApp)).toMatchObject({
      ok: true,
      value: { notificationClick: 'accept', pollIntervalMinutes: 5 },
    });
    const added = await ipcMain.invoke('accounts:try-demo', undefined, fromApp);
    expect(added).toMatchObject({ ok: true, value: { label: 'Demo account', authKind: 'token' } });
    expect(JSON.stringify(added)).not.toMatch(/token_0|invitray_demo/);
  });

  it('refuses other pages, frames and windows before looking at the payload: no API request', async () => {
    const hostile: IpcInvokeEventLike[] = [
      { senderFrame: { url: 'https://evil.example/' }, sender: ownContents },
      { senderFrame: { url: 'app://evil/index.html' }, sender: ownContents },
      { senderFrame: { url: 'file:///etc/passwd' }, sender: ownContents },
      { senderFrame: null, sender: ownContents },
      { senderFrame: { url: 'app://invitray/index.html' }, sender: { id: 2 } },
    ];
    for (const event of hostile) {
      const result = await ipcMain.invoke('accounts:try-demo', undefined, event);
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    }
    expect(real.demo.requestLog()).toEqual([]);
    expect(real.core.listAccounts()).toEqual([]);
    expect(log.lines).toHaveLength(hostile.length);
    expect(
      log.lines.every((line) => line.level === 'warn' && line.message.includes('accounts:try-demo')),
    ).toBe(true);
  });

  it('passes bad payloads from the trusted page to the dispatcher, which rejects them as values', async () => {
    const result = await ipcMain.invoke(
      'invites:respond',
      { inviteId: '../../etc', response: 'yes' },
      fromApp,
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    expect(real.demo.requestLog()).toEqual([]);
  });
});

describe('pushState', () => {
  it('sends every snapshot to the window on the state channel', async () => {
    const real = await startRealCore();
    try {
      const sent: [string, unknown][] = [];
      const stop = pushState(real.core.onSnapshot, (channel, snapshot) => sent.push([channel, snapshot]));
      real.core.start();
      await real.core.tryDemo();
      await real.core.whenIdle();
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.every(([channel]) => channel === STATE_EVENT_CHANNEL)).toBe(true);
      expect(sent.at(-1)![1]).toEqual(real.core.snapshot());
      stop();
      const count = sent.length;
      await real.core.refresh();
      await real.core.whenIdle();
      expect(sent).toHaveLength(count);
    } finally {
      await real.close();
    }
  });
});

describe('pushRoutes', () => {
  it('shows the window, then sends the route the core asked for', () => {
    const calls: unknown[] = [];
    const listeners: ((route: WindowRoute) => void)[] = [];
    const stop = pushRoutes(
      (listener) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
      { show: () => calls.push('show'), send: (channel, route) => calls.push([channel, route]) },
    );
    listeners[0]!({ view: 'invite', profileId: 'p1', inviteId: 'abc' });
    expect(calls).toEqual(['show', ['window:route', { view: 'invite', profileId: 'p1', inviteId: 'abc' }]]);
    stop();
    expect(listeners).toHaveLength(0);
  });
});
