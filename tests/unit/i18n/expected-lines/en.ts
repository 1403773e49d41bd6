import type { Scenes } from '../language-scenes';

export const en: Scenes = {
  pending: [
    '0 pending invitations',
    '1 pending invitation',
    '2 pending invitations',
    '5 pending invitations',
    '21 pending invitations',
  ],
  minutes: ['0 minutes', '1 minute', '2 minutes', '5 minutes', '21 minutes'],
  header: ['No pending invitations', '1 pending invitation', '4 pending invitations'],
  menu: [
    '1 pending invitation',
    'Acme Corp',
    'Refresh now',
    'Open Invitray',
    'Settings…',
    'Start at login',
    'Quit',
  ],
  inviteItem: [
    'From alice@acme.test',
    'Roles: Admin',
    'Expires in 7 days',
    'Requires two-factor authentication',
    'Accept',
    'Decline',
    'Details…',
  ],
  tooltip: 'Invitray — 1 pending invitation · synced 2 hr ago',
  newInvite: [
    'Invitation to join Acme Corp',
    'alice@acme.test invited you as Admin.\nRequires two-factor authentication.\nClick to accept',
    'Accept',
    'Decline',
  ],
  severalAtOnce: [
    '4 new Cloudflare invitations',
    'Acme Corp, Wayne Enterprises, Stark Industries and 1 more.\nClick to open Invitray',
  ],
  expiring: [
    'Invitation to Acme Corp expires in 5 hours',
    'alice@acme.test invited you as Admin.\nRequires two-factor authentication.\nClick to open',
  ],
  quietSummary: [
    '2 new Cloudflare invitations during quiet hours',
    'Acme Corp and Wayne Enterprises.\nClick to open Invitray',
  ],
  quietSummaryOne: '1 new Cloudflare invitation during quiet hours',
  quietSummaryExpiring: [
    '2 new Cloudflare invitations during quiet hours',
    'Acme Corp and Wayne Enterprises.\nAcme Corp expires in 5 hours.\nClick to open Invitray',
  ],
  joined: ['You joined Acme Corp', 'Your roles: Admin.'],
  declined: ['Declined the invitation to Acme Corp', 'It is no longer in your pending invitations.'],
  joinFailed: [
    "Couldn't join Acme Corp",
    'Acme Corp requires two-factor authentication: turn on 2FA in your Cloudflare profile, then accept again.',
  ],
};
