import { CHANNELS } from '../../../../electron/shared/channels';
import {
  hostileCredential,
  hostileInviteId,
  hostileLabel,
  hostileProfileId,
  hostileResponse,
  hostileUrl,
  VALID_TOKEN,
} from './hostile-fields';
import { nonString, type Huge } from './hostile-values';
import type { Rng } from './rng';

type Generator = (rng: Rng, huge: Huge) => unknown;

/** One channel's valid payload and how to break each of its fields. `base: undefined`: takes no payload. */
export interface ChannelShape {
  base?: (ids: { profileId: string; inviteId: string }) => Record<string, unknown>;
  fields: Record<string, Generator>;
  required: string[];
}

const choose =
  (values: readonly unknown[]): Generator =>
  (rng, huge) =>
    rng.chance(0.8) ? rng.pick(values) : nonString(rng, huge);

const hostileInterval: Generator = (rng) =>
  rng.pick([0, -1, 61, 1.5, 59.9, 1e9, -0.5, '5', '5 ', true, null, [], {}, [5], { value: 5 }]);
const hostileBoolean: Generator = (rng, huge) => {
  if (rng.chance(0.8)) return rng.pick(['true', 'false', 0, 1, 'yes', '', [true]]);
  const value = nonString(rng, huge);
  return typeof value === 'boolean' ? String(value) : value;
};

export const CHANNEL_SHAPES: Record<string, ChannelShape> = {
  [CHANNELS.invites.list]: { fields: {}, required: [] },
  [CHANNELS.invites.refresh]: {
    base: ({ profileId }) => ({ profileId }),
    fields: { profileId: hostileProfileId },
    required: [],
  },
  [CHANNELS.invites.respond]: {
    base: ({ profileId, inviteId }) => ({ profileId, inviteId, response: 'accepted' }),
    fields: { profileId: hostileProfileId, inviteId: hostileInviteId, response: hostileResponse },
    required: ['profileId', 'inviteId', 'response'],
  },
  [CHANNELS.invites.details]: {
    base: ({ profileId, inviteId }) => ({ profileId, inviteId }),
    fields: { profileId: hostileProfileId, inviteId: hostileInviteId },
    required: ['profileId', 'inviteId'],
  },
  [CHANNELS.invites.undoDecline]: {
    base: ({ profileId, inviteId }) => ({ profileId, inviteId }),
    fields: { profileId: hostileProfileId, inviteId: hostileInviteId },
    required: ['profileId', 'inviteId'],
  },
  [CHANNELS.invites.leaveAccount]: {
    base: ({ profileId, inviteId }) => ({ profileId, inviteId }),
    fields: { profileId: hostileProfileId, inviteId: hostileInviteId },
    required: ['profileId', 'inviteId'],
  },
  [CHANNELS.accounts.list]: { fields: {}, required: [] },
  [CHANNELS.accounts.add]: {
    base: () => ({ label: 'Work', credential: { kind: 'token', token: VALID_TOKEN } }),
    fields: { label: hostileLabel, credential: hostileCredential },
    required: ['label', 'credential'],
  },
  [CHANNELS.accounts.updateCredential]: {
    base: ({ profileId }) => ({ profileId, credential: { kind: 'token', token: VALID_TOKEN } }),
    fields: { profileId: hostileProfileId, credential: hostileCredential },
    required: ['profileId', 'credential'],
  },
  [CHANNELS.accounts.remove]: {
    base: ({ profileId }) => ({ profileId }),
    fields: { profileId: hostileProfileId },
    required: ['profileId'],
  },
  [CHANNELS.accounts.tryDemo]: { fields: {}, required: [] },
  [CHANNELS.settings.get]: { fields: {}, required: [] },
  [CHANNELS.settings.update]: {
    base: () => ({ pollIntervalMinutes: 10, theme: 'dark', notificationsEnabled: false }),
    fields: {
      pollIntervalMinutes: hostileInterval,
      notificationsEnabled: hostileBoolean,
      expiringReminder: hostileBoolean,
      lastChanceReminder: hostileBoolean,
      lastChanceThroughQuietHours: hostileBoolean,
      notificationClick: choose(['ACCEPT', 'close', '', 'accept ', 'dismiss', 'open\u0000']),
      startAtLogin: hostileBoolean,
      showCountInTray: hostileBoolean,
      theme: choose(['Dark', 'blue', '', 'system ', 'auto', 'light;']),
      globalShortcutEnabled: hostileBoolean,
      globalShortcut: choose([
        'Shift+A',
        'Ctrl+C',
        'CommandOrControl+Shift+I',
        'Ctrl+Alt+',
        'x'.repeat(65),
        '',
      ]),
      notificationSound: hostileBoolean,
      quietHours: choose([
        { enabled: true, from: '24:00', to: '07:00' },
        { enabled: true, from: '22:00' },
        { enabled: 'yes', from: '22:00', to: '07:00' },
        { enabled: true, from: '7:00', to: '22:00' },
        { enabled: true, from: '22:00', to: '22:00' },
        { enabled: true, from: '22:00', to: '07:00', extra: 1 },
      ]),
      language: choose(['EN', 'de-DE', 'xx', '', 'system ', 'pt-br']),
    },
    required: [],
  },
  [CHANNELS.app.info]: { fields: {}, required: [] },
  [CHANNELS.app.openExternal]: {
    base: () => ({ url: 'https://dash.cloudflare.com/' }),
    fields: { url: hostileUrl },
    required: ['url'],
  },
  [CHANNELS.app.openLogs]: { fields: {}, required: [] },
  [CHANNELS.app.hideWindow]: { fields: {}, required: [] },
  [CHANNELS.app.quit]: { fields: {}, required: [] },
};
