import { ENGLISH } from '../../../shared/i18n/english';
import type { Translator } from '../../../shared/i18n/translate';
import type { Invite } from '../../../shared/types';

/** The invitation's organisation as people know it; the id only when Cloudflare sent no name. */
export function organisationName(invite: Invite, { t }: Translator = ENGLISH): string {
  const name = invite.organization_name?.trim();
  return name ? name : t('org.withId', { id: invite.organization_id });
}

/** Epoch ms of expires_on; +Infinity when absent or unparsable, so such invites sort last. */
export function expiryTime(invite: Invite): number {
  const time = invite.expires_on === undefined ? Number.NaN : Date.parse(invite.expires_on);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}
