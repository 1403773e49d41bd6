import { randomUUID } from 'node:crypto';
import {
  SettingsRepository,
  createAccounts,
  createKeychain,
  openSettings,
  type Accounts,
  type Keychain,
} from '../core/accounts';
import { memorySettingsStore, readSettingsSnapshot } from '../core/accounts/settings-without-conf';
import { createSessionKeychain } from '../core/app/session-keychain';
import { createCloudflareApi, normalizeApiBaseUrl, resolveApiBaseUrl } from '../core/cloudflare';
import type { ApiFetch } from '../core/cloudflare';
import { DEMO_CREDENTIALS } from '../core/demo/credentials';
import { createCliFetch } from './network/cli-fetch';

export interface CliContextOptions {
  configDir: string;
  env: NodeJS.ProcessEnv;
  keychainService?: string;
  apiBase?: string;
  demo: boolean;
  /** The command never writes settings: a sound file is then read without conf (see readSettings). */
  readsSettingsOnly?: boolean;
}

export interface CliContext {
  accounts: Accounts;
  settings: SettingsRepository;
  baseUrl: string | undefined;
  /** Lines worth telling the user on stderr (e.g. a corrupt settings file was set aside). */
  notices: string[];
  close(): Promise<void>;
}

/** Opens settings, keychain and accounts, or for --demo an in-process demo API with a throwaway profile. */
export async function openCliContext(options: CliContextOptions): Promise<CliContext> {
  if (options.demo) return openDemoContext();
  const opened = await readSettings(options.configDir, options.readsSettingsOnly === true);
  const network = createCliFetch(options.env);
  const notices = opened.recovered
    ? [`Settings file was unreadable and was set aside as ${opened.recovered.backupPath}.`]
    : [];
  notices.push(...network.notices);
  const baseUrl =
    options.apiBase !== undefined
      ? normalizeApiBaseUrl(options.apiBase)
      : resolveApiBaseUrl(opened.settings.getApiBaseUrl(), options.env);
  const keychain = createKeychain(options.keychainService ? { service: options.keychainService } : {});
  return {
    accounts: accountsOver(opened.settings, keychain, baseUrl, network.fetch),
    settings: opened.settings,
    baseUrl,
    notices,
    close: () => network.close(),
  };
}

function accountsOver(
  settings: SettingsRepository,
  keychain: Keychain,
  baseUrl: string | undefined,
  fetch?: ApiFetch,
): Accounts {
  return createAccounts({
    settings,
    keychain,
    createApi: (apiOptions) => createCloudflareApi(fetch ? { ...apiOptions, fetch } : apiOptions),
    baseUrl: () => baseUrl,
  });
}

/**
 * conf (with ajv, which compiles the schema) costs more than a whole `list` request, so a command
 * that only reads takes the file as it is when it is certainly sound; everything else (writes,
 * a corrupt file to set aside, a format to migrate) goes through conf exactly as the app does.
 */
async function readSettings(configDir: string, readOnly: boolean) {
  const snapshot = readOnly ? readSettingsSnapshot(configDir) : null;
  if (snapshot !== null) return { settings: new SettingsRepository(snapshot), recovered: null };
  const { default: Conf } = await import('conf');
  return openSettings({ cwd: configDir, createStore: (o) => new Conf(o) });
}

async function openDemoContext(): Promise<CliContext> {
  // Loaded for --demo only: every other command talks to Cloudflare and needs no server.
  const { startDemoServer } = await import('../core/demo');
  const server = await startDemoServer();
  // The demo must not touch the user's real settings or keychain: both live only for this run.
  // Its API is in this process on 127.0.0.1: no proxy applies, so Node's own fetch does.
  const settings = new SettingsRepository(memorySettingsStore());
  const keychain = createSessionKeychain();
  // Signed in without asking the demo API first: its token is known good, and a real `list`
  // makes one request (the list), not two.
  const profile = { id: randomUUID(), label: 'Demo', authKind: 'token' } as const;
  await keychain.set(profile.id, DEMO_CREDENTIALS.token);
  settings.addProfile(profile);
  const accounts = accountsOver(settings, keychain, server.baseUrl);
  return {
    accounts,
    settings,
    baseUrl: server.baseUrl,
    notices: [],
    close: () => server.close(),
  };
}
