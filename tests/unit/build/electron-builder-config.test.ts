import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

// electron-builder.yml against app-builder-lib's own JSON schema, plus what the issue asks
// the config to say. Building installers needs downloads (Electron, NSIS, AppImage tools)
// this machine cannot make; everything short of that is checked here.

type Json = Record<string, unknown>;
const root = resolve(import.meta.dirname, '../../..');
const schema = JSON.parse(
  readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
) as Json;
const readYaml = (file: string) => load(readFileSync(join(root, file), 'utf8')) as Json;
const config = readYaml('electron-builder.yml');
const at = (path: string, from: unknown = config): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Json | undefined)?.[key], from);
const targets = (platform: string) =>
  (at(`${platform}.target`) as { target: string; arch: string[] }[]).map(
    (t) => `${t.target}:${t.arch.join('+')}`,
  );

// strict: false because the scheme uses a non-standard `typeof` keyword; electron-builder's
// own validator compiles it the same way. No type coercion here: "true" is not a boolean.
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const errorsOf = (candidate: unknown) => (validate(candidate) ? [] : (validate.errors ?? []));

describe('electron-builder.yml against the schema', () => {
  it('is valid', () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it('the schema rejects an unknown option, a wrong type and a bad enum value', () => {
    const broken = [
      { ...config, mac: { ...(config.mac as Json), notarise: true } },
      { ...config, nsis: { ...(config.nsis as Json), oneClick: 'yes' } },
      { ...config, publish: { provider: 'github', releaseType: 'public' } },
      { ...config, electronFuses: { runAsNode: false, runAsnode: false } },
    ];
    for (const candidate of broken) expect(errorsOf(candidate).length).toBeGreaterThan(0);
  });

  it("passes electron-builder's own loader and validator, and so does the end-to-end variant", async () => {
    const logger = new DebugLogger(false);
    const production = await getConfig(root, 'electron-builder.yml', null);
    await expect(validateConfiguration(production, logger)).resolves.toBeUndefined();
    const e2e = await getConfig(root, 'electron-builder.e2e.yml', null);
    await expect(validateConfiguration(e2e, logger)).resolves.toBeUndefined();
    expect(errorsOf(readYaml('electron-builder.e2e.yml'))).toEqual([]);

    // The variant differs only where Playwright needs it to, and is never published.
    expect(e2e.electronFuses).toEqual({ ...production.electronFuses, enableNodeCliInspectArguments: true });
    expect(e2e.publish).toBeNull();
    expect(e2e.directories?.output).not.toBe(production.directories?.output);
    expect(e2e.mac).toEqual(production.mac);
    expect(e2e.files).toEqual(production.files);
  });
});

describe('electron-builder.yml says what the installers need', () => {
  it('identity and packaging', () => {
    expect(config).toMatchObject({
      appId: 'dev.invitray.app',
      productName: 'Invitray',
      directories: { buildResources: 'resources/build' },
      asar: true,
      npmRebuild: true,
    });
    expect((config.files as string[]).filter((pattern) => !pattern.startsWith('!'))).toEqual([
      'out/**',
      'package.json',
    ]);
    expect(config.asarUnpack).toContain('**/node_modules/keytar/**');
  });

  it('ships the tray icons to resources/tray, and every extra resource exists', () => {
    const extra = config.extraResources as { from: string; to: string }[];
    expect(extra).toContainEqual(expect.objectContaining({ from: 'resources/tray', to: 'tray' }));
    for (const { from } of extra) {
      expect(existsSync(join(root, from)), `${from} exists`).toBe(true);
      if (statSync(join(root, from)).isDirectory()) {
        expect(
          readdirSync(join(root, from), { recursive: true }).some((f) => String(f).endsWith('.png')),
        ).toBe(true);
      }
    }
  });

  it('production fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('macOS: dmg + zip for both architectures, tray-only, hardened, notarized when credentials exist', () => {
    expect(targets('mac')).toEqual(['dmg:x64+arm64', 'zip:x64+arm64']);
    expect(config.mac).toMatchObject({
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
      notarize: true,
      extendInfo: { LSUIElement: true, NSUserNotificationAlertStyle: 'alert' },
    });
    const entitlements = readFileSync(
      join(root, 'resources/build', at('mac.entitlements') as string),
      'utf8',
    );
    const granted = [...entitlements.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1]);
    expect(granted).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('Windows: per-user NSIS for x64 and arm64 with a Start-menu shortcut', () => {
    expect(targets('win')).toEqual(['nsis:x64+arm64']);
    expect(config.nsis).toMatchObject({
      perMachine: false,
      createStartMenuShortcut: true,
      shortcutName: 'Invitray',
    });
  });

  it('the AppUserModelID the app sets is the appId the shortcut carries', () => {
    const appId = config.appId as string;
    const sources = readdirSync(join(root, 'electron'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join(root, 'electron', file), 'utf8'));
    const quoted = ["'", '"', '`'].map((quote) => `${quote}${appId}${quote}`);
    expect(sources.some((text) => quoted.some((literal) => text.includes(literal)))).toBe(true);
  });

  it('Linux: the AppImage has no version in its name, so updates replace it in place', () => {
    // electron-updater's AppImageUpdater keeps the file name unless it contains a version
    // (x.y.z); then it installs under a new name and the old path (autostart Exec) is gone.
    const name = at('appImage.artifactName') as string;
    expect(name).not.toContain('${version}');
    expect(name.replace('${productName}', 'Invitray').replace('${arch}', 'x86_64')).not.toMatch(
      /\d+\.\d+\.\d+/,
    );
  });

  it('Linux: AppImage and deb, category Utility, a desktop entry', () => {
    expect(targets('linux')).toEqual(['AppImage:x64', 'deb:x64']);
    expect(at('linux.category')).toBe('Utility');
    expect(at('linux.desktop.entry')).toMatchObject({ Name: 'Invitray' });
    expect(at('linux.maintainer')).toMatch(/<[^@\s]+@[^>\s]+>/);
  });

  it('publishes drafts to GitHub releases', () => {
    expect(config.publish).toMatchObject({ provider: 'github', releaseType: 'draft' });
  });
});
