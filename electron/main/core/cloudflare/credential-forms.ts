import type { Credential } from './api';

// How a server might quote the credential it was sent, and a redactor that finds
// every such quotation in a text. Cloudflare does not document echoing credentials;
// this is about any server behind the API base URL (a proxy, a future API change).

const REDACTED = '[redacted]';

/**
 * A run of this many characters of a secret (or of one of its encodings) counts as
 * quoting it: servers shorten long values ("token invitray_demo_f… is invalid").
 * Twelve characters of a 40-character token or 37-digit key are far beyond chance.
 */
export const MIN_QUOTED_RUN = 12;

export interface CredentialSecrets {
  /** Redacted in every form, and wherever MIN_QUOTED_RUN characters of a form appear. */
  readonly secrets: readonly string[];
  /**
   * Personal data, not a secret: the Global API key login's email. It is redacted from
   * errors in its whole forms only; twelve characters of an email ("@example.com") say
   * nothing about the login and are common in ordinary text.
   */
  readonly personal: readonly string[];
}

export function credentialSecrets(credential: Credential): CredentialSecrets {
  return credential.kind === 'token'
    ? { secrets: [credential.token], personal: [] }
    : { secrets: [credential.key], personal: [credential.email] };
}

/**
 * The texts a server might quote `value` as: itself, URL-encoded, and base64 (standard
 * and URL-safe, padded or not). Base64 of a pairing ("email:key", "Bearer token")
 * encodes the value differently depending on where it starts modulo 3, so for each of
 * the three alignments the part of the encoding that depends on the value alone is
 * included: it appears verbatim in the base64 of any text that contains the value.
 */
export function quotedForms(value: string): string[] {
  // Too short to tell from ordinary text; no real credential or email is this short.
  if (value.length < 4) return [];
  const bytes = Buffer.from(value, 'utf8');
  const forms = new Set([value, encodeURIComponent(value), encodeURI(value)]);
  const base64 = (part: Buffer) => {
    const standard = part.toString('base64');
    return [standard, standard.replace(/=+$/, ''), part.toString('base64url')];
  };
  for (const form of base64(bytes)) forms.add(form);
  for (let skip = 0; skip < 3; skip += 1) {
    const whole = Math.floor((bytes.length - skip) / 3) * 3;
    if (whole < 6) continue;
    for (const form of base64(bytes.subarray(skip, skip + whole))) forms.add(form);
  }
  return [...forms].filter((form) => form.length >= 4);
}

/** A text redactor for one credential: every form of every secret and personal value becomes [redacted]. */
export function credentialRedactor(secrets: CredentialSecrets): (text: string) => string {
  const fragments = secrets.secrets.flatMap(quotedForms).map(asciiLower);
  const wholes = secrets.personal.flatMap(quotedForms).map(asciiLower);
  if (fragments.length === 0 && wholes.length === 0) return (text) => text;
  return (text) => {
    const lower = asciiLower(text);
    const hidden = new Uint8Array(text.length);
    for (const form of fragments) {
      const run = Math.min(MIN_QUOTED_RUN, form.length);
      for (let start = 0; start + run <= form.length; start += 1) {
        markAll(lower, form.slice(start, start + run), hidden);
      }
    }
    for (const form of wholes) markAll(lower, form, hidden);
    return replaceMarked(text, hidden);
  };
}

/** Any case: servers upper- or lower-case header values. ASCII only, so every index stays put. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (char) => char.toLowerCase());
}

function markAll(text: string, needle: string, hidden: Uint8Array): void {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    hidden.fill(1, at, at + needle.length);
  }
}

function replaceMarked(text: string, hidden: Uint8Array): string {
  if (!hidden.includes(1)) return text;
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    if (hidden[index] === 0) out += text[index];
    else if (index === 0 || hidden[index - 1] === 0) out += REDACTED;
  }
  return out;
}
