import type { CloudflareMessage, ErrorText } from '../../../shared/types';
import { AppError, isAppError } from '../errors';
import { redactText, redactValueWith } from '../redact';
import { credentialRedactor } from './credential-forms';
import type { CredentialSecrets } from './credential-forms';

// The one place every error leaves the API client through (see withRedactedErrors):
// whatever the HTTP status, whichever parser or mapper built it, whichever field a
// server put the credential in. Error paths added later cannot skip it, because it
// wraps the client's methods rather than being called from each path.

/**
 * A copy of `error` with every quotation of the credential removed: the message, the
 * stack, every string in Cloudflare's errors (message, documentation_url,
 * source.pointer, anything nested), the values of its catalogue sentences, and the
 * whole cause chain. Kind, status, retryAt and the sentences' keys are kept. A value
 * that is not an AppError (a bug) comes back as a redacted plain copy, still not an
 * AppError, so it is still reported as a bug.
 */
export function redactAppError(error: unknown, secrets: CredentialSecrets): unknown {
  const known = credentialRedactor(secrets);
  const text = (value: string) => redactText(known(value));
  return redactWith(error, text);
}

function redactWith(error: unknown, text: (value: string) => string): unknown {
  if (!isAppError(error)) return redactValueWith(error, text);
  const { kind, status, retryAt, cloudflareErrors } = error.info;
  const copy = new AppError(kind, text(error.message), {
    // The sentences' values (a URL, Cloudflare's wording) are redacted like the message.
    ...(error.info.text === undefined
      ? {}
      : { text: error.info.text.map((part) => redactSentence(part, text)) }),
    cloudflareErrors: cloudflareErrors.map((entry) => redactStrings(entry, text) as CloudflareMessage),
    ...(status === undefined ? {} : { status }),
    ...(retryAt === undefined ? {} : { retryAt }),
    ...(error.cause === undefined ? {} : { cause: redactCause(error.cause, text) }),
  });
  copy.stack = error.stack === undefined ? undefined : text(error.stack);
  return copy;
}

function redactSentence(part: ErrorText, text: (value: string) => string): ErrorText {
  if (part.params === undefined) return part;
  return { id: part.id, params: redactStrings(part.params, text) as NonNullable<ErrorText['params']> };
}

function redactCause(cause: unknown, text: (value: string) => string): unknown {
  return isAppError(cause) ? redactWith(cause, text) : redactValueWith(cause, text);
}

/** Every string anywhere inside plain data; field names are kept (they are the schema's). */
function redactStrings(value: unknown, text: (value: string) => string): unknown {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, text));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, text)]));
}

type AsyncMethods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? T[K] : never };

/**
 * `api` with every method wrapped: whatever a method rejects (or throws) with goes
 * through redactAppError first. Every own key is wrapped, so a method added to the
 * client later is covered without anyone remembering to.
 */
export function withRedactedErrors<T extends AsyncMethods<T>>(api: T, secrets: CredentialSecrets): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await method.apply(api, args);
      } catch (error) {
        throw redactAppError(error, secrets);
      }
    };
  }
  return wrapped as T;
}
