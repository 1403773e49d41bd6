import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createFirstScreenSource,
  injectFirstScreen,
  jsonForScript,
  type FirstScreen,
} from '../../../electron/main/shell/first-screen';
import { readFirstScreenData, type FirstScreenState } from '../../../electron/shared/first-screen';

// The page main serves with its first screen in it (issue 21 item 8): what goes in, escaped, and
// what the page makes of a block that is missing or damaged.

let template: string;
beforeAll(async () => {
  template = await readFile(join(import.meta.dirname, '../../../src/index.html'), 'utf8');
});

const HOSTILE = '</script><script>alert(1)</script><!--\u2028&amp;';
const screen = (overrides: Partial<FirstScreen> = {}): FirstScreen => ({
  markup: '<h1>Invitations (3)</h1>',
  data: { language: 'de', locale: 'de-AT' },
  theme: 'dark',
  stuckNotice: 'Das Fenster konnte nicht starten.',
  ...overrides,
});

/** The data block's text as the HTML parser would cut it: up to the first `</script`. */
function dataBlockText(html: string): string {
  const open = '<script type="application/json" id="invitray-first-screen">';
  const start = html.indexOf(open);
  expect(start).toBeGreaterThan(-1);
  const rest = html.slice(start + open.length);
  return rest.slice(0, rest.search(/<\/script/i));
}

describe('injectFirstScreen', () => {
  it('puts the data block and the inert markup before the app root, and the language and theme on <html>', () => {
    const html = injectFirstScreen(template, screen());
    expect(readFirstScreenData(dataBlockText(html))).toEqual({ language: 'de', locale: 'de-AT' });
    expect(html).toContain(
      '<div id="first-screen" class="first-screen" inert><h1>Invitations (3)</h1></div>' +
        '<p id="first-screen-stuck" class="first-screen-stuck" role="alert">Das Fenster konnte nicht starten.</p>' +
        '<div id="app"></div>',
    );
    expect(html).toMatch(/<html lang="de" data-theme="dark">/);
    expect(html.match(/<html\b/g)).toHaveLength(1);
    // The app's own script is still there, after the root.
    expect(html.indexOf('<div id="app">')).toBeLessThan(html.indexOf('<script type="module"'));
  });

  it('leaves the theme to the OS when the setting says system, and draws no markup when there is none', () => {
    const html = injectFirstScreen(template, screen({ theme: 'system', markup: null }));
    expect(html).toMatch(/<html lang="de">/);
    expect(html).not.toContain('id="first-screen"');
    expect(dataBlockText(html)).not.toBe('');
    // A blank window whose script never ran says so too.
    expect(html).toContain('<p id="first-screen-stuck" class="first-screen-stuck" role="alert">');
  });

  it('writes the stuck-window notice as text, whatever it holds', () => {
    const html = injectFirstScreen(template, screen({ stuckNotice: HOSTILE }));
    const notice = /<p id="first-screen-stuck"[^>]*>([^]*?)<\/p>/.exec(html)?.[1];
    expect(notice).toBe('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--\u2028&amp;amp;');
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it('keeps hostile text inside the data block as data', () => {
    const html = injectFirstScreen(template, screen({ data: { language: 'en', locale: HOSTILE } }));
    const text = dataBlockText(html);
    expect(text).not.toMatch(/[<>]/);
    expect(JSON.parse(text)).toEqual({ language: 'en', locale: HOSTILE });
    // Exactly the page's own scripts end: the data block's and the app's.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('returns the page unchanged without a first screen, or for a page that is not the app', () => {
    expect(injectFirstScreen(template, null)).toBe(template);
    const other = '<!doctype html><html lang="en"><body><p>floor</p></body></html>';
    expect(injectFirstScreen(other, screen())).toBe(other);
  });
});

describe('jsonForScript', () => {
  it('escapes what could end a script element or a line, and reads back the same', () => {
    const value = { a: HOSTILE, b: ['<!--', '-->', '&'] };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('readFirstScreenData', () => {
  it('reads what main writes', () => {
    expect(readFirstScreenData('{"language":"pt-BR","locale":"pt-BR"}')).toEqual({
      language: 'pt-BR',
      locale: 'pt-BR',
    });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['not JSON', '{"language":"de",'],
    ['not an object', '"de"'],
    ['null', 'null'],
    ['an unknown language', '{"language":"xx","locale":"xx"}'],
    ['a language as a number', '{"language":1,"locale":"de"}'],
    ['no locale', '{"language":"de"}'],
    ['an empty locale', '{"language":"de","locale":""}'],
    ['an overlong locale', JSON.stringify({ language: 'de', locale: 'x'.repeat(65) })],
  ])('gives null for a block that is %s: the page asks main as before', (_, text) => {
    expect(readFirstScreenData(text)).toBeNull();
  });
});

describe('createFirstScreenSource', () => {
  let dir: string;
  const state: FirstScreenState = {
    snapshot: { at: 1, profiles: [] } as unknown as FirstScreenState['snapshot'],
    counts: { pending: 0, earlier: 0 },
    preferences: { theme: 'light' } as FirstScreenState['preferences'],
    info: { version: '1', platform: 'linux', demo: false, language: 'fr', locale: 'fr-CA' },
    now: 5,
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'invitray-first-screen-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the renderer at the first page, not before, and renders the state it is given', async () => {
    const main = join(dir, 'ok');
    await mkdir(main);
    await writeFile(
      join(main, 'first-screen.js'),
      'globalThis.__firstScreenLoads = (globalThis.__firstScreenLoads ?? 0) + 1;\n' +
        'export const renderFirstScreen = (s) => `<p>${s.info.language} ${s.now}</p>`;\n' +
        'export const stuckNoticeText = (language) => `stuck in ${language}`;\n',
    );
    const loads = () => (globalThis as { __firstScreenLoads?: number }).__firstScreenLoads ?? 0;
    const warn = vi.fn();
    const source = createFirstScreenSource({ mainDir: main, state: () => state, log: { warn } });
    expect(loads()).toBe(0);
    expect(await source()).toEqual({
      markup: '<p>fr 5</p>',
      data: { language: 'fr', locale: 'fr-CA' },
      theme: 'light',
      stuckNotice: 'stuck in fr',
    });
    await source();
    expect(loads()).toBe(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it('serves the page as built, and says why in the log, when the renderer is missing', async () => {
    const warn = vi.fn();
    const missing = createFirstScreenSource({
      mainDir: join(dir, 'none'),
      state: () => state,
      log: { warn },
    });
    expect(await missing()).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  // The same component throws in the window, where the app then never starts: the notice saying
  // so must still be served, and the window's language with it.
  it('serves the stuck-window notice and the language without the screen when the screen throws', async () => {
    const warn = vi.fn();
    const main = join(dir, 'throws');
    await mkdir(main);
    await writeFile(
      join(main, 'first-screen.js'),
      'export const renderFirstScreen = () => { throw new Error("broken component"); };\n' +
        'export const stuckNoticeText = (language) => `stuck in ${language}`;\n',
    );
    const throwing = createFirstScreenSource({ mainDir: main, state: () => state, log: { warn } });
    expect(await throwing()).toEqual({
      markup: null,
      data: { language: 'fr', locale: 'fr-CA' },
      theme: 'light',
      stuckNotice: 'stuck in fr',
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[1])).toContain('broken component');
  });
});
