'use strict';
// protocol and net. Scheme privileges are fixed before ready, once; handlers are registered
// after ready, one per scheme. net.fetch (after ready) reaches custom protocol handlers as
// Electron's does, and everything else through Node's fetch, recording every call.

function createProtocolNet(state) {
  const handlers = new Map();
  let privileged = null;

  const protocol = {
    registerSchemesAsPrivileged(schemes) {
      state.record('protocol', 'registerSchemesAsPrivileged', [schemes]);
      if (state.ready)
        throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      // "can be called only once" (electron.d.ts): a second call would replace the first list.
      if (privileged !== null)
        throw new Error('protocol.registerSchemesAsPrivileged can be called only once');
      if (!Array.isArray(schemes)) throw new TypeError('schemes must be an array');
      privileged = schemes.map((entry) => ({ scheme: entry.scheme, privileges: { ...entry.privileges } }));
    },
    handle(scheme, handler) {
      state.record('protocol', 'handle', [scheme]);
      state.requireReady('protocol.handle()');
      if (handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      handlers.set(scheme, handler);
    },
    unhandle(scheme) {
      state.record('protocol', 'unhandle', [scheme]);
      if (!handlers.delete(scheme)) throw new Error(`Failed to unregister protocol: ${scheme}`);
    },
    isProtocolHandled(scheme) {
      return handlers.has(scheme);
    },
  };

  function handlerFor(url) {
    const scheme = new URL(url).protocol.slice(0, -1);
    return handlers.get(scheme) ?? null;
  }

  /** What the page (or net.fetch) receives for a URL of a handled scheme; null if none handles it. */
  async function request(url, init) {
    const handler = handlerFor(url);
    if (!handler) return null;
    state.record('protocol', 'request', [url, init?.method ?? 'GET']);
    return handler(new Request(url, init));
  }

  const net = {
    isOnline() {
      state.record('net', 'isOnline', []);
      return state.config.online;
    },
    get online() {
      return state.config.online;
    },
    async fetch(input, init = {}) {
      const url = typeof input === 'string' ? input : input.url;
      const method = init.method ?? (typeof input === 'string' ? 'GET' : input.method);
      state.record('net', 'fetch', [url, method]);
      state.requireReady('net.fetch()');
      state.fetches.push({ url, method });
      if (!init.bypassCustomProtocolHandlers) {
        const handled = await request(url, init);
        if (handled) return handled;
      }
      const { bypassCustomProtocolHandlers: _ignored, ...rest } = init;
      return globalThis.fetch(input, rest);
    },
  };

  return { protocol, net, request, privilegedSchemes: () => privileged };
}

module.exports = { createProtocolNet };
