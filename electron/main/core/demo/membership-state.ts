import type { DemoInvite } from './seed';

/** A grant as Cloudflare's `iam_grants`: may the member read, may they change. */
export interface DemoGrant {
  read: boolean;
  write: boolean;
}

/** A membership as the demo stores it (`iam_membership`). */
export interface DemoMembership {
  id: string;
  account: { id: string; name: string; type: 'standard'; created_on: string };
  roles: string[];
  permissions: Record<string, DemoGrant>;
  status: 'accepted' | 'pending' | 'rejected';
  api_access_enabled: null;
}

/** The areas of Cloudflare's `iam_permissions`, in its own order. */
export const PERMISSION_AREAS = [
  'analytics',
  'billing',
  'cache_purge',
  'dns',
  'dns_records',
  'lb',
  'logs',
  'organization',
  'ssl',
  'waf',
  'zone_settings',
  'zones',
] as const;
type Area = (typeof PERMISSION_AREAS)[number];

// What the demo's role names grant. Cloudflare computes `permissions` from its roles the same
// way; this table is the demo's plausible stand-in, enough for the window's summary to vary.
const ROLE_GRANTS: Record<string, { write?: readonly Area[]; read?: readonly Area[] }> = {
  Administrator: { write: PERMISSION_AREAS },
  'Super Administrator - All Privileges': { write: PERMISSION_AREAS },
  'Administrator Read Only': { read: PERMISSION_AREAS },
  Analytics: { read: ['analytics', 'zones'] },
  Billing: { write: ['billing'], read: ['organization'] },
  DNS: { write: ['dns', 'dns_records'], read: ['zones'] },
  Firewall: { write: ['waf'], read: ['zones', 'zone_settings'] },
  'Cloudflare Workers Admin': { write: ['zones'], read: ['logs', 'analytics'] },
  'Audit Logs Viewer': { read: ['logs'] },
};

/** The union of what each role grants; an unknown role grants nothing (as the API would not invent one). */
export function permissionsFor(roles: readonly string[]): Record<string, DemoGrant> {
  const grants = Object.fromEntries(PERMISSION_AREAS.map((area) => [area, { read: false, write: false }]));
  for (const role of roles) {
    const granted = Object.hasOwn(ROLE_GRANTS, role) ? ROLE_GRANTS[role] : undefined;
    for (const area of granted?.write ?? []) grants[area] = { read: true, write: true };
    for (const area of granted?.read ?? [])
      grants[area] = { read: true, write: grants[area]?.write ?? false };
  }
  return grants;
}

/**
 * The accounts the demo user belongs to. A membership is the accepted side of an invitation:
 * accepting one (PATCH /user/invites or PUT /memberships) joins its organisation under the
 * invitation's own id, as Cloudflare uses one id for both; leaving removes it. Pending
 * invitations are listed as pending memberships by the routes, not stored here.
 */
export class DemoMemberships {
  private records = new Map<string, DemoMembership>();

  constructor(private readonly createdOn: () => string) {}

  /** Starts from the accepted invitations among `invites`. */
  reset(invites: readonly DemoInvite[]): void {
    this.records.clear();
    for (const invite of invites) if (invite.status === 'accepted') this.join(invite);
  }

  /** The membership an accepted invitation made; the same one when its account was joined before. */
  join(invite: DemoInvite): DemoMembership | undefined {
    const accountId = invite.organization_id;
    if (typeof invite.id !== 'string' || typeof accountId !== 'string') return undefined;
    const existing = this.byAccount(accountId);
    if (existing) return structuredClone(existing);
    const roles = Array.isArray(invite.roles) ? [...invite.roles] : [];
    const membership: DemoMembership = {
      id: invite.id,
      account: {
        id: accountId,
        name: typeof invite.organization_name === 'string' ? invite.organization_name : accountId,
        type: 'standard',
        created_on: this.createdOn(),
      },
      roles,
      permissions: permissionsFor(roles),
      status: 'accepted',
      api_access_enabled: null,
    };
    this.records.set(membership.id, membership);
    return structuredClone(membership);
  }

  find(id: string): DemoMembership | undefined {
    const found = this.records.get(id);
    return found === undefined ? undefined : structuredClone(found);
  }

  remove(id: string): boolean {
    return this.records.delete(id);
  }

  list(): DemoMembership[] {
    return [...this.records.values()].map((membership) => structuredClone(membership));
  }

  private byAccount(accountId: string): DemoMembership | undefined {
    return [...this.records.values()].find((membership) => membership.account.id === accountId);
  }
}

/** A pending invitation seen from /memberships: Cloudflare lists it there as a pending membership. */
export function pendingMembership(invite: DemoInvite, createdOn: string): DemoMembership | undefined {
  if (typeof invite.id !== 'string' || typeof invite.organization_id !== 'string') return undefined;
  const roles = Array.isArray(invite.roles) ? [...invite.roles] : [];
  return {
    id: invite.id,
    account: {
      id: invite.organization_id,
      name: typeof invite.organization_name === 'string' ? invite.organization_name : invite.organization_id,
      type: 'standard',
      created_on: createdOn,
    },
    roles,
    permissions: permissionsFor(roles),
    status: 'pending',
    api_access_enabled: null,
  };
}
