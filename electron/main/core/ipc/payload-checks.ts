import type { z } from '../../../shared/zod';
import type { ErrorInfo } from '../../../shared/types';
import { AppError, sentence } from '../errors';

// Payloads arrive through Electron's structured clone, so they are plain data. Anything
// else (class instances, accessors, odd prototypes, absurd nesting) is hostile by definition
// and refused before the schema looks at it: zod reads inherited properties, so an object
// whose prototype carries fields would otherwise pass a strict schema.

const MAX_DEPTH = 8;
const MAX_KEYS = 64;

export function isPlainData(value: unknown, depth = 0): boolean {
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === 'string' || type === 'boolean') return true;
  if (type === 'number') return Number.isFinite(value);
  if (type !== 'object' || depth >= MAX_DEPTH) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  const isArray = Array.isArray(value);
  if (isArray ? proto !== Array.prototype : proto !== Object.prototype && proto !== null) return false;
  const keys = Reflect.ownKeys(value as object);
  if (keys.length > MAX_KEYS + (isArray ? 1 : 0)) return false;
  for (const key of keys) {
    if (typeof key === 'symbol') return false;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !('value' in descriptor)) return false;
    if (isArray && key === 'length') continue;
    if (!isPlainData(descriptor.value, depth + 1)) return false;
  }
  return true;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // Field names come from the contract; values are never echoed back, since a malformed
  // token or key would otherwise travel into the error message and on to logs.
  if (issue.code === 'unrecognized_keys') {
    return issue.path.length === 0
      ? 'it has unexpected fields'
      : `${formatPath(issue.path)} has unexpected fields`;
  }
  return issue.path.length === 0 ? 'it has the wrong shape' : `${formatPath(issue.path)} is invalid`;
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .slice(0, 80);
}

export function invalidRequest(channel: string, detail: string): ErrorInfo {
  return new AppError(
    'invalid-request',
    sentence('error.malformedRequest', { channel: channel.slice(0, 40), detail }),
  ).info;
}

export function invalidRequestFromIssues(channel: string, issues: readonly z.core.$ZodIssue[]): ErrorInfo {
  const first = issues[0];
  return invalidRequest(channel, first ? describeIssue(first) : 'it has the wrong shape');
}
