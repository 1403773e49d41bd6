// Runs inside the page (Playwright addInitScript), before the renderer's own code:
// it defines `window.invitray` with exactly the preload's shape, but each call goes
// over HTTP to the harness, which hands it to the same IPC dispatcher main uses.
// Self-contained on purpose: Playwright sends this function's source text to the page.

type ChannelTable = Record<string, Record<string, string>>;

/** The few browser globals the shim uses, typed here because this file compiles with the Node project. */
interface PageGlobal {
  location: { href: string };
  EventSource: new (url: string) => {
    onmessage: ((event: { data: string }) => void) | null;
    addEventListener(type: string, listener: (event: { data: string }) => void): void;
  };
}

export function installInvitrayShim(channels: ChannelTable): void {
  const page = globalThis as unknown as PageGlobal;
  async function invoke(channel: string, payload: unknown): Promise<unknown> {
    // JSON stands in for Electron's structured clone: both carry plain data only.
    const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      // Main checks the sending frame's URL (event.senderFrame.url); the shim reports its own.
      headers: { 'content-type': 'application/json', 'x-invitray-sender': page.location.href },
      body: JSON.stringify({ payload }),
    });
    if (!response.ok) throw new Error(`IPC ${channel} failed: HTTP ${response.status}`);
    return response.json();
  }

  const api: Record<string, unknown> = {};
  for (const [namespace, methods] of Object.entries(channels)) {
    const calls: Record<string, (payload?: unknown) => Promise<unknown>> = {};
    for (const [method, channel] of Object.entries(methods))
      calls[method] = (payload) => invoke(channel, payload);
    api[namespace] = Object.freeze(calls);
  }

  // One stream carries what main pushes: snapshots as plain messages, routes as `route` events.
  const listeners = {
    state: new Set<(value: unknown) => void>(),
    route: new Set<(value: unknown) => void>(),
  };
  let source: InstanceType<PageGlobal['EventSource']> | null = null;
  const subscribe = (kind: 'state' | 'route') => (listener: (value: unknown) => void) => {
    listeners[kind].add(listener);
    if (!source) {
      source = new page.EventSource(`/ipc/state?sender=${encodeURIComponent(page.location.href)}`);
      const deliver = (to: Set<(value: unknown) => void>) => (event: { data: string }) => {
        const value: unknown = JSON.parse(event.data);
        for (const each of [...to]) each(value);
      };
      source.onmessage = deliver(listeners.state);
      source.addEventListener('route', deliver(listeners.route));
    }
    return () => {
      listeners[kind].delete(listener);
    };
  };
  api.onState = subscribe('state');
  api.onRoute = subscribe('route');

  // contextBridge exposes a frozen, non-writable global; so does this.
  Object.defineProperty(globalThis, 'invitray', {
    value: Object.freeze(api),
    writable: false,
    configurable: false,
  });
}
