import { DEFAULT_API_BASE_URL } from './api';
import type { CloudflareApi, CloudflareApiOptions } from './api';
import { normalizeApiBaseUrl } from './base-url';
import { AppError, sentence } from '../errors';
import { credentialSecrets } from './credential-forms';
import { badCredentialsText } from './error-map';
import { withRedactedErrors } from './redact-errors';
import { parseInviteList, parseSingleInvite, parseTokenVerify, parseUser } from './responses';
import type { InviteListing } from './invite-list-reader';
import { nextLapseAt } from './pending-now';
import { INVITE_ID_PATTERN } from './schemas';
import { createMembershipCalls } from './memberships';
import { createTransport } from './transport';
import { readTwoFactorEnabled } from './user-profile';

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The Cloudflare API for one credential. The SDK is the transport (auth, URLs,
 * timeouts); every body is checked against our own schemas, and every failure
 * comes out as an AppError, redacted of the credential on its way out (redact-errors.ts).
 */
export function createCloudflareApi(options: CloudflareApiOptions): CloudflareApi {
  const now = options.now ?? Date.now;
  const { credential } = options;
  const transport = createTransport({
    credential,
    baseUrl: normalizeApiBaseUrl(options.baseUrl ?? DEFAULT_API_BASE_URL),
    // The SDK only takes whole milliseconds.
    timeoutMs: Math.max(1, Math.round(options.timeoutMs ?? DEFAULT_TIMEOUT_MS)),
    now,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });

  const api: CloudflareApi = {
    ...createMembershipCalls(transport),

    async listInvites(signal, previous) {
      // Until one of them lapses, the statuses read from the last answer still hold.
      const known = previous?.source && now() < previous.source.until ? previous : undefined;
      const { text, body } = await transport.sendText(
        'list-invites',
        (client, request) => client.user.invites.list(request),
        signal,
        known?.source?.text,
      );
      // Word for word what came last time (the usual poll): nothing to parse, check or log.
      if (body === undefined && known !== undefined) return known;
      const at = now();
      const read = parseInviteList(body, at);
      // Not enumerable: the text is for recognising the next answer, not data to copy or print.
      const listing: InviteListing = Object.defineProperty({ ...read }, 'source', {
        value: { text, until: nextLapseAt(read.invites, at) },
      });
      for (const entry of listing.unreadable) {
        options.log?.warn(`Set aside an invitation Cloudflare listed: ${entry.path}: ${entry.problem}`);
      }
      return listing;
    },

    async getInvite(inviteId, signal) {
      checkInviteId(inviteId);
      const body = await transport.send(
        'get-invite',
        (client, request) => client.user.invites.get(inviteId, request),
        signal,
      );
      return parseSingleInvite(body, now());
    },

    async respond(inviteId, response, signal) {
      checkInviteId(inviteId);
      if (response !== 'accepted' && response !== 'rejected') {
        throw new AppError('invalid-request', sentence('error.answerChoiceApi'));
      }
      const body = await transport.send(
        'respond',
        (client, request) => client.user.invites.edit(inviteId, { status: response }, request),
        signal,
      );
      return parseSingleInvite(body, now());
    },

    async verifyCredentials(signal) {
      if (credential.kind === 'token') {
        const body = await transport.send(
          'verify-credentials',
          (client, request) => client.user.tokens.verify(request),
          signal,
        );
        const token = parseTokenVerify(body);
        if (token.status !== 'active') {
          throw new AppError(
            'bad-credentials',
            [sentence('error.tokenInactive', { status: token.status }), badCredentialsText('token')],
            { status: 200 },
          );
        }
        return {};
      }
      // The invites and tokens resources are all Invitray bundles; GET /user goes through the generic call.
      const body = await transport.send(
        'verify-credentials',
        (client, request) => client.get('/user', request),
        signal,
      );
      return { email: parseUser(body).email };
    },

    twoFactorEnabled: (signal) => readTwoFactorEnabled(transport, signal),
  };
  return withRedactedErrors(api, credentialSecrets(credential));
}

/** The same rule as the IPC contract's idSchema, checked again here: main trusts nothing. */
function checkInviteId(inviteId: string): void {
  if (!INVITE_ID_PATTERN.test(inviteId)) {
    throw new AppError('invalid-request', sentence('error.notInviteId'));
  }
}
