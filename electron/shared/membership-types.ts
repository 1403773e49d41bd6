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
