// A Cloudflare account membership as Invitray reads it (`iam_membership`), plain data that
// crosses to the renderer. Never a secret.

/** May the member read, may they change, in one area (Cloudflare's `iam_grants`). */
export interface PermissionGrant {
  read: boolean;
  write: boolean;
}

export interface Membership {
  id: string;
  /** The account: its id is an invitation's organization_id. */
  account: { id: string; name: string };
  roles: string[];
  /** Area (analytics, dns, zones, …) -> grant, as Cloudflare sent it; an area it left out grants nothing. */
  permissions: Record<string, PermissionGrant>;
  /** accepted | pending | rejected, or a newer value kept as sent. */
  status: string;
}

/**
 * A decline from the tray menu or a notification button, not yet sent: Cloudflare's decline is
 * final, so it waits until `sendAt` with an Undo in the tray menu and the window.
 */
export interface HeldDecline {
  profileId: string;
  inviteId: string;
  organizationName: string;
  /** Epoch ms when it goes to Cloudflare unless undone. */
  sendAt: number;
}

/** An invitation answered in Invitray, shown in "Recently answered" for RECENT_ANSWER_DAYS. */
export interface RecentAnswer {
  profileId: string;
  inviteId: string;
  /** The account: a membership's account.id. */
  organizationId: string;
  organizationName: string;
  answer: 'accepted' | 'rejected';
  /** Epoch ms of the answer. */
  at: number;
  /** After an accept: the membership found, or null when it could not be read (yet). */
  membership?: Membership | null;
  /** The user left the account from Invitray (or it was already gone). */
  left?: boolean;
}

export const RECENT_ANSWER_DAYS = 7;

/** The account in Cloudflare's dashboard; an allowed external URL (ipc-contract.ts). */
export function dashboardUrl(accountId: string): string {
  return `https://dash.cloudflare.com/${encodeURIComponent(accountId)}`;
}
