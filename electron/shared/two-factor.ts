// Where a Cloudflare user turns on two-factor authentication: the dashboard's own page for it.
// Under https://dash.cloudflare.com/, so the allow-list of external links (EXTERNAL_URL_PREFIXES
// in ipc-contract.ts) lets main open it.
export const TWO_FACTOR_SETTINGS_URL = 'https://dash.cloudflare.com/profile/authentication';

/**
 * What to say about 2FA on an invitation before it is answered: nothing (the organisation does
 * not enforce it, or the invitation is no longer pending), the requirement alone (the user's own
 * state is unknown), or the requirement with the user's state.
 */
export type TwoFactorReadiness = 'none' | 'required' | 'ready' | 'not-ready';

export function twoFactorReadiness(
  enforced: boolean | undefined,
  pending: boolean,
  userEnabled: boolean | null | undefined,
): TwoFactorReadiness {
  if (enforced !== true) return 'none';
  if (!pending || userEnabled === null || userEnabled === undefined) return 'required';
  return userEnabled ? 'ready' : 'not-ready';
}
