import type { CloudflareInvite } from '../../../shared/types';
import { DEMO_EMAIL, DEMO_USER_ID } from './credentials';

/** An invitation as the demo server stores it: any JSON object, so tests can plant odd ones. */
export type DemoInvite = Partial<CloudflareInvite>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Cloudflare invitations lapse a week after they are sent.
const INVITE_LIFETIME = 7 * DAY;

/** Cloudflare writes timestamps without milliseconds. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

interface SeedSpec {
  id: string;
  organizationId: string;
  organization: string;
  roles: string[];
  invitedBy: string;
  sentAgo: number;
  status: NonNullable<CloudflareInvite['status']>;
  twoFactor?: boolean;
  memberId?: string | null;
}

const SEED: readonly SeedSpec[] = [
  {
    id: '9ce88802f07591e5ce0457ef51ece021',
    organizationId: '53bce4f1dfa0fe8e7ca126f91b35d3a6',
    organization: 'Acme Rockets',
    roles: ['Administrator'],
    invitedBy: 'maria.lopez@acme-rockets.example',
    sentAgo: 2 * DAY,
    status: 'pending',
  },
  {
    id: 'fc46f8e70489b90fa373d93109479ca5',
    organizationId: 'dcb2665d0a3358bd176d1e86d5d1d133',
    organization: 'Globex Corporation',
    roles: ['Administrator Read Only', 'Analytics'],
    invitedBy: 'hank.scorpio@globex.example',
    // Lapses in 18 hours: the "expiring soon" case.
    sentAgo: 6 * DAY + 6 * HOUR,
    status: 'pending',
  },
  {
    id: '51d4b581d21c20a16147b17c3adc7867',
    organizationId: 'f703942bf7bebeea715af3ba442b7344',
    organization: 'Initech',
    roles: ['Super Administrator - All Privileges'],
    invitedBy: 'bill.lumbergh@initech.example',
    sentAgo: 1 * DAY,
    status: 'pending',
    twoFactor: true,
  },
  {
    id: 'a9818d533a6a867304dd2a16f5644215',
    organizationId: 'b74012a0fbca4af4bd29f73af7c0fffb',
    organization: 'Umbrella Research',
    roles: ['DNS', 'Firewall', 'Cloudflare Workers Admin'],
    invitedBy: 'alice.abernathy@umbrella.example',
    sentAgo: 3 * HOUR,
    status: 'pending',
    memberId: null,
  },
  {
    id: '8cabafd3576ab48731c8ab59e0349a0e',
    organizationId: '60a9cc3a975f0bf847db6a713fc2f82a',
    organization: 'Hooli',
    roles: ['Billing'],
    invitedBy: 'gavin.belson@hooli.example',
    sentAgo: 20 * DAY,
    status: 'accepted',
  },
  {
    id: '0d6f7d4cbf5d538f1dedea4c6b775617',
    organizationId: '2fbb71b04b02738300427866d6e3181a',
    organization: 'Stark Industries',
    roles: ['Cloudflare Workers Admin'],
    invitedBy: 'pepper.potts@stark.example',
    sentAgo: 10 * DAY,
    status: 'rejected',
  },
  {
    id: 'b9efb79697c26434d28facc83436f8e5',
    organizationId: '43dd5461ea090b1115a4eaab4ee7c80e',
    organization: 'Wayne Enterprises',
    roles: ['Administrator'],
    invitedBy: 'lucius.fox@wayne.example',
    sentAgo: 30 * DAY,
    status: 'expired',
  },
  {
    id: '5a32061159a30eeebb309052be870e00',
    organizationId: '7ec8ce413ea298f12a8bbc05aaa68431',
    organization: 'Tyrell Corporation',
    roles: ['Audit Logs Viewer'],
    invitedBy: 'eldon.tyrell@tyrell.example',
    // Still "pending" at Cloudflare, but lapsed two hours ago.
    sentAgo: INVITE_LIFETIME + 2 * HOUR,
    status: 'pending',
  },
];

/** The demo's invitations, dated relative to `nowMs`. */
export function seedInvites(nowMs: number): DemoInvite[] {
  return SEED.map((spec) => {
    const sentAt = nowMs - spec.sentAgo;
    return {
      id: spec.id,
      organization_id: spec.organizationId,
      organization_name: spec.organization,
      invited_by: spec.invitedBy,
      invited_member_email: DEMO_EMAIL,
      invited_member_id: spec.memberId === undefined ? DEMO_USER_ID : spec.memberId,
      invited_on: isoSeconds(sentAt),
      expires_on: isoSeconds(sentAt + INVITE_LIFETIME),
      roles: [...spec.roles],
      organization_is_enforcing_twofactor: spec.twoFactor ?? false,
      status: spec.status,
    };
  });
}

/** A fresh pending invitation for tests and the demo's "new invite" button, filled with plausible values. */
export function newInvite(id: string, nowMs: number, fields: DemoInvite = {}): DemoInvite {
  return {
    id,
    organization_id: id.split('').reverse().join(''),
    organization_name: 'Example Org',
    invited_by: 'owner@example.org',
    invited_member_email: DEMO_EMAIL,
    invited_member_id: DEMO_USER_ID,
    invited_on: isoSeconds(nowMs),
    expires_on: isoSeconds(nowMs + INVITE_LIFETIME),
    roles: ['Administrator'],
    organization_is_enforcing_twofactor: false,
    status: 'pending',
    ...fields,
  };
}
