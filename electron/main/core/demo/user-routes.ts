import { ok } from './envelope';
import type { DemoResponse } from './envelope';
import { DEMO_EMAIL, DEMO_USER_ID } from './credentials';
import type { Route } from './route-types';
import type { DemoState } from './state';

// GET /user as Cloudflare answers it (iam_single_user_response). Tokens need "User Details
// Read" (the demo's 'user:read'); one without it (DEMO_INVITES_ONLY_TOKEN) gets the same 403
// as any missing permission, from the router before this runs. Whether the demo user has 2FA
// on is the demo state's, so tests and demo mode can show both answers.

/** `prefix` is the API's path prefix (/client/v4), handed in so this file needs nothing else of routes.ts. */
export function userRoute(state: DemoState, prefix: string): Route {
  return {
    pattern: new RegExp(`^${prefix}/user$`),
    methods: { GET: { permission: 'user:read', handle: () => demoUser(state.twoFactorEnabled) } },
  };
}

function demoUser(twoFactorEnabled: boolean): DemoResponse {
  return ok({
    id: DEMO_USER_ID,
    email: DEMO_EMAIL,
    first_name: 'Demo',
    last_name: 'User',
    username: 'demo-user',
    telephone: null,
    country: null,
    zipcode: null,
    two_factor_authentication_enabled: twoFactorEnabled,
    two_factor_authentication_locked: false,
    has_pro_zones: false,
    has_business_zones: false,
    has_enterprise_zones: false,
    suspended: false,
    betas: [],
    organizations: [],
  });
}
