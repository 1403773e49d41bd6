import type { IncomingHttpHeaders } from 'node:http';
import { CREDENTIAL_HEADERS, presentCredentialHeaders } from './auth';
import type { DemoFault } from './faults';

export interface DemoRequestLogEntry {
  /** Demo clock time when the request arrived. */
  at: number;
  method: string;
  /** Path and query as sent, e.g. /client/v4/user/invites. */
  path: string;
  /** Request headers without any credential header (and without cookies). */
  headers: Record<string, string>;
  /** Which credential headers were present, lower-case and in a fixed order; never their values. */
  authHeaders: string[];
  /** The demo credential that authenticated the request (e.g. 'demo-token'), if any. */
  principal?: string;
  /** The JSON body, or the raw text if it was not JSON; absent when empty. */
  body?: unknown;
  /** HTTP status answered; null when the connection was held open or cut by a fault. */
  status: number | null;
  fault?: DemoFault;
}

const OMITTED_HEADERS: ReadonlySet<string> = new Set([
  ...CREDENTIAL_HEADERS,
  'cookie',
  'proxy-authorization',
]);

export function safeHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || OMITTED_HEADERS.has(name)) continue;
    kept[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}

export function logEntry(
  fields: Omit<DemoRequestLogEntry, 'headers' | 'authHeaders' | 'body'> & {
    rawHeaders: IncomingHttpHeaders;
    rawBody: string;
  },
): DemoRequestLogEntry {
  const { rawHeaders, rawBody, ...rest } = fields;
  return {
    ...rest,
    headers: safeHeaders(rawHeaders),
    authHeaders: presentCredentialHeaders(rawHeaders),
    ...(rawBody === '' ? {} : { body: parseBody(rawBody) }),
  };
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON: the log keeps the text as sent, which is what a test wants to see.
    return text;
  }
}
