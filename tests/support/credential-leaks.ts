import { inspect } from 'node:util';
import type { Credential } from '../../electron/main/core/cloudflare';
import { echoedForms } from '../../electron/main/core/demo';

/** A token with characters URL-encoding changes (+ / =), so the raw and encoded forms differ. */
export const ODD_TOKEN = 'invitray+echo/test=token~with.odd_chars1';

/**
 * Every form in which the demo's 'echo-credential' fault quotes `credential`. The email
 * of a Global API key login is included only with `email: true`: it is personal data the
 * invitations themselves carry (invited_member_email), so it is looked for in errors only.
 */
export function echoedCredentialForms(credential: Credential, options: { email?: boolean } = {}): string[] {
  if (credential.kind === 'token') return echoedForms(credential.token);
  const forms = echoedForms(credential.key, credential.email);
  if (options.email) return forms;
  const emailAlone = new Set([
    credential.email,
    credential.email.toUpperCase(),
    encodeURIComponent(credential.email),
  ]);
  return forms.filter((form) => !emailAlone.has(form));
}

/** The forms found in `haystack` (any case); values that are not strings are inspected in full. */
export function leaksIn(haystack: unknown, forms: readonly string[]): string[] {
  const text = (
    typeof haystack === 'string' ? haystack : inspect(haystack, { depth: null, getters: false })
  ).toLowerCase();
  return forms.filter((form) => form !== '' && text.includes(form.toLowerCase()));
}

/** Everything an error carries: its info, message, stack and whole cause chain. */
export function everythingIn(error: unknown): string {
  const parts = [inspect(error, { depth: null, showHidden: true })];
  for (let at: unknown = error; at instanceof Error; at = at.cause) {
    parts.push(at.message, at.stack ?? '', JSON.stringify((at as { info?: unknown }).info ?? null));
  }
  return parts.join('\n');
}
