import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { settingsCertainlyValid } from '../../../electron/main/core/accounts/settings-check';
import { defaultSettings, settingsSchema } from '../../../electron/main/core/accounts/settings-schema';

// The hand check must say what ajv says, compiled the way conf compiles settingsSchema
// (Ajv2020, allErrors, useDefaults, ajv-formats, the schema under `properties`).
const ajv = new Ajv2020({ allErrors: true, useDefaults: true });
(ajvFormats as unknown as { default: (a: Ajv2020) => void }).default(ajv);
const validate = ajv.compile({ type: 'object', properties: settingsSchema });
const ajvAccepts = (data: unknown) => validate(structuredClone(data));

const profile = { id: 'p_1-A', label: 'Work', authKind: 'token' };
const full = {
  ...defaultSettings(),
  profiles: [profile],
  __internal__: { migrations: { version: '0.2.0' } },
};
const with_ = (changes: Record<string, unknown>) => ({ ...full, ...changes });
const emoji = '😀';

const samples: [string, unknown][] = [
  ['defaults', full],
  ['an unknown top-level key (the schema allows it)', with_({ somethingNew: 1 })],
  ['a key missing (ajv fills its default)', (({ theme: _theme, ...rest }) => rest)(full)],
  ['poll 60', with_({ pollIntervalMinutes: 60 })],
  ['poll 0', with_({ pollIntervalMinutes: 0 })],
  ['poll 61', with_({ pollIntervalMinutes: 61 })],
  ['poll 2.5', with_({ pollIntervalMinutes: 2.5 })],
  ['poll as text', with_({ pollIntervalMinutes: '5' })],
  ['boolean as number', with_({ notificationsEnabled: 1 })],
  ['unknown theme', with_({ theme: 'blue' })],
  ['unknown language', with_({ language: 'xx' })],
  ['language de', with_({ language: 'de' })],
  ['empty shortcut (any string)', with_({ globalShortcut: '' })],
  ['shortcut null', with_({ globalShortcut: null })],
  ['quiet hours ok', with_({ quietHours: { enabled: true, from: '23:59', to: '00:00' } })],
  ['quiet hours 24:00', with_({ quietHours: { enabled: true, from: '24:00', to: '07:00' } })],
  ['quiet hours extra key', with_({ quietHours: { enabled: true, from: '22:00', to: '07:00', x: 1 } })],
  ['quiet hours missing key', with_({ quietHours: { enabled: true, from: '22:00' } })],
  ['quiet hours an array', with_({ quietHours: [] })],
  ['quiet hours null', with_({ quietHours: null })],
  ['base URL https', with_({ apiBaseUrl: 'https://example.test/client/v4' })],
  ['base URL ftp', with_({ apiBaseUrl: 'ftp://example.test' })],
  ['base URL too long', with_({ apiBaseUrl: `https://${'a'.repeat(2041)}` })],
  ['base URL at the limit', with_({ apiBaseUrl: `https://${'a'.repeat(2040)}` })],
  ['base URL a number', with_({ apiBaseUrl: 5 })],
  ['profiles not an array', with_({ profiles: {} })],
  ['profile with email', with_({ profiles: [{ ...profile, email: 'a@b.test' }] })],
  ['profile extra key', with_({ profiles: [{ ...profile, token: 'x' }] })],
  ['profile without label', with_({ profiles: [{ id: 'p1', authKind: 'token' }] })],
  ['profile empty label', with_({ profiles: [{ ...profile, label: '' }] })],
  ['profile id with a dot', with_({ profiles: [{ ...profile, id: 'a.b' }] })],
  ['profile id with a non-ASCII letter', with_({ profiles: [{ ...profile, id: 'ä' }] })],
  ['profile auth kind unknown', with_({ profiles: [{ ...profile, authKind: 'password' }] })],
  ['label of 80 emoji (80 characters)', with_({ profiles: [{ ...profile, label: emoji.repeat(80) }] })],
  ['label of 81 emoji', with_({ profiles: [{ ...profile, label: emoji.repeat(81) }] })],
  ['profile null', with_({ profiles: [null] })],
  ['invite ids ok', with_({ notifiedInviteIds: ['a', 'b'.repeat(64)] })],
  ['recent answers at their limit', with_({ recentAnswers: Array.from({ length: 200 }, () => ({})) })],
  ['recent answers over their limit', with_({ recentAnswers: Array.from({ length: 201 }, () => ({})) })],
  ['a recent answer not an object', with_({ recentAnswers: ['x'] })],
  ['last-chance reminder as text', with_({ lastChanceReminder: 'yes' })],
  ['invite id too long', with_({ remindedInviteIds: ['b'.repeat(65)] })],
  ['invite id empty', with_({ quietHeldInviteIds: [''] })],
  ['invite id a number', with_({ notifiedInviteIds: [1] })],
  ['an array', [full]],
  ['null', null],
  ['a string', 'settings'],
];

describe('settingsCertainlyValid', () => {
  it.each(samples)('agrees with ajv: %s', (_name, data) => {
    expect(settingsCertainlyValid(data)).toBe(ajvAccepts(data));
  });

  it('leaves the data as it was (ajv with useDefaults writes into it)', () => {
    const data = structuredClone(full);
    settingsCertainlyValid(data);
    expect(data).toEqual(full);
  });
});
