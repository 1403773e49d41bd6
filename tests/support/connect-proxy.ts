import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

// A real HTTP CONNECT forward proxy on 127.0.0.1, as a company network runs one: it
// opens a tunnel to the host:port the client names and relays bytes, logging each
// tunnel. Host names it is told about resolve only here (so a request that skips the
// proxy cannot reach them), and it can demand a login (407).

export interface TunnelLogEntry {
  /** host:port as the client asked for it. */
  target: string;
  /** What the proxy answered: 200 for an open tunnel. */
  status: number;
  /** Whether the client sent a Proxy-Authorization header (its value is never logged). */
  authorized: boolean;
}

export interface ConnectProxyOptions {
  /** Host names only this proxy can resolve, e.g. { 'api.invitray.test': '127.0.0.1' }. */
  hosts?: Record<string, string>;
  /** Demand this login (Basic) before opening a tunnel. */
  login?: { user: string; password: string };
}

export interface ConnectProxy {
  readonly url: string;
  readonly port: number;
  log(): readonly TunnelLogEntry[];
  clearLog(): void;
  close(): Promise<void>;
}

export async function startConnectProxy(options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  let log: TunnelLogEntry[] = [];
  const sockets = new Set<Socket>();
  const expected = options.login
    ? `Basic ${Buffer.from(`${options.login.user}:${options.login.password}`).toString('base64')}`
    : null;

  const server = createServer((_req, res) => {
    // Only tunnels: the API is https, so a plain forwarded request means something is wrong.
    res.writeHead(405, { connection: 'close' }).end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    const auth = req.headers['proxy-authorization'];
    const entry = (status: number) => log.push({ target, status, authorized: auth !== undefined });
    if (expected !== null && auth !== expected) {
      entry(407);
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n',
      );
      return;
    }
    const match = /^([^:]+|\[[^\]]+\]):(\d{1,5})$/.exec(target);
    if (!match) {
      entry(400);
      client.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const host = options.hosts?.[match[1]!] ?? match[1]!;
    const upstream = connect({ host, port: Number(match[2]) });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.once('connect', () => {
      entry(200);
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => {
      // Before the tunnel opened the client gets an answer; inside it, only a cut.
      if (upstream.connecting) {
        entry(502);
        client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
      } else {
        client.destroy();
      }
    });
    client.on('error', () => upstream.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log: () => [...log],
    clearLog: () => {
      log = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
