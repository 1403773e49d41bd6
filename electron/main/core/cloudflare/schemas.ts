import { z } from '../../../shared/zod';
import { lazySchema } from '../../../shared/lazy-schema';
import type { CloudflareInvite, CloudflareMessage } from '../../../shared/types';

// Runtime schemas for the responses Invitray reads, after Cloudflare's OpenAPI
// document (tests/fixtures/cloudflare-user-invites.openapi.json). Objects are
// loose: unknown fields are kept, so `--json` can print what Cloudflare sent and
// a new field in the API never breaks the app. Wrong types are rejected.

export const cloudflareMessageSchema = lazySchema(() =>
  z.object({
    code: z.number().check(z.int()),
    message: z.string(),
    documentation_url: z.optional(z.string()),
    source: z.optional(z.object({ pointer: z.optional(z.string()) })),
  }),
);

export const resultInfoSchema = lazySchema(() =>
  z.looseObject({
    count: z.optional(z.number()),
    page: z.optional(z.number()),
    per_page: z.optional(z.number()),
    total_count: z.optional(z.number()),
  }),
);

export const envelopeSchema = lazySchema(() =>
  z.looseObject({
    success: z.boolean(),
    errors: z.array(cloudflareMessageSchema),
    messages: z.array(cloudflareMessageSchema),
    result: z.unknown(),
    // Some Cloudflare endpoints send `null` here instead of leaving it out.
    result_info: z.nullish(resultInfoSchema),
  }),
);

// The OpenAPI document marks these optional but not nullable; the v4 API is known
// to send `null` for unset fields elsewhere, and one null name must not blank the
// whole list, so null is read as "absent".
const OPTIONAL_INVITE_FIELDS = [
  'id',
  'organization_name',
  'invited_by',
  'invited_member_email',
  'invited_on',
  'expires_on',
  'roles',
  'organization_is_enforcing_twofactor',
  'status',
] as const;

export const inviteSchema = lazySchema(() =>
  // classic zod's `z.preprocess(fn, schema)` is this pipe (core's $ZodPreprocess is a $ZodPipe).
  z.pipe(
    z.transform(dropNullOptionals),
    z.looseObject({
      id: z.optional(z.string()),
      organization_id: z.string(),
      invited_member_id: z.nullable(z.string()),
      organization_name: z.optional(z.string()),
      invited_by: z.optional(z.string()),
      invited_member_email: z.optional(z.string()),
      invited_on: z.optional(z.string()),
      expires_on: z.optional(z.string()),
      roles: z.optional(z.array(z.string())),
      organization_is_enforcing_twofactor: z.optional(z.boolean()),
      // Any string: a status this version does not know is kept and read as 'unknown'
      // (see effective-status.ts) rather than failing the invitation.
      status: z.optional(z.string()),
    }),
  ),
);
export type ParsedInvite = z.infer<typeof inviteSchema>;

export const tokenVerifySchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    // Compared with 'active' rather than enumerated: any other value means unusable.
    status: z.string(),
    expires_on: z.optional(z.string()),
    not_before: z.optional(z.string()),
  }),
);

export const userSchema = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    email: z.string(),
  }),
);

/** Cloudflare IDs are hex tags of at most 32 characters; the same rule as the IPC contract. */
export const INVITE_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** An invite without a usable `id` cannot be fetched or answered. */
export function isAnswerable(invite: ParsedInvite): invite is ParsedInvite & CloudflareInvite {
  return typeof invite.id === 'string' && INVITE_ID_PATTERN.test(invite.id);
}

function dropNullOptionals(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...value };
  for (const key of OPTIONAL_INVITE_FIELDS) {
    if (copy[key] === null) delete copy[key];
  }
  return copy;
}

/**
 * Cloudflare's errors[] from a failure body, whatever its shape. Entries of an
 * `error_chain` (which carries the precise auth code, e.g. 6111 under 6003) follow
 * their parent. Anything unreadable is skipped: this runs on bodies already known
 * to be failures.
 */
export function extractCloudflareErrors(body: unknown): CloudflareMessage[] {
  if (typeof body !== 'object' || body === null) return [];
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  const found: CloudflareMessage[] = [];
  for (const entry of errors) {
    const parsed = cloudflareMessageSchema.safeParse(entry);
    if (parsed.success) found.push(parsed.data);
    const chain = (entry as { error_chain?: unknown } | null)?.error_chain;
    if (Array.isArray(chain)) found.push(...extractCloudflareErrors({ errors: chain }));
  }
  return found;
}
