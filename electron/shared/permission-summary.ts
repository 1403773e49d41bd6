import type { MessageKey } from './i18n/catalogue';
import type { PermissionGrant } from './membership-types';

// A plain sentence or two for a membership's permissions, for the confirmation notification and
// the window's "Recently answered": what the member may change, and what they may only view.

type MemberKey = Extract<MessageKey, `member.${string}`>;
/** Main's translator and the window's both fit: each takes at least the member.* keys. */
type Translate = (key: MemberKey, params?: Record<string, string | number>) => string;

/** Cloudflare's permission areas with a catalogue name; another area is shown by its own name. */
const AREA_KEYS: Record<string, MemberKey> = {
  analytics: 'member.area.analytics',
  billing: 'member.area.billing',
  cache_purge: 'member.area.cache_purge',
  dns: 'member.area.dns',
  dns_records: 'member.area.dns_records',
  lb: 'member.area.lb',
  logs: 'member.area.logs',
  organization: 'member.area.organization',
  ssl: 'member.area.ssl',
  waf: 'member.area.waf',
  zone_settings: 'member.area.zone_settings',
  zones: 'member.area.zones',
};

export function permissionSummary(permissions: Record<string, PermissionGrant>, t: Translate): string {
  const areas = Object.entries(permissions);
  const name = (area: string) => (Object.hasOwn(AREA_KEYS, area) ? t(AREA_KEYS[area] as MemberKey) : area);
  const change = areas.filter(([, grant]) => grant.write).map(([area]) => name(area));
  const view = areas.filter(([, grant]) => grant.read && !grant.write).map(([area]) => name(area));
  if (change.length === 0 && view.length === 0) return t('member.nothing');
  if (change.length === areas.length) return t('member.everything');
  if (view.length === areas.length) return t('member.viewEverything');
  return [
    ...(change.length > 0 ? [t('member.canChange', { areas: change.join(', ') })] : []),
    ...(view.length > 0 ? [t('member.canView', { areas: view.join(', ') })] : []),
  ].join(' ');
}
