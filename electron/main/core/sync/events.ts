import type { Invite } from '../../../shared/types';

/** What changed between two consecutive snapshots of one profile's invitations. */
export type InviteEvent =
  | { type: 'added'; profileId: string; invite: Invite }
  | { type: 'changed'; profileId: string; invite: Invite; previous: Invite }
  | { type: 'gone'; profileId: string; previous: Invite };
