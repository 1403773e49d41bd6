import type { z } from '../../../shared/zod';
import type { Invite } from '../../../shared/types';
import { withEffectiveStatus } from './effective-status';
import { invalidResponse } from './error-map';
import { readInvites, type InviteListing } from './invite-list-reader';
import { envelopeSchema, inviteSchema, isAnswerable, tokenVerifySchema, userSchema } from './schemas';

// Turns a 2xx body into validated data, or an 'invalid-response' AppError: a
// malformed body must never crash the app nor reach the UI half-parsed.

/** The `result` of a Cloudflare envelope, after checking the envelope itself. */
export function unwrapEnvelope(body: unknown): unknown {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) throw invalidResponse(describe(envelope.error), { status: 200 });
  if (!envelope.data.success) {
    throw invalidResponse('success was false', { status: 200, cloudflareErrors: envelope.data.errors });
  }
  return envelope.data.result;
}

/**
 * Only a broken envelope (not an envelope, success:false, `result` not an array) fails
 * the whole list; each invitation in it is read on its own (see invite-list-reader.ts).
 */
export function parseInviteList(body: unknown, nowMs: number): InviteListing {
  const result = unwrapEnvelope(body);
  if (!Array.isArray(result)) throw invalidResponse('result: not an array', { status: 200 });
  return readInvites(result, nowMs);
}

export function parseSingleInvite(body: unknown, nowMs: number): Invite {
  const result = inviteSchema.safeParse(unwrapEnvelope(body));
  if (!result.success) throw invalidResponse(describe(result.error, 'result'), { status: 200 });
  if (!isAnswerable(result.data)) throw invalidResponse('the invitation has no usable id', { status: 200 });
  return withEffectiveStatus(result.data, nowMs);
}

export function parseTokenVerify(body: unknown): z.infer<typeof tokenVerifySchema> {
  const result = tokenVerifySchema.safeParse(unwrapEnvelope(body));
  if (!result.success) throw invalidResponse(describe(result.error, 'result'), { status: 200 });
  return result.data;
}

export function parseUser(body: unknown): z.infer<typeof userSchema> {
  const result = userSchema.safeParse(unwrapEnvelope(body));
  if (!result.success) throw invalidResponse(describe(result.error, 'result'), { status: 200 });
  return result.data;
}

/** Where the body went wrong, without echoing values (they could be anything). */
function describe(error: z.core.$ZodError, root = ''): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'unexpected shape';
  const path = [root, ...issue.path.map(String)].filter((part) => part !== '').join('.');
  return `${path === '' ? 'the body' : path}: ${issue.code.replaceAll('_', ' ')}`;
}
