import { describe, expect, it } from 'vitest';
import { contract, isAllowedExternalUrl } from '../../../electron/shared/ipc-contract';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://dash.cloudflare.com/',
    'https://dash.cloudflare.com/profile/api-tokens',
    'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/',
    'HTTPS://DASH.CLOUDFLARE.COM/',
    'https://dash.cloudflare.com:443/',
    'https://dash.cloudflare.com/?to=/:account/members#top',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['a look-alike suffix', 'https://dash.cloudflare.com.evil.com/'],
    ['credentials in the URL', 'https://dash.cloudflare.com@evil.com/'],
    ['plain http', 'http://dash.cloudflare.com/'],
    ['another port', 'https://dash.cloudflare.com:8443/'],
    ['another Cloudflare host', 'https://api.cloudflare.com/client/v4/user'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['a Cyrillic a', 'https://d\u0430sh.cloudflare.com/'],
    ['full-width letters the parser maps to ASCII', 'https://\uff44ash.cloudflare.com/'],
    ['an ideographic full stop the parser maps to a dot', 'https://dash\u3002cloudflare\u3002com/'],
    ['a tab the parser drops', 'https://dash.cloud\tflare.com/'],
    ['a newline the parser drops', 'https://dash.cloudflare.com/\n'],
    ['a backslash the parser reads as a slash', 'https://dash.cloudflare.com\\@evil.com/'],
    ['leading whitespace', ' https://dash.cloudflare.com/'],
    ['a non-string', 42 as unknown as string],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('is part of the openExternal payload schema', () => {
    const schema = contract.app.openExternal.request;
    expect(schema.safeParse({ url: 'https://dash.cloudflare.com/' }).success).toBe(true);
    expect(schema.safeParse({ url: 'https://dash.cloudflare.com.evil.com/' }).success).toBe(false);
  });
});
