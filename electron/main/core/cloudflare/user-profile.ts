import { z } from '../../../shared/zod';
import { lazySchema } from '../../../shared/lazy-schema';
import { invalidResponse } from './error-map';
import { unwrapEnvelope } from './responses';
import type { Transport } from './transport';
import { userSchema } from './schemas';

// GET /user, read for one fact: whether the signed-in user has two-factor authentication on.
// An organisation that enforces 2FA refuses members without it, so Invitray says so before
// the user accepts. The call goes through the same transport (net.fetch in the app, the proxy
// in the CLI) and out through the client's redaction like every other one.

/** The OpenAPI document marks the field optional: an answer without it tells nothing. */
const twoFactorUserSchema = lazySchema(() =>
  z.extend(userSchema, {
    two_factor_authentication_enabled: z.nullish(z.boolean()),
  }),
);

/**
 * True or false as Cloudflare says; null when the answer does not say. Rejects with an
 * AppError like every call (a token without "User Details Read" gets missing-permission).
 */
export async function readTwoFactorEnabled(
  transport: Transport,
  signal?: AbortSignal,
): Promise<boolean | null> {
  const body = await transport.send(
    'read-user',
    // The invites and tokens resources are all Invitray bundles; GET /user goes through the generic call.
    (client, request) => client.get('/user', request),
    signal,
  );
  const result = twoFactorUserSchema.safeParse(unwrapEnvelope(body));
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = ['result', ...(issue?.path.map(String) ?? [])].join('.');
    throw invalidResponse(`${path}: ${issue?.code.replaceAll('_', ' ') ?? 'unexpected shape'}`, {
      status: 200,
    });
  }
  return result.data.two_factor_authentication_enabled ?? null;
}
