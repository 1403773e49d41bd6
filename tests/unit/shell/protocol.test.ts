import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  registerAppProtocol,
  registerAppSchemePrivileges,
  resolveAppPath,
  serve,
} from '../../../electron/main/shell/protocol';
import type { ProtocolLike } from '../../../electron/main/shell/protocol';

let root: string;
let renderer: string;
let handler: (request: Request) => Response | Promise<Response>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'invitray-protocol-'));
  renderer = join(root, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Invitray</title>');
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'not for the page');
  const protocol: Pick<ProtocolLike, 'handle'> = {
    handle: (scheme, h) => {
      expect(scheme).toBe('app');
      handler = h;
    },
  };
  registerAppProtocol({ protocol, rendererDir: renderer });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => Promise.resolve(handler(new Request(url, { method })));

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme that other origins cannot read', () => {
    const calls: unknown[] = [];
    registerAppSchemePrivileges({ registerSchemesAsPrivileged: (schemes) => calls.push(schemes) });
    expect(calls).toEqual([
      [
        {
          scheme: 'app',
          privileges: {
            standard: true,
            secure: true,
            supportFetchAPI: true,
            corsEnabled: false,
            codeCache: true,
          },
        },
      ],
    ]);
  });

  it('serves the built renderer with content types and the strict CSP on every response', async () => {
    const page = await get(APP_ENTRY_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Invitray</title>');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]);
    expect(csp).not.toContain('connect-src');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await get('app://invitray/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://invitray/')).status).toBe(200);
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('puts the first screen into index.html alone, rendered at each GET of it', async () => {
    const page = '<!doctype html><html lang="en"><body><div id="app"></div></body></html>';
    await writeFile(join(renderer, 'index.html'), page);
    try {
      let renders = 0;
      const firstScreen = () => {
        renders++;
        return Promise.resolve({
          markup: `<p>render ${renders}</p>`,
          data: { language: 'ja' as const, locale: 'ja' },
          theme: 'system' as const,
          stuckNotice: 'ウィンドウを開始できませんでした',
        });
      };
      const served = (url: string, method = 'GET') =>
        serve(new Request(url, { method }), renderer, firstScreen);
      const first = await (await served(APP_ENTRY_URL)).text();
      expect(first).toContain('<div id="first-screen" class="first-screen" inert><p>render 1</p></div>');
      expect(first).toContain('<html lang="ja">');
      expect(first).toContain('role="alert">ウィンドウを開始できませんでした</p>');
      expect(await (await served('app://invitray/')).text()).toContain('<p>render 2</p>');
      expect(await (await served('app://invitray/assets/index-abc.js')).text()).toBe('console.log(1)');
      expect(await (await served(APP_ENTRY_URL, 'HEAD')).text()).toBe('');
      expect(renders).toBe(2);
      // A source that has nothing (it failed and logged why): the page as built.
      const plain = await serve(new Request(APP_ENTRY_URL), renderer, () => Promise.resolve(null));
      expect(await plain.text()).toBe(page);
    } finally {
      await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Invitray</title>');
    }
  });

  it('refuses path traversal, other hosts, directories, missing files and writes', async () => {
    for (const url of [
      'app://invitray/../secret.txt',
      'app://invitray/%2e%2e/secret.txt',
      'app://invitray/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
      'app://invitray/..%5Csecret.txt',
      'app://invitray/index.html%00.js',
      'app://evil/index.html',
      'app://invitray/assets',
      'app://invitray/nope.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('not for the page');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
  });

  it('resolveAppPath maps only URLs of this app inside the root', () => {
    expect(resolveAppPath('app://invitray/a/b.css', '/r')).toBe('/r/a/b.css');
    expect(resolveAppPath('app://invitray/', '/r')).toBe('/r/index.html');
    expect(resolveAppPath('https://invitray/index.html', '/r')).toBeNull();
    expect(resolveAppPath('app://invitray/%E0%A4%A', '/r')).toBeNull();
    expect(resolveAppPath('not a url', '/r')).toBeNull();
  });
});
