import type { Credential } from '../cloudflare/api';

// Built-in demo logins. They only open the local demo server: they are public
// on purpose and are shaped like real ones (40-character tokens, 37-hex-digit key)
// so the sign-in form's validation accepts them.

/** Active token with Memberships Read + Write and User Details Read. */
export const DEMO_TOKEN = 'invitray_demo_full_access_token_00000001';
/** Active token with Memberships Read only: PATCH answers 403. */
export const DEMO_READ_ONLY_TOKEN = 'invitray_demo_read_only_token_0000000002';
/** A token that has been disabled: verify says so, everything else answers 403. */
export const DEMO_REVOKED_TOKEN = 'invitray_demo_revoked_token_000000000003';
/** Active token with Memberships Read + Write but not User Details Read: GET /user answers 403. */
export const DEMO_INVITES_ONLY_TOKEN = 'invitray_demo_invites_only_token_0000004';
export const DEMO_EMAIL = 'demo.user@example.com';
export const DEMO_GLOBAL_KEY = '8b5e67acb4dfcacc46ed9e39cecdc9b4c048b';
export const DEMO_USER_ID = 'ee11cbb19052e40b07aac0ca060c23ee';

export const DEMO_CREDENTIALS = {
  token: { kind: 'token', token: DEMO_TOKEN },
  readOnlyToken: { kind: 'token', token: DEMO_READ_ONLY_TOKEN },
  revokedToken: { kind: 'token', token: DEMO_REVOKED_TOKEN },
  invitesOnlyToken: { kind: 'token', token: DEMO_INVITES_ONLY_TOKEN },
  globalKey: { kind: 'global-key', email: DEMO_EMAIL, key: DEMO_GLOBAL_KEY },
} as const satisfies Record<string, Credential>;

export type DemoPermission = 'memberships:read' | 'memberships:write' | 'user:read';
export type DemoTokenStatus = 'active' | 'disabled' | 'expired';

export interface DemoTokenSpec {
  /** Shown in the request log instead of the secret. */
  name: string;
  status?: DemoTokenStatus;
  permissions?: readonly DemoPermission[];
  /** Token id as /user/tokens/verify reports it (32 hex digits). */
  id?: string;
}

export interface DemoToken {
  name: string;
  status: DemoTokenStatus;
  permissions: ReadonlySet<DemoPermission>;
  id: string;
}

export function demoToken(spec: DemoTokenSpec & { id: string }): DemoToken {
  return {
    name: spec.name,
    status: spec.status ?? 'active',
    permissions: new Set(spec.permissions ?? ['memberships:read', 'memberships:write', 'user:read']),
    id: spec.id,
  };
}

export function builtInTokens(): Map<string, DemoToken> {
  return new Map([
    [DEMO_TOKEN, demoToken({ name: 'demo-token', id: 'aa2fd6ea9500563c7ac5b2c0b6ec4629' })],
    [
      DEMO_READ_ONLY_TOKEN,
      demoToken({
        name: 'demo-read-only-token',
        permissions: ['memberships:read', 'user:read'],
        id: '52ac105a897798d6d12abc200e841237',
      }),
    ],
    [
      DEMO_INVITES_ONLY_TOKEN,
      demoToken({
        name: 'demo-invites-only-token',
        permissions: ['memberships:read', 'memberships:write'],
        id: '0c6b1e1d2f8a4c3e9b7d5a3f1e2d4c6b',
      }),
    ],
    [
      DEMO_REVOKED_TOKEN,
      demoToken({ name: 'demo-revoked-token', status: 'disabled', id: '5d4a8ce8a13513bd847d682b35839211' }),
    ],
  ]);
}

/** The one Global API key login the demo knows, and the user it belongs to. */
export const DEMO_GLOBAL_KEY_LOGIN = {
  email: DEMO_EMAIL,
  key: DEMO_GLOBAL_KEY,
  name: 'demo-global-key',
} as const;
