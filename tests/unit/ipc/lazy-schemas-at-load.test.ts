// Issue 21 items 6 and 9: loading the modules that declare the app's zod schemas builds none
// of them. Building them all at load took about a third of the time before the first tray
// image, and the CLI paid it for the whole IPC contract it never uses. Each schema is built
// on its first use (electron/shared/lazy-schema.ts), once.
import { beforeEach, describe, expect, test, vi } from 'vitest';

const built = vi.hoisted(() => ({ count: 0 }));

// Every schema a `z.<factory>(...)` call returns through the zod/mini these modules import (via
// electron/shared/zod.ts) is counted; checks (`z.maxLength(…)`) are not schemas and are not.
vi.mock('zod/mini', async (importOriginal) => {
  const real = await importOriginal<Record<string, unknown>>();
  const isSchema = (value: unknown) =>
    (value as { _zod?: { traits?: Set<string> } } | null)?._zod?.traits?.has('$ZodType') === true;
  const counted = Object.fromEntries(
    Object.entries(real).map(([key, value]) => {
      if (typeof value !== 'function' || /^[A-Z]/.test(key)) return [key, value];
      return [
        key,
        (...args: unknown[]) => {
          const made = (value as (...a: unknown[]) => unknown)(...args);
          if (isSchema(made)) built.count++;
          return made;
        },
      ];
    }),
  );
  return counted;
});

beforeEach(() => {
  built.count = 0;
  vi.resetModules();
});

describe('zod schemas are built on first use, not at load', () => {
  test('loading the schema modules builds no schema', async () => {
    await import('../../../electron/shared/ipc-contract');
    await import('../../../electron/main/core/cloudflare/schemas');
    await import('../../../electron/main/core/cloudflare/memberships');
    await import('../../../electron/main/core/cloudflare/user-profile');
    await import('../../../electron/main/core/cloudflare/responses');
    await import('../../../electron/main/core/app/recent-answers');
    await import('../../../electron/main/core/accounts/settings-repository');
    expect(built.count).toBe(0);
  });

  test('registering every IPC channel builds no schema; a call builds only its own, once', async () => {
    const { allCalls, contract } = await import('../../../electron/shared/ipc-contract');
    const calls = allCalls();
    expect(calls.length).toBeGreaterThan(15);
    expect(built.count).toBe(0);

    const request = { profileId: 'p1', inviteId: 'abc123' };
    expect(contract.invites.details.request.safeParse(request).success).toBe(true);
    const afterFirst = built.count;
    // The details object, and the two id schemas it holds; not the other channels'.
    expect(afterFirst).toBeGreaterThan(0);
    expect(afterFirst).toBeLessThan(12);

    expect(contract.invites.details.request.safeParse({ ...request, inviteId: '../x' }).success).toBe(false);
    expect(built.count).toBe(afterFirst);
  });

  test('the list reader builds only what reading a list needs', async () => {
    const { parseInviteList } = await import('../../../electron/main/core/cloudflare/responses');
    const now = Date.UTC(2026, 0, 1);
    const listing = parseInviteList(
      {
        success: true,
        errors: [],
        messages: [],
        result: [{ id: 'a1', organization_id: 'o1', invited_member_id: null, status: 'pending' }],
      },
      now,
    );
    expect(listing.invites.map((invite) => invite.id)).toEqual(['a1']);
    expect(built.count).toBeGreaterThan(0);
    const afterList = built.count;
    parseInviteList({ success: true, errors: [], messages: [], result: [] }, now);
    expect(built.count).toBe(afterList);
  });
});
