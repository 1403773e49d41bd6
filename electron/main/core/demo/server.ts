import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoTokenSpec } from './credentials';
import { CF_ERRORS, fail } from './envelope';
import type { DemoResponse } from './envelope';
import { FaultQueue, faultOutcome } from './faults';
import type { DemoFault, FailNextOptions, FaultOutcome } from './faults';
import { logEntry } from './request-log';
import type { DemoRequestLogEntry } from './request-log';
import { API_PREFIX, createRouter } from './routes';
import type { DemoInvite } from './seed';
import type { DriftKind } from './drift';
import type { DemoMembership } from './membership-state';
import { DemoState } from './state';

export interface DemoServerOptions {
  /** Clock for the seed, expiry checks and the request log. Default Date.now. */
  now?: () => number;
  /** Default 0: a free port chosen by the OS. */
  port?: number;
  /** Start with these invitations instead of the built-in seed (reset() returns to them). */
  invites?: readonly DemoInvite[];
  /** Serve HTTPS with this key and certificate (PEM), e.g. to test proxies and trust stores. */
  tls?: { key: string; cert: string };
  /** Whether the demo user has two-factor authentication on; default true (reset() returns to it). */
  twoFactorEnabled?: boolean;
  /** How many requests the log keeps, the newest. Default REQUEST_LOG_LIMIT. */
  requestLogLimit?: number;
}

export interface DemoServer {
  /** e.g. http://127.0.0.1:43121 */
  readonly origin: string;
  /** The API base URL to give the client: `${origin}/client/v4`. */
  readonly baseUrl: string;
  readonly port: number;
  /** Copies of the current invitations. */
  invites(): DemoInvite[];
  /** Adds a pending invitation (plausible defaults, fresh id unless given); returns it. */
  addInvite(fields?: DemoInvite): DemoInvite;
  /** Changes fields of an invitation, e.g. { status: 'accepted' } as if answered elsewhere. */
  updateInvite(id: string, changes: DemoInvite): DemoInvite;
  /** Moves expires_on into the past, leaving status 'pending' as Cloudflare does. */
  expireInvite(id: string): DemoInvite;
  removeInvite(id: string): boolean;
  /** Replaces every invitation; anything JSON goes, to test odd API answers. */
  setInvites(invites: readonly (Record<string, unknown> | null)[]): void;
  /** Appends records the client cannot fully read (default: one of each kind in drift.ts). */
  addDriftingInvites(kinds?: readonly DriftKind[]): void;
  addToken(token: string, spec: DemoTokenSpec): void;
  /** Turns the demo user's two-factor authentication on or off, as GET /user reports it. */
  setTwoFactorEnabled(enabled: boolean): void;
  /** Copies of the accounts the demo user belongs to (accepting an invitation adds one). */
  memberships(): DemoMembership[];
  /** Removes a membership as if the user left elsewhere; false when there was none. */
  removeMembership(id: string): boolean;
  /** The next `count` requests matching `options` get `fault` instead of their answer. */
  failNext(count: number, fault: DemoFault, options?: FailNextOptions): void;
  clearFaults(): void;
  /** The newest requests, oldest first: at most `requestLogLimit` of them. */
  requestLog(): readonly DemoRequestLogEntry[];
  clearRequestLog(): void;
  /** Back to the starting invitations and built-in tokens; faults and log cleared. */
  reset(): void;
  /** Stops listening and drops open connections; safe to call twice. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;
/**
 * The demo runs all day in demo mode (a poll every 5 minutes) and in long soaks: an unbounded
 * log grew by every request. Tests clear it per step or per day, far below this.
 */
export const REQUEST_LOG_LIMIT = 1000;

/** Starts the Cloudflare-compatible demo API on 127.0.0.1. */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const now = options.now ?? Date.now;
  const state = new DemoState(now, options.invites, options.twoFactorEnabled ?? true);
  const faults = new FaultQueue();
  const router = createRouter(state);
  const logLimit = options.requestLogLimit ?? REQUEST_LOG_LIMIT;
  let log: DemoRequestLogEntry[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = now();
    const method = (req.method ?? 'GET').toUpperCase();
    const path = req.url ?? '/';
    const { pathname, searchParams: query } = new URL(path, 'http://127.0.0.1');
    const rawBody = await readBody(req);
    const entry = (status: number | null, extra: Partial<DemoRequestLogEntry> = {}) => {
      log.push(
        logEntry({ at, method, path, rawHeaders: req.headers, rawBody: rawBody ?? '', status, ...extra }),
      );
      if (log.length > logLimit) log.shift();
    };

    if (rawBody === undefined) {
      entry(413);
      return send(res, fail(413, CF_ERRORS.bodyTooLarge));
    }
    const apiPath = pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : pathname;
    const taken = faults.take(method, apiPath);
    if (taken !== undefined) {
      const outcome = faultOutcome(taken.fault, taken.options, req.headers);
      entry(outcomeStatus(outcome), { fault: taken.fault });
      return deliver(outcome, req, res);
    }
    const { response, principal } = router({ method, pathname, query, headers: req.headers, body: rawBody });
    entry(response.status, principal === undefined ? {} : { principal });
    send(res, response);
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the demo must answer like a Cloudflare 500, not take the app down.
      if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      else send(res, fail(500, CF_ERRORS.internal));
    });
  };
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;

  return {
    origin,
    baseUrl: `${origin}${API_PREFIX}`,
    port,
    invites: () => state.snapshot(),
    addInvite: (fields) => state.add(fields),
    updateInvite: (id, changes) => state.update(id, changes),
    expireInvite: (id) => state.expire(id),
    removeInvite: (id) => state.remove(id),
    setInvites: (invites) => state.set(invites),
    addDriftingInvites: (kinds) => state.addDrift(kinds),
    addToken: (token, spec) => state.addToken(token, spec),
    setTwoFactorEnabled: (enabled) => {
      state.twoFactorEnabled = enabled;
    },
    memberships: () => state.memberships.list(),
    removeMembership: (id) => state.memberships.remove(id),
    failNext: (count, fault, failOptions) => faults.add(count, fault, failOptions),
    clearFaults: () => faults.clear(),
    requestLog: () => [...log],
    clearRequestLog: () => {
      log = [];
    },
    reset: () => {
      state.reset();
      faults.clear();
      log = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Closing twice (a test's own cleanup, then afterAll) is fine.
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        // Requests held open by a 'timeout' fault and idle keep-alive sockets would delay close.
        server.closeAllConnections();
      }),
  };
}

function outcomeStatus(outcome: FaultOutcome): number | null {
  if (outcome.kind === 'respond') return outcome.response.status;
  return outcome.kind === 'raw' ? outcome.status : null;
}

function deliver(outcome: FaultOutcome, req: IncomingMessage, res: ServerResponse): void {
  switch (outcome.kind) {
    case 'respond':
      return send(res, outcome.response);
    case 'raw':
      return sendText(res, outcome.status, outcome.text, {});
    case 'reset':
      req.socket.destroy();
      return;
    case 'hang':
      // Held open until the client gives up or close() ends every connection.
      return;
  }
}

/** The body as text, or undefined when it is larger than the demo accepts. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, response: DemoResponse): void {
  sendText(res, response.status, JSON.stringify(response.body), response.headers ?? {});
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}
