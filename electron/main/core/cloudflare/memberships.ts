import { z } from '../../../shared/zod';
import { lazySchema } from '../../../shared/lazy-schema';
import type { Membership } from '../../../shared/membership-types';
import { AppError, isAppError, sentence } from '../errors';
import { invalidResponse } from './error-map';
import { unwrapEnvelope } from './responses';
import { INVITE_ID_PATTERN } from './schemas';
import type { Transport } from './transport';

// The account memberships calls (GET /memberships, GET/DELETE /memberships/{id}) on the same
// transport as the invitations: the same credential, fetch (net.fetch in the app, the proxy in
// the CLI), timeout and error mapping; client.ts wraps them in the same redaction.

export interface MembershipCalls {
  /**
   * The accepted membership of this account (an invitation's organization_id), or null when the
   * user is not a member. /memberships cannot be filtered by account id, so pages are read until
   * it turns up.
   */
  findMembership(accountId: string, signal?: AbortSignal): Promise<Membership | null>;
  getMembership(membershipId: string, signal?: AbortSignal): Promise<Membership>;
  /** Leaves the account. A membership Cloudflare no longer has counts as left (`alreadyGone`). */
  leaveMembership(membershipId: string, signal?: AbortSignal): Promise<{ alreadyGone: boolean }>;
}

const PER_PAGE = 50;
/** 50 pages of 50: more accounts than anyone belongs to; a bound against an API that pages forever. */
export const MAX_MEMBERSHIP_PAGES = 50;

const grantSchema = lazySchema(() =>
  z.looseObject({ read: z.optional(z.boolean()), write: z.optional(z.boolean()) }),
);
const membershipSchema = lazySchema(() =>
  z.looseObject({
    id: z.string().check(z.regex(INVITE_ID_PATTERN)),
    account: z.looseObject({ id: z.string(), name: z.nullish(z.string()) }),
    roles: z.nullish(z.array(z.string())),
    permissions: z.nullish(z.record(z.string(), z.nullish(grantSchema))),
    status: z.nullish(z.string()),
  }),
);
const pageInfoSchema = lazySchema(() => z.nullish(z.looseObject({ total_count: z.optional(z.number()) })));

export function createMembershipCalls(transport: Transport): MembershipCalls {
  return {
    async findMembership(accountId, signal) {
      checkId(accountId, 'error.notInviteId');
      for (let page = 1; page <= MAX_MEMBERSHIP_PAGES; page++) {
        const body = await transport.send(
          'list-memberships',
          (client, request) =>
            client.get('/memberships', {
              ...request,
              query: { status: 'accepted', page, per_page: PER_PAGE },
            }),
          signal,
        );
        const { memberships, lastPage } = readPage(body, page);
        const found = memberships.find((entry) => entry.account.id === accountId);
        if (found) return found;
        if (lastPage) return null;
      }
      return null;
    },

    async getMembership(membershipId, signal) {
      checkId(membershipId, 'error.notMembershipId');
      const body = await transport.send(
        'get-membership',
        (client, request) => client.get(`/memberships/${membershipId}`, request),
        signal,
      );
      const parsed = membershipSchema.safeParse(unwrapEnvelope(body));
      if (!parsed.success) throw invalidResponse('result: not a membership', { status: 200 });
      return toMembership(parsed.data);
    },

    async leaveMembership(membershipId, signal) {
      checkId(membershipId, 'error.notMembershipId');
      try {
        const body = await transport.send(
          'leave-membership',
          (client, request) => client.delete(`/memberships/${membershipId}`, request),
          signal,
        );
        unwrapEnvelope(body);
        return { alreadyGone: false };
      } catch (error) {
        // Left elsewhere, or removed by the account's admins: what the user asked for is so.
        if (isAppError(error) && error.kind === 'not-found') return { alreadyGone: true };
        throw error;
      }
    },
  };
}

/** One page: memberships that do not read are skipped (one odd entry must not hide the rest). */
function readPage(body: unknown, page: number): { memberships: Membership[]; lastPage: boolean } {
  const result = unwrapEnvelope(body);
  if (!Array.isArray(result)) throw invalidResponse('result: not an array', { status: 200 });
  const memberships = result.flatMap((entry) => {
    const parsed = membershipSchema.safeParse(entry);
    return parsed.success ? [toMembership(parsed.data)] : [];
  });
  const info = pageInfoSchema.safeParse((body as { result_info?: unknown }).result_info);
  const total = info.success ? info.data?.total_count : undefined;
  const lastPage = result.length < PER_PAGE || (total !== undefined && page * PER_PAGE >= total);
  return { memberships, lastPage };
}

function toMembership(parsed: z.infer<typeof membershipSchema>): Membership {
  const permissions: Membership['permissions'] = {};
  for (const [area, grant] of Object.entries(parsed.permissions ?? {})) {
    if (grant) permissions[area] = { read: grant.read === true, write: grant.write === true };
  }
  return {
    id: parsed.id,
    account: { id: parsed.account.id, name: parsed.account.name ?? parsed.account.id },
    roles: parsed.roles ?? [],
    permissions,
    status: parsed.status ?? 'accepted',
  };
}

function checkId(id: string, key: 'error.notInviteId' | 'error.notMembershipId'): void {
  if (!INVITE_ID_PATTERN.test(id)) throw new AppError('invalid-request', sentence(key));
}
