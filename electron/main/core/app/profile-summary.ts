import type { ProfileSummary } from '../../../shared/types';

/**
 * Copies exactly the fields the renderer may see. Whatever richer object a caller holds
 * (a stored profile with its full email, say), nothing else crosses to the renderer.
 */
export function toProfileSummary(profile: ProfileSummary): ProfileSummary {
  const summary: ProfileSummary = { id: profile.id, label: profile.label, authKind: profile.authKind };
  if (typeof profile.maskedEmail === 'string') summary.maskedEmail = profile.maskedEmail;
  return summary;
}
