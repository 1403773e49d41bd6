import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isTrustedSender } from '../../../electron/main/core/ipc';
import type { FirstScreenSource } from '../../../electron/main/shell/first-screen';
import { APP_ORIGIN, serve } from '../../../electron/main/shell/protocol';
import type { IpcResult } from '../../../electron/shared/ipc-contract';
import type { AppSnapshot, WindowRoute } from '../../../electron/shared/types';

// Serves the built renderer the way main's app:// protocol does (its very handler, so the
// same files, types and security headers), plus the endpoints the page's IPC shim talks to.

export interface IpcHost {
  dispatch(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
  snapshot(): AppSnapshot;
  onState(listener: (snapshot: AppSnapshot) => void): () => void;
  /** Main's "show the window on this screen" requests (the preload's onRoute). */
  onRoute(listener: (route: WindowRoute) => void): () => void;
  /** The first screen main puts into index.html (electron/main/shell/first-screen.ts). */
  firstScreen?: FirstScreenSource;
}

export interface RendererServer {
  readonly origin: string;
  readonly url: string;
  close(): Promise<void>;
}

const MAX_IPC_BODY = 64 * 1024;

/**
 * The production policy has no connect-src at all: the renderer reaches main only through
 * the preload. The shim replaces the preload with HTTP calls to this server's own origin,
 * so here, and only here, connect-src allows exactly that origin. Everything else is
 * production's header, byte for byte.
 */
export function harnessCsp(productionCsp: string, origin: string): string {
  return `${productionCsp}; connect-src ${origin}`;
}

export async function startRendererServer(options: {
  rendererDir: string;
  host: IpcHost;
}): Promise<RendererServer> {
  const { rendererDir, host } = options;
  const streams = new Set<ServerResponse>();
  let origin = '';

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const response = await serve(
      new Request(`${APP_ORIGIN}${pathname}`, { method: req.method }),
      rendererDir,
      host.firstScreen,
    );
    const headers = Object.fromEntries(response.headers);
    const csp = headers['content-security-policy'];
    if (csp) headers['content-security-policy'] = harnessCsp(csp, origin);
    res.writeHead(response.status, headers);
    res.end(Buffer.from(await response.arrayBuffer()));
  }

  // Main checks that the sending frame is the app's own page. Here the shim reports its
  // frame URL, and the browser's own Sec-Fetch-Site vouches that the call came from this origin.
  function trusted(req: IncomingMessage, url: URL): boolean {
    const sender = req.headers['x-invitray-sender'] ?? url.searchParams.get('sender') ?? '';
    return req.headers['sec-fetch-site'] === 'same-origin' && isTrustedSender(String(sender), origin);
  }

  async function ipc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    let size = 0;
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_IPC_BODY) return reply(res, 413, { error: 'payload too large' });
      chunks.push(chunk as Buffer);
    }
    let body: { payload?: unknown };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { payload?: unknown };
    } catch (error) {
      return reply(res, 400, { error: `not JSON: ${(error as Error).name}` });
    }
    reply(res, 200, await host.dispatch(channel, body.payload));
  }

  function state(res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    const send = (snapshot: AppSnapshot) => res.write(`data: ${JSON.stringify(snapshot)}\n\n`);
    // The current state first: a change made before the stream connected is not lost.
    send(host.snapshot());
    const stop = host.onState(send);
    // Routes share the stream as named events, in order with the snapshots, as IPC would deliver them.
    const stopRoutes = host.onRoute((route) => res.write(`event: route\ndata: ${JSON.stringify(route)}\n\n`));
    streams.add(res);
    res.on('close', () => {
      stop();
      stopRoutes();
      streams.delete(res);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = url.pathname;
    if (!pathname.startsWith('/ipc/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return reply(res, 405, { error: 'method not allowed' });
      return serveStatic(req, res, pathname);
    }
    if (!trusted(req, url)) return reply(res, 403, { error: 'untrusted sender' });
    if (pathname === '/ipc/state' && req.method === 'GET') return state(res);
    if (req.method !== 'POST') return reply(res, 405, { error: 'method not allowed' });
    return ipc(req, res, decodeURIComponent(pathname.slice('/ipc/'.length)));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      else reply(res, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: `${origin}/index.html`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const stream of streams) stream.end();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}
