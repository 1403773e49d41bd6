import { redactText } from '../redact';

/**
 * The last line of defence on the way to the window: `value` (an IPC result or a state
 * push) with every string passed through the log redactor, so anything secret-shaped (a
 * Bearer header, a 40-character token, a 37-digit key) that reached this far by some path
 * that skipped the API client's redaction is replaced. Field names and shapes are kept, so
 * the renderer's schemas still hold. Copy on write: parts with nothing to redact are
 * returned as they are (snapshots are immutable), which keeps large lists cheap.
 */
export function redactOutbound<T>(value: T): T {
  return redactStrings(value) as T;
}

function redactStrings(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, index) => {
      const redacted = redactStrings(item);
      if (redacted !== item) (copy ??= [...value])[index] = redacted;
    });
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = (value as Record<string, unknown>)[key];
    const redacted = redactStrings(item);
    if (redacted !== item) (copy ??= { ...value })[key] = redacted;
  }
  return copy ?? value;
}
