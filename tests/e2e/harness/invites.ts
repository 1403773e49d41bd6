import { newInvite } from '../../../electron/main/core/demo/seed';
import type { DemoInvite } from '../../../electron/main/core/demo/seed';

const HOUR = 3_600_000;

/** A pending invitation for the demo API; `expiresInHours` from now (default a week). */
export function pendingInvite(
  id: string,
  organization: string,
  fields: DemoInvite & { expiresInHours?: number } = {},
) {
  const { expiresInHours = 24 * 7, ...rest } = fields;
  const now = Date.now();
  return newInvite(id, now, {
    organization_name: organization,
    invited_by: 'owner@example.org',
    invited_on: new Date(now - 3 * 24 * HOUR).toISOString(),
    expires_on: new Date(now + expiresInHours * HOUR).toISOString(),
    ...rest,
  });
}

/** `count` pending invitations with distinct names and expiry times. */
export function manyInvites(count: number): DemoInvite[] {
  return Array.from({ length: count }, (_, n) =>
    pendingInvite(`bulk${String(n).padStart(6, '0')}`, `Organisation ${n + 1}`, {
      expiresInHours: 2 + n,
      roles: ['Administrator', 'Billing'],
    }),
  );
}
