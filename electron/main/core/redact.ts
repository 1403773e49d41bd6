// Secrets must never reach a log file. Everything the app logs passes through
// these functions (the shell's electron-log hook), so a credential that slips into
// an error message, a header dump or an object is replaced before it is written.

const REDACTED = '[redacted]';

/** Field names whose values are always secret, whatever they look like. */
const SECRET_FIELD =
  /^(authorization|x-auth-key|token|api[-_]?token|key|api[-_]?key|global[-_]?key|secret|password)$/i;

const TEXT_PATTERNS: [RegExp, string][] = [
  // Authorization: Bearer <token>, also URL- or form-encoded (Bearer%20<token>, Bearer+<token>)
  [/\b(Bearer(?:\s+|%20|\+))[^\s"',;}&]+/gi, `$1${REDACTED}`],
  // X-Auth-Key: <key>, "X-Auth-Key":"<key>", x-auth-key=<key>
  [/(x-auth-key["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi, `$1${REDACTED}`],
  // "token":"…", key=…, password: … (JSON, query strings, util.inspect output)
  [
    /(["']?\b(?:api[-_]?token|token|api[-_]?key|global[-_]?key|secret|password)["']?\s*[:=]\s*["']?)[^\s"',;}&]+/gi,
    `$1${REDACTED}`,
  ],
  // Global API keys are 37 hex characters; API tokens are 40 characters of [A-Za-z0-9_-].
  // Invite and account IDs are 32 hex characters and stay readable.
  [/(?<![A-Za-z0-9_-])[0-9a-f]{37}(?![A-Za-z0-9_-])/gi, REDACTED],
  [/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])/g, REDACTED],
];

/**
 * Matches every text any of TEXT_PATTERNS could change (each needs one of these words or a
 * run of 37 token characters). One test instead of five replaces: the IPC boundary runs
 * every string of every snapshot through here, and nearly all of them are ordinary.
 */
const SECRET_WORD = /bearer|token|key|secret|password/i;
const LONG_RUN = /[A-Za-z0-9_-]{37}/;
const maybeSecret = (text: string) => SECRET_WORD.test(text) || (text.length >= 37 && LONG_RUN.test(text));

/** Replaces every credential-looking part of a string. */
export function redactText(text: string): string {
  if (!maybeSecret(text)) return text;
  return TEXT_PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/**
 * Redacts any loggable value: strings, Errors (message, stack and cause), arrays and
 * plain objects (secret-named fields dropped whatever their value). Returns copies;
 * the caller's values are never mutated. Cycles become '[circular]'.
 */
export function redactValue(value: unknown, seen: WeakSet<object> = new WeakSet()): unknown {
  return redactValueWith(value, redactText, seen);
}

/** redactValue with another text redactor, e.g. one that also knows the credential in use. */
export function redactValueWith(
  value: unknown,
  text: (value: string) => string,
  seen: WeakSet<object> = new WeakSet(),
): unknown {
  if (typeof value === 'string') return text(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);

  if (value instanceof Error) {
    const copy = new Error(text(value.message));
    copy.name = value.name;
    copy.stack = value.stack === undefined ? undefined : text(value.stack);
    if (value.cause !== undefined) copy.cause = redactValueWith(value.cause, text, seen);
    return copy;
  }
  if (Array.isArray(value)) return value.map((item) => redactValueWith(item, text, seen));
  if (value instanceof Date) return value;

  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_FIELD.test(key) ? REDACTED : redactValueWith(item, text, seen);
  }
  return out;
}

/** The arguments of one log call, redacted. */
export function redactLogData(data: readonly unknown[]): unknown[] {
  return data.map((item) => redactValue(item));
}
