import { redactText } from '../redact';

/**
 * The last line of defence on the way to the window: a copy of `value` (an IPC result
 * or a state push) with every string passed through the log redactor, so anything
 * secret-shaped (a Bearer header, a 40-character token, a 37-digit key) that reached
 * this far by some path that skipped the API client's redaction is replaced. Field
 * names and shapes are kept: the renderer's schemas still hold.
 */
export function redactOutbound<T>(value: T): T {
  return redactStrings(value) as T;
}

function redactStrings(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map(redactStrings);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = redactStrings(item);
  return out;
}
