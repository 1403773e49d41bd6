import { DEMO_EMAIL, DEMO_GLOBAL_KEY, DEMO_TOKEN } from '../../../../electron/main/core/demo';
import { hostileId, nonString, pollutionObject, validId, withOwnKey, type Huge } from './hostile-values';
import type { Rng } from './rng';

const ALLOWED_HOSTS = ['dash.cloudflare.com', 'developers.cloudflare.com'];

/** Links that look like, or decode to, an allowed Cloudflare page but are not one. */
export const HOSTILE_URLS = [
  'https://dash.cloudflare.com.evil.com/',
  'https://dash.cloudflare.com@evil.com/',
  'https://evil.com/dash.cloudflare.com/',
  'https://evil.com/?next=https://dash.cloudflare.com/',
  'https://dash-cloudflare.com/',
  'https://dash.cloudflare.co/',
  'https://dash.cloudfIare.com/',
  'https://d\u0430sh.cloudflare.com/',
  'https://xn--dsh-8cd.cloudflare.com/',
  'https://\uff44ash.cloudflare.com/',
  'https://dash\uff0ecloudflare\uff0ecom/',
  'https://dash.cloudflare.com\u3002evil.com/',
  'http://dash.cloudflare.com/',
  'https://dash.cloudflare.com:8443/',
  'https://user:pass@dash.cloudflare.com/',
  'https://dash.cloudflare.com\\@evil.com/',
  'https://dash.cloudflare.com%2eevil.com/',
  'https://dash.cloudflare.com./',
  'https://dash.cloudflare.com\t.evil.com/',
  'https://dash.cloudflare.com/\n',
  ' https://dash.cloudflare.com/',
  '//dash.cloudflare.com/',
  'dash.cloudflare.com/',
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)//https://dash.cloudflare.com/',
  'java\tscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'file://dash.cloudflare.com/',
  'about:blank',
  'app://invitray/index.html',
  'chrome://settings',
  'ws://dash.cloudflare.com/',
  'ftp://dash.cloudflare.com/',
  'https://127.0.0.1/',
  'https://[::1]/',
  'https://0x7f000001/',
  '',
  'not a url',
];

const SCHEMES = [
  'http',
  'ftp',
  'file',
  'javascript',
  'data',
  'ws',
  'wss',
  'app',
  'chrome',
  'blob',
  'smb',
  'mailto',
];
const HOST_SUFFIXES = ['.evil.com', '.', ':1', ':444', '@evil.com', '.cloudflare.com.evil', '%00', '\u200b'];
const CONFUSABLES: Record<string, string[]> = {
  a: ['\u0430', '\uff41', '\u00e0'],
  e: ['\u0435', '\uff45'],
  o: ['\u043e', '\u03bf', '0'],
  c: ['\u0441', '\u217d'],
  l: ['I', '1', '\u04cf', '\u217c'],
  d: ['\u0501', '\u217e'],
  '.': ['\uff0e', '\u3002', '\u2024'],
};

function confusable(rng: Rng, host: string): string {
  const positions = [...host].map((ch, i) => [ch, i] as const).filter(([ch]) => CONFUSABLES[ch]);
  const [ch, index] = rng.pick(positions);
  const chars = [...host];
  chars[index] = rng.pick(CONFUSABLES[ch] ?? ['?']);
  return chars.join('');
}

export function hostileUrl(rng: Rng, huge: Huge): unknown {
  const host = rng.pick(ALLOWED_HOSTS);
  const path = rng.pick(['/', '/profile', '/?to=/:account/members', '/fundamentals/']);
  switch (rng.int(7)) {
    case 0:
      return rng.pick(HOSTILE_URLS);
    case 1:
      return `${rng.pick(SCHEMES)}://${host}${path}`;
    case 2:
      return `https://${host}${rng.pick(HOST_SUFFIXES)}${path}`;
    case 3:
      return `https://${confusable(rng, host)}${path}`;
    case 4:
      return `https://${host}/${'a'.repeat(rng.between(2100, 5000))}`;
    case 5:
      return rng.chance(0.5) ? huge.megabyte : nonString(rng, huge);
    default:
      return `https://${rng.pick(['evil.com', 'cloudflare.com', 'www.cloudflare.com', 'api.cloudflare.com'])}${path}`;
  }
}

