import { CF_ERRORS, fail, ok } from './envelope';
import type { DemoResponse } from './envelope';
import { INVITE_ID } from './route-types';
import type { DemoRequest } from './route-types';
import type { DemoState } from './state';

/** PATCH /user/invites/{id}, shared by PUT /memberships/{id}: both answer the same invitation. */
export function answerInvitation(state: DemoState, request: DemoRequest, id: string): DemoResponse {
  if (!INVITE_ID.test(id)) return fail(404, CF_ERRORS.badIdentifier(request.pathname));
  if (state.find(id) === undefined) return fail(404, CF_ERRORS.inviteNotFound);
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
}
