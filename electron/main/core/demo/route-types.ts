import type { IncomingHttpHeaders } from 'node:http';
import type { Principal } from './auth';
import type { DemoPermission } from './credentials';
import type { DemoResponse } from './envelope';

export const API_PREFIX = '/client/v4';

export interface DemoRequest {
  method: string;
  /** Path without the query string. */
  pathname: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Handler = (principal: Principal, request: DemoRequest, id: string) => DemoResponse;
export interface Route {
  pattern: RegExp;
  methods: Record<string, { permission: DemoPermission | null; handle: Handler }>;
}

// Cloudflare's ids are 32 hex digits; tests may plant shorter ones, so the client's own rule applies.
export const INVITE_ID = /^[A-Za-z0-9_-]{1,32}$/;
