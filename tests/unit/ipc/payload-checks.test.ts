import { describe, expect, it } from 'vitest';
import { z } from '../../../electron/shared/zod';
import {
  invalidRequest,
  invalidRequestFromIssues,
  isPlainData,
} from '../../../electron/main/core/ipc/payload-checks';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { next: value };
  return value;
}

describe('isPlainData', () => {
  it.each([undefined, null, 'x', 1, true, {}, [], { a: [1, 'b', { c: null }] }, Object.create(null)])(
    'accepts structured-clone data %#',
    (value) => {
      expect(isPlainData(value)).toBe(true);
    },
  );

  it('accepts an object with an own __proto__ key (JSON.parse makes one) for the schema to refuse', () => {
    expect(isPlainData(JSON.parse('{"__proto__":{"polluted":true}}'))).toBe(true);
  });

  it.each([
    ['a non-finite number', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['a bigint', 1n],
    ['a symbol', Symbol('x')],
    ['a function', () => 1],
    ['a class instance', new Date()],
    ['a map', new Map()],
    ['an object with a prototype carrying fields', Object.create({ profileId: 'x' })],
    ['an object literal with __proto__ set', { __proto__: { url: 'https://evil.com' } }],
    ['an accessor', Object.defineProperty({}, 'x', { get: () => 1, enumerable: true })],
    ['a symbol key', { [Symbol('k')]: 1 }],
    ['deep nesting', nested(50)],
    ['too many keys', Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]))],
  ])('refuses %s', (_name, value) => {
    expect(isPlainData(value)).toBe(false);
  });

  it('does not blow the stack on very deep nesting', () => {
    expect(isPlainData(nested(100_000))).toBe(false);
  });
});

describe('invalid-request errors', () => {
  it('name the field but never echo the value', () => {
    const secret = 'sekrit-token-value-\u0001-that-is-malformed';
    const result = z
      .strictObject({ token: z.string().check(z.regex(/^[a-z]+$/)) })
      .safeParse({ token: secret });
    expect(result.success).toBe(false);
    const info = invalidRequestFromIssues('accounts:add', result.error?.issues ?? []);
    expect(info.kind).toBe('invalid-request');
    expect(info.message).toContain('token');
    expect(info.message).not.toContain('sekrit');
  });

  it('do not echo unexpected keys', () => {
    const result = z.strictObject({}).safeParse({ 'evil-key-<script>': 1 });
    const info = invalidRequestFromIssues('settings:update', result.error?.issues ?? []);
    expect(info.message).not.toContain('evil-key');
    expect(info.message).toContain('unexpected fields');
  });

  it('are plain data with no Cloudflare errors', () => {
    expect(invalidRequest('x', 'y')).toEqual({
      kind: 'invalid-request',
      message: expect.stringContaining('y') as unknown as string,
      text: [{ id: 'error.malformedRequest', params: { channel: 'x', detail: 'y' } }],
      cloudflareErrors: [],
    });
  });
});
