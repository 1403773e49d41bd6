import { createClient } from 'cloudflare/tree-shakable';
import { BaseInvites } from 'cloudflare/resources/user/invites';
import { BaseTokens } from 'cloudflare/resources/user/tokens/tokens';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'cloudflare/core/error';
import { AppError, sentence } from '../errors';
import type { ApiFetch, Credential } from './api';
import { invalidResponse, mapHttpFailure, mapTransportFailure } from './error-map';
import { linkedAbort } from './linked-abort';
import type { ApiOperation, FailureContext } from './error-map';

const AUTH_HEADER_NAMES = ['authorization', 'x-auth-email', 'x-auth-key', 'x-auth-user-service-key'] as const;

export function createSdkClient(
  credential: Credential,
  baseURL: string,
  timeoutMs: number,
  fetch: ApiFetch = (input, init) => globalThis.fetch(input, init),
) {
  const chosen = credentialHeaders(credential);
  return createClient({
    resources: [BaseInvites, BaseTokens],
    baseURL,
    // Explicit nulls: left undefined, the SDK reads CLOUDFLARE_API_TOKEN,
    // CLOUDFLARE_API_KEY, CLOUDFLARE_EMAIL and CLOUDFLARE_API_USER_SERVICE_KEY and
    // sends every one it finds alongside ours.
    apiToken: credential.kind === 'token' ? credential.token : null,
    apiKey: credential.kind === 'global-key' ? credential.key : null,
    apiEmail: credential.kind === 'global-key' ? credential.email : null,
    userServiceKey: null,
    // CLOUDFLARE_CUSTOM_HEADERS is merged under defaultHeaders, so ours override it.
    defaultHeaders: chosen,
    // The SDK would sleep for any Retry-After without a cap; the sync engine owns backoff.
    maxRetries: 0,
    timeout: timeoutMs,
    // CLOUDFLARE_LOG=debug would otherwise print every request to the console.
    logLevel: 'off',
    fetch: (input, init) => fetch(input, { ...init, headers: onlyChosenAuth(init?.headers, chosen) }),
  });
}

export type SdkClient = ReturnType<typeof createSdkClient>;
type RequestOptions = NonNullable<Parameters<SdkClient['user']['invites']['get']>[1]>;
type SdkCall = (client: SdkClient, options: RequestOptions) => { asResponse(): Promise<Response> };

export interface TransportOptions {
  credential: Credential;
  baseUrl: string;
  timeoutMs: number;
  now: () => number;
  /** Default: Node's global fetch. */
  fetch?: ApiFetch;
}

export interface Transport {
  /** The parsed JSON body of a 2xx response; rejects with an AppError otherwise. */
  send(operation: ApiOperation, call: SdkCall, signal?: AbortSignal): Promise<unknown>;
  /**
   * The same, with the body's text beside it; a body equal to `known` is not parsed at all
   * (`body` is then undefined): the caller already holds what it says.
   */
  sendText(
    operation: ApiOperation,
    call: SdkCall,
    signal?: AbortSignal,
    known?: string,
  ): Promise<{ text: string; body?: unknown }>;
}

export function createTransport({ credential, baseUrl, timeoutMs, now, fetch }: TransportOptions): Transport {
  const client = createSdkClient(credential, baseUrl, timeoutMs, fetch);
  const context = (operation: ApiOperation): FailureContext => ({
    operation,
    credentialKind: credential.kind,
    nowMs: now(),
  });

  async function sendText(
    operation: ApiOperation,
    call: SdkCall,
    signal?: AbortSignal,
    known?: string,
  ): Promise<{ text: string; body?: unknown }> {
    // One deadline for headers and body: the SDK's own timeout stops once headers arrive.
    const request = linkedAbort(signal, timeoutMs);
    const failure = (error: unknown) => {
      if (request.timedOut()) return mapTransportFailure('timeout', timeoutMs, error);
      if (signal?.aborted) return mapTransportFailure('cancelled', timeoutMs, error);
      if (error instanceof APIConnectionTimeoutError) return mapTransportFailure('timeout', timeoutMs, error);
      return mapTransportFailure('network', timeoutMs, error);
    };
    try {
      let response: Response;
      try {
        response = await call(client, {
          signal: request.signal,
          timeout: timeoutMs,
          maxRetries: 0,
        }).asResponse();
      } catch (error) {
        if (error instanceof APIConnectionError || error instanceof APIUserAbortError) throw failure(error);
        if (error instanceof APIError && error.status !== undefined) {
          throw mapHttpFailure(
            error.status,
            error.error,
            error.headers?.get('retry-after') ?? null,
            context(operation),
          );
        }
        // Not the network and not Cloudflare: a request the SDK refused to build.
        throw new AppError('invalid-request', sentence('error.requestNotBuilt'), { cause: error });
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw failure(error);
      }
      if (text === known) return { text };
      try {
        return { text, body: JSON.parse(text) as unknown };
      } catch (error) {
        throw invalidResponse('the body is not JSON', { status: response.status, cause: error });
      }
    } finally {
      request.release();
    }
  }

  return {
    sendText,
    send: async (operation, call, signal) => (await sendText(operation, call, signal)).body,
  };
}

function credentialHeaders(credential: Credential): Record<string, string | null> {
  return credential.kind === 'token'
    ? {
        Authorization: `Bearer ${credential.token}`,
        'X-Auth-Email': null,
        'X-Auth-Key': null,
        'X-Auth-User-Service-Key': null,
      }
    : {
        Authorization: null,
        'X-Auth-Email': credential.email,
        'X-Auth-Key': credential.key,
        'X-Auth-User-Service-Key': null,
      };
}

/** Last line of defence: whatever the SDK assembled, exactly the chosen credential goes out. */
function onlyChosenAuth(
  headers: ConstructorParameters<typeof Headers>[0],
  chosen: Record<string, string | null>,
): Headers {
  const result = new Headers(headers);
  for (const name of AUTH_HEADER_NAMES) result.delete(name);
  for (const [name, value] of Object.entries(chosen)) {
    if (value !== null) result.set(name, value);
  }
  return result;
}
