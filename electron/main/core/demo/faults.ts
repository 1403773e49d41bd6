import type { IncomingHttpHeaders } from 'node:http';
import { credentialEcho } from './credential-echo';
import { CF_ERRORS, fail } from './envelope';
import type { DemoResponse } from './envelope';

/**
 * What the next matching requests should suffer instead of a normal answer:
 * an HTTP failure with Cloudflare's body, no answer at all until the client
 * gives up (`timeout`), a cut connection (`reset`), a 200 whose body is not
 * JSON (`malformed-json`), a 200 envelope saying success:false, or an error that
 * quotes the request's credential back in every form (`echo-credential`, see
 * credential-echo.ts; its HTTP status is `options.status`).
 */
export type DemoFault =
  | 401
  | 403
  | 429
  | 500
  | 502
  | 503
  | 'timeout'
  | 'reset'
  | 'malformed-json'
  | 'success-false'
  | 'echo-credential';

export interface FailNextOptions {
  /** For 429: the Retry-After header. A number is seconds; null sends none. Default 300 (Cloudflare's 5-minute block). */
  retryAfter?: number | string | null;
  /** Only requests with this method count (e.g. 'PATCH'). */
  method?: string;
  /** Only requests whose path (after /client/v4) starts with this, e.g. '/user/invites'. */
  path?: string;
  /** With `path`: only that path itself, not the paths below it ('/user' but not '/user/invites'). */
  exactPath?: boolean;
  /** For 'echo-credential': the HTTP status to answer with; 200 sends success:false. Default 400. */
  status?: number;
}

export type FaultOutcome =
  | { kind: 'respond'; response: DemoResponse }
  | { kind: 'raw'; status: number; text: string }
  | { kind: 'hang' }
  | { kind: 'reset' };

interface PendingFault {
  remaining: number;
  fault: DemoFault;
  options: FailNextOptions;
}

/** Faults queued by tests, consumed in order by the requests they match. */
export class FaultQueue {
  private queue: PendingFault[] = [];

  add(count: number, fault: DemoFault, options: FailNextOptions = {}): void {
    if (!Number.isInteger(count) || count < 1) throw new RangeError('failNext needs a positive whole count');
    this.queue.push({ remaining: count, fault, options });
  }

  clear(): void {
    this.queue = [];
  }

  /** The fault this request should get, if any; counts it as used. */
  take(method: string, apiPath: string): { fault: DemoFault; options: FailNextOptions } | undefined {
    const pending = this.queue.find(
      ({ options }) =>
        (options.method === undefined || options.method.toUpperCase() === method) &&
        (options.path === undefined ||
          (options.exactPath ? apiPath === options.path : apiPath.startsWith(options.path))),
    );
    if (pending === undefined) return undefined;
    pending.remaining -= 1;
    if (pending.remaining === 0) this.queue = this.queue.filter((entry) => entry !== pending);
    return { fault: pending.fault, options: pending.options };
  }
}

export function faultOutcome(
  fault: DemoFault,
  options: FailNextOptions,
  headers: IncomingHttpHeaders,
): FaultOutcome {
  switch (fault) {
    case 401:
      return { kind: 'respond', response: fail(401, CF_ERRORS.authenticationError) };
    case 403:
      return { kind: 'respond', response: fail(403, CF_ERRORS.unauthorized) };
    case 429: {
      const retryAfter = options.retryAfter === undefined ? 300 : options.retryAfter;
      const headers = retryAfter === null ? undefined : { 'retry-after': String(retryAfter) };
      return { kind: 'respond', response: fail(429, CF_ERRORS.rateLimited, headers) };
    }
    case 500:
    case 502:
    case 503:
      return { kind: 'respond', response: fail(fault, CF_ERRORS.internal) };
    case 'echo-credential':
      return { kind: 'respond', response: credentialEcho(options.status ?? 400, headers) };
    case 'success-false':
      return { kind: 'respond', response: fail(200, CF_ERRORS.internal) };
    case 'malformed-json':
      return { kind: 'raw', status: 200, text: '{"success":true,"errors":[],"messages":[],"result":[{"id":' };
    case 'timeout':
      return { kind: 'hang' };
    case 'reset':
      return { kind: 'reset' };
  }
}
