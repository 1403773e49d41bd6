import type { IncomingHttpHeaders } from 'node:http';
import { authenticate, can } from './auth';
import type { Principal } from './auth';
import type { DemoPermission } from './credentials';
import { CF_ERRORS, fail, ok } from './envelope';
import type { DemoResponse } from './envelope';
import type { DemoState } from './state';
import { userRoute } from './user-routes';

export const API_PREFIX = '/client/v4';

export interface DemoRequest {
  method: string;
  /** Path without the query string. */
  pathname: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Handler = (principal: Principal, request: DemoRequest, id: string) => DemoResponse;
export interface Route {
  pattern: RegExp;
  methods: Record<string, { permission: DemoPermission | null; handle: Handler }>;
}

// Cloudflare's ids are 32 hex digits; tests may plant shorter ones, so the client's own rule applies.
const INVITE_ID = /^[A-Za-z0-9_-]{1,32}$/;

export type Router = (request: DemoRequest) => { response: DemoResponse; principal?: string };

/** Answers requests from `state`; also tells which demo credential called, for the request log. */
export function createRouter(state: DemoState): Router {
  const routes = buildRoutes(state);
  return (request) => dispatch(routes, state, request);
}

function dispatch(routes: Route[], state: DemoState, request: DemoRequest): ReturnType<Router> {
  const path = request.pathname.replace(/\/+$/, '');
  for (const { pattern, methods } of routes) {
    const match = pattern.exec(path);
    if (!match) continue;
    const endpoint = Object.hasOwn(methods, request.method) ? methods[request.method] : undefined;
    if (endpoint === undefined) return { response: fail(405, CF_ERRORS.methodNotAllowed) };
    const auth = authenticate(request.headers, state.tokens, path === `${API_PREFIX}/user/tokens/verify`);
    if ('response' in auth) return { response: auth.response };
    const { principal } = auth;
    if (endpoint.permission !== null && !can(principal, endpoint.permission)) {
      return { response: fail(403, CF_ERRORS.unauthorized), principal: principal.name };
    }
    // Left encoded: an id that needed encoding is not a Cloudflare id and gets 7003 below.
    const id = match[1] ?? '';
    return { response: endpoint.handle(principal, request, id), principal: principal.name };
  }
  return { response: fail(404, CF_ERRORS.noRoute) };
}

function buildRoutes(state: DemoState): Route[] {
  const getInvite: Handler = (_principal, request, id) => {
    if (!INVITE_ID.test(id)) return fail(404, CF_ERRORS.badIdentifier(request.pathname));
    const invite = state.find(id);
    return invite === undefined ? fail(404, CF_ERRORS.inviteNotFound) : ok(invite);
  };

  const respond: Handler = (principal, request, id) => {
    const found = getInvite(principal, request, id);
    if (found.status !== 200) return found;
    let status: unknown;
    try {
      status = (JSON.parse(request.body) as { status?: unknown } | null)?.status;
    } catch {
      // The client sent something that is not JSON: answer as Cloudflare does, not with a crash.
      return fail(400, CF_ERRORS.malformedJson);
    }
    if (status !== 'accepted' && status !== 'rejected') return fail(400, CF_ERRORS.invalidStatus);
    const invite = state.find(id);
    const current = invite?.status ?? 'pending';
    if (current === 'expired' || (current === 'pending' && invite !== undefined && state.isLapsed(invite))) {
      return fail(400, CF_ERRORS.inviteExpired);
    }
    if (current !== 'pending') return fail(400, CF_ERRORS.notPending(current));
    return ok(state.update(id, { status }));
  };

  return [
    {
      pattern: new RegExp(`^${API_PREFIX}/user/invites$`),
      methods: {
        GET: {
          permission: 'memberships:read',
          handle: () => {
            const invites = state.snapshot();
            return ok(invites, { page: 1, per_page: 50, count: invites.length, total_count: invites.length });
          },
        },
      },
    },
    {
      pattern: new RegExp(`^${API_PREFIX}/user/invites/([^/]+)$`),
      methods: {
        GET: { permission: 'memberships:read', handle: getInvite },
        PATCH: { permission: 'memberships:write', handle: respond },
      },
    },
    {
      pattern: new RegExp(`^${API_PREFIX}/user/tokens/verify$`),
      methods: {
        GET: {
          permission: null,
          handle: (principal) =>
            principal.kind === 'token'
              ? ok({
                  id: principal.token.id,
                  status: principal.token.status,
                  not_before: '2024-01-01T00:00:00Z',
                })
              : fail(400, CF_ERRORS.badAuthorizationFormat),
        },
      },
    },
    userRoute(state, API_PREFIX),
  ];
}
