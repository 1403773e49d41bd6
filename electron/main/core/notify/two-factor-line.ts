import type { Translator } from '../../../shared/i18n/translate';
import { TWO_FACTOR_SETTINGS_URL } from '../../../shared/two-factor';

/**
 * The notification's line for an invitation whose organisation enforces 2FA: whether the
 * user's own 2FA is on, and where to turn it on when it is not. Unknown (the credential may
 * not read GET /user, or the read failed) claims nothing beyond the requirement itself.
 */
export function twoFactorLine(enabled: boolean | null | undefined, { t }: Translator): string {
  if (enabled === true) return t('notify.twoFactorOn');
  if (enabled === false) return t('notify.twoFactorOff', { url: TWO_FACTOR_SETTINGS_URL });
  return t('notify.twoFactor');
}