export const VALID_TOKEN = DEMO_TOKEN;

function hostileSecret(rng: Rng, huge: Huge): unknown {
  switch (rng.int(5)) {
    case 0:
      return validId(rng, rng.between(0, 19));
    case 1:
      return rng.chance(0.5) ? 'k'.repeat(rng.between(257, 2000)) : huge.megabyte;
    case 2: {
      const cut = rng.between(1, VALID_TOKEN.length - 1);
      const poison = rng.pick([' ', '\t', '\n', '\u0000', '\u00e9', '\u0430', '\u200b', '\u202e', '\u007f']);
      return `${VALID_TOKEN.slice(0, cut)}${poison}${VALID_TOKEN.slice(cut)}`;
    }
    default:
      return nonString(rng, huge);
  }
}

function hostileEmail(rng: Rng, huge: Huge): unknown {
  return rng.chance(0.85)
    ? rng.pick([
        'no-at-sign',
        'alice@',
        '@example.com',
        'alice@example',
        'alice smith@example.com',
        '\u0430lice@example.com',
        'alice@ex\u0430mple.com',
        'alice@example.com\r\nBcc: all@evil.com',
        `${'a'.repeat(250)}@example.com`,
        'alice@@example.com',
        'alice@example..com',
        '.alice@example.com',
        'alice.@example.com',
        'alice@-example.com',
        '<alice@example.com>',
        'alice@example.com,bob@example.com',
        '',
      ])
    : nonString(rng, huge);
}

/** A credential object the contract must refuse (wrong kind, bad or missing fields, extra keys). */
export function hostileCredential(rng: Rng, huge: Huge): unknown {
  const tokenCredential = (): Record<string, unknown> => ({ kind: 'token', token: VALID_TOKEN });
  const keyCredential = (): Record<string, unknown> => ({
    kind: 'global-key',
    email: DEMO_EMAIL,
    key: DEMO_GLOBAL_KEY,
  });
  switch (rng.int(9)) {
    case 0:
      return nonString(rng, huge);
    case 1:
      return {
        ...tokenCredential(),
        kind: rng.pick(['Token', 'global_key', 'oauth', '', null, 1, '__proto__', ['token']]),
      };
    case 2:
      return { ...tokenCredential(), token: hostileSecret(rng, huge) };
    case 3:
      return { kind: 'token' };
    case 4:
      return withOwnKey(
        rng.chance(0.5) ? tokenCredential() : keyCredential(),
        rng.pick(['__proto__', 'constructor', 'email', 'key', 'token', 'baseUrl', 'prototype']),
        rng.chance(0.5) ? pollutionObject(rng) : 'https://evil.com',
      );
    case 5:
      return { ...keyCredential(), email: hostileEmail(rng, huge) };
    case 6:
      return { ...keyCredential(), key: hostileSecret(rng, huge) };
    case 7:
      return rng.chance(0.5)
        ? { kind: 'global-key', key: DEMO_GLOBAL_KEY }
        : { kind: 'global-key', email: DEMO_EMAIL };
    default:
      return { kind: 'global-key', token: VALID_TOKEN };
  }
}

export function hostileLabel(rng: Rng, huge: Huge): unknown {
  switch (rng.int(4)) {
    case 0:
      return rng.pick(['', ' ', '   ', '\t\n', '\u00a0\u2003']);
    case 1:
      return 'L'.repeat(rng.between(81, 5000));
    case 2:
      return huge.megabyte;
    default:
      return nonString(rng, huge);
  }
}

export function hostileProfileId(rng: Rng, huge: Huge): unknown {
  return hostileId(rng, 64, huge);
}

export function hostileInviteId(rng: Rng, huge: Huge): unknown {
  return hostileId(rng, 32, huge);
}

export function hostileResponse(rng: Rng, huge: Huge): unknown {
  return rng.chance(0.8)
    ? rng.pick([
        'accept',
        'ACCEPTED',
        'accepted ',
        ' rejected',
        'pending',
        'expired',
        'declined',
        '',
        'accepted\u0000',
      ])
    : nonString(rng, huge);
}
