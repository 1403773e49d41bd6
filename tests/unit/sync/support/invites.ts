import type { Invite } from '../../../../electron/shared/types';

export function makeInvite(id: string, overrides: Partial<Invite> = {}): Invite {
  return {
    id,
    organization_id: `org-${id}`,
    organization_name: `Org ${id}`,
    invited_member_id: null,
    invited_by: 'owner@example.com',
    invited_member_email: 'me@example.com',
    invited_on: '2025-01-01T00:00:00Z',
    expires_on: '2025-02-01T00:00:00Z',
    roles: ['Administrator'],
    status: 'pending',
    effective_status: 'pending',
    ...overrides,
  };
}
