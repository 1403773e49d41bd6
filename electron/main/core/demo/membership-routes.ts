import { answerInvitation } from './answer-invitation';
import { CF_ERRORS, fail, ok } from './envelope';
import type { DemoError, DemoResponse } from './envelope';
import { pendingMembership } from './membership-state';
import type { DemoMembership } from './membership-state';
import { API_PREFIX, INVITE_ID } from './route-types';
import type { Handler, Route } from './route-types';
import type { DemoState } from './state';

// GET /memberships, GET/PUT/DELETE /memberships/{id}, kept consistent with the invitations:
// an accepted invitation is a membership (membership-state.ts), a pending one is listed as a
// pending membership, PUT answers the invitation exactly as PATCH /user/invites does, and
// DELETE leaves the account.

const membershipNotFound: DemoError = { code: 1003, message: 'Membership not found' };
/** When the demo's inviting accounts were made: a fixed date, they are not the demo's own. */
const INVITED_ACCOUNTS_CREATED_ON = '2024-01-01T00:00:00Z';
const PER_PAGE = { default: 20, min: 5, max: 50 };

export function membershipRoutes(state: DemoState): Route[] {
  /** Accepted memberships, then the pending invitations that could still be answered. */
  const all = (): DemoMembership[] => {
    const pending = state.invites.flatMap((invite) =>
      (invite as typeof invite | null)?.status === 'pending' && !state.isLapsed(invite)
        ? [pendingMembership(invite, INVITED_ACCOUNTS_CREATED_ON)].filter((entry) => entry !== undefined)
        : [],
    );
    return [...state.memberships.list(), ...pending];
  };
  const findAny = (id: string): DemoMembership | undefined => all().find((entry) => entry.id === id);

  const list: Handler = (_principal, request) => {
    const { query } = request;
    const status = query.get('status');
    const name = query.get('account.name') ?? query.get('name');
    const matching = all().filter(
      (entry) =>
        (status === null || entry.status === status) && (name === null || entry.account.name === name),
    );
    const perPage = clamp(whole(query.get('per_page')) ?? PER_PAGE.default, PER_PAGE.min, PER_PAGE.max);
    const page = Math.max(1, whole(query.get('page')) ?? 1);
    const shown = matching.slice((page - 1) * perPage, page * perPage);
    return ok(shown, {
      page,
      per_page: perPage,
      count: shown.length,
      total_count: matching.length,
    });
  };

  const get: Handler = (_principal, request, id) => {
    if (!INVITE_ID.test(id)) return fail(404, CF_ERRORS.badIdentifier(request.pathname));
    const found = findAny(id);
    return found === undefined ? fail(404, membershipNotFound) : ok(withPolicies(found));
  };

  const put: Handler = (_principal, request, id) => {
    if (!INVITE_ID.test(id)) return fail(404, CF_ERRORS.badIdentifier(request.pathname));
    const before = findAny(id);
    if (before === undefined) return fail(404, membershipNotFound);
    const answered = answerInvitation(state, request, id);
    if (answered.status !== 200) return answered;
    // Declined: no longer listed as a membership; the answer still says what became of it.
    return ok(withPolicies(findAny(id) ?? { ...before, status: 'rejected' }));
  };

  const remove: Handler = (_principal, request, id): DemoResponse => {
    if (!INVITE_ID.test(id)) return fail(404, CF_ERRORS.badIdentifier(request.pathname));
    return state.memberships.remove(id) ? ok({ id }) : fail(404, membershipNotFound);
  };

  return [
    {
      pattern: new RegExp(`^${API_PREFIX}/memberships$`),
      methods: { GET: { permission: 'memberships:read', handle: list } },
    },
    {
      pattern: new RegExp(`^${API_PREFIX}/memberships/([^/]+)$`),
      methods: {
        GET: { permission: 'memberships:read', handle: get },
        PUT: { permission: 'memberships:write', handle: put },
        DELETE: { permission: 'memberships:write', handle: remove },
      },
    },
  ];
}

function withPolicies(membership: DemoMembership): DemoMembership & { policies: [] } {
  return { ...membership, policies: [] };
}

function whole(value: string | null): number | undefined {
  const parsed = value === null ? Number.NaN : Number(value);
  return Number.isInteger(parsed) ? parsed : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
