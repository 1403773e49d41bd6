// lazySchema (electron/shared/lazy-schema.ts) must be invisible: a schema built on first use
// accepts, refuses and reports exactly what the same schema built at once does, alone or
// nested in other schemas, on malformed and hostile input.
import { describe, expect, test } from 'vitest';
import { z } from '../../../electron/shared/zod';
import { lazySchema } from '../../../electron/shared/lazy-schema';

const ID = /^[A-Za-z0-9_-]+$/;
const PRINTABLE = /^[\x21-\x7e]+$/;
const id = () => z.string().check(z.minLength(1), z.maxLength(32), z.regex(ID));
const token = () => z.string().check(z.trim(), z.minLength(20), z.maxLength(256), z.regex(PRINTABLE));

/** Pairs of the same schema, built at once and through lazySchema, with lazy parts nested. */
function pairs(): [string, z.ZodMiniType, z.ZodMiniType][] {
  const lazyId = lazySchema(id);
  const lazyToken = lazySchema(token);
  const credential = (tokenSchema: z.ZodMiniType<string>) =>
    z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('token'), token: tokenSchema }),
      z.strictObject({
        kind: z.literal('global-key'),
        email: z.string().check(z.trim(), z.maxLength(254), z.email()),
      }),
    ]);
  const request = (idSchema: z.ZodMiniType<string>, credentialSchema: z.ZodMiniType) =>
    z.strictObject({ profileId: idSchema, inviteId: z.optional(idSchema), credential: credentialSchema });
  const loose = () =>
    z.pipe(
      z.transform((value) => (value && typeof value === 'object' ? { ...value } : value)),
      z.looseObject({
        id: z.optional(z.string()),
        roles: z.nullish(z.array(z.string())),
        n: z.number().check(z.int()),
      }),
    );
  return [
    ['id', id(), lazyId],
    ['token', token(), lazyToken],
    ['credential', credential(token()), lazySchema(() => credential(lazyToken))],
    ['request', request(id(), credential(token())), lazySchema(() => request(lazyId, credential(lazyToken)))],
    [
      'request (outer eager)',
      request(id(), credential(token())),
      request(
        lazyId,
        lazySchema(() => credential(lazyToken)),
      ),
    ],
    ['loose with preprocess', loose(), lazySchema(loose)],
    [
      'partial',
      z.partial(z.strictObject({ a: id(), b: z.boolean() })),
      lazySchema(() => z.partial(z.strictObject({ a: lazyId, b: z.boolean() }))),
    ],
  ];
}

const hostile: unknown[] = [
  undefined,
  null,
  0,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1.5,
  10n,
  true,
  '',
  ' ',
  'abc',
  'a'.repeat(33),
  'x'.repeat(300),
  '../etc/passwd',
  '\u0000',
  '\ud800',
  '\u0430bc',
  ' padded-token-with-enough-length ',
  'token with spaces inside it ok?',
  Symbol('s'),
  () => 'fn',
  [],
  ['a'],
  {},
  Object.create(null),
  JSON.parse('{"__proto__":{"polluted":true},"kind":"token","token":"abcdefghijklmnopqrstuvwxyz"}'),
  { kind: 'token', token: 'abcdefghijklmnopqrstuvwxyz' },
  { kind: 'token', token: 'abcdefghijklmnopqrstuvwxyz', extra: 1 },
  { kind: 'token', token: 'short' },
  { kind: 'global-key', email: 'not-an-email' },
  { kind: 'global-key', email: ' user@example.com ' },
  { kind: 'other' },
  { profileId: 'p1', credential: { kind: 'token', token: 'abcdefghijklmnopqrstuvwxyz' } },
  { profileId: 'p1', inviteId: '../x', credential: { kind: 'token', token: 'abcdefghijklmnopqrstuvwxyz' } },
  { profileId: 'p1', inviteId: undefined, credential: null },
  { id: null, roles: null, n: 3 },
  { id: 'a', roles: null, n: 3, more: 'kept' },
  { id: 'a', roles: ['r', 1], n: 3.5, keep: { deep: true } },
  { a: 'ok', b: 'yes' },
  { a: 'ok', c: true },
  new Date(0),
  new Map([['a', 1]]),
];

/** What a parse did, in a form toEqual can compare (issues and data, or the thrown text). */
function outcome(schema: z.ZodMiniType, value: unknown) {
  const result = schema.safeParse(value);
  let thrown: string | null = null;
  try {
    schema.parse(value);
  } catch (error) {
    thrown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  return result.success
    ? { success: true, data: result.data, thrown }
    : { success: false, issues: result.error.issues, message: result.error.message, thrown };
}

describe('lazySchema behaves as the schema it builds', () => {
  for (const [name, eager, lazy] of pairs())
    test(`${name}: the same outcome for every malformed or hostile value`, () => {
      let accepted = 0;
      for (const [index, value] of hostile.entries()) {
        const expected = outcome(eager, value);
        expect(outcome(lazy, value), `${name} on hostile[${index}]`).toEqual(expected);
        if (expected.success) accepted++;
      }
      // The list holds values each schema accepts as well as refuses, so both paths are compared.
      expect(accepted).toBeGreaterThan(0);
      expect(accepted).toBeLessThan(hostile.length);
    });

  test('it is a zod schema to zod and to instanceof', () => {
    const lazy = lazySchema(id);
    expect(lazy instanceof z.ZodMiniType).toBe(true);
    expect('_zod' in lazy).toBe(true);
    expect(z.array(lazy).safeParse(['a', 'b']).success).toBe(true);
    expect(z.array(lazy).safeParse(['a', '../b']).success).toBe(false);
  });

  test('it builds once, on first use', () => {
    let builds = 0;
    const lazy = lazySchema(() => {
      builds++;
      return id();
    });
    expect(builds).toBe(0);
    lazy.safeParse('a');
    lazy.safeParse('../b');
    z.object({ a: lazy }).safeParse({ a: 'c' });
    expect(builds).toBe(1);
  });
});
