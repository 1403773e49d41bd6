import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { createAccounts, createKeychain, openSettings, type Accounts, type Keychain } from '../core/accounts';
import { createSessionKeychain } from '../core/app/session-keychain';
import { createCloudflareApi, normalizeApiBaseUrl, resolveApiBaseUrl } from '../core/cloudflare';
import type { ApiFetch } from '../core/cloudflare';
import { DEMO_CREDENTIALS, startDemoServer } from '../core/demo';
import type { SettingsRepository } from '../core/accounts';
import { createCliFetch } from './network/cli-fetch';

export interface CliContextOptions {
  configDir: string;
  env: NodeJS.ProcessEnv;
  keychainService?: string;
  apiBase?: string;
  demo: boolean;
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
  const opened = openSettings({ cwd: options.configDir, createStore: (o) => new Conf(o) });
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

async function openDemoContext(): Promise<CliContext> {
  const server = await startDemoServer();
  // The demo must not touch the user's real settings or keychain: both live only for this run.
  // Its API is in this process on 127.0.0.1: no proxy applies, so Node's own fetch does.
  const dir = mkdtempSync(path.join(tmpdir(), 'invitray-cli-demo-'));
  const { settings } = openSettings({ cwd: dir, createStore: (o) => new Conf(o) });
  const accounts = accountsOver(settings, createSessionKeychain(), server.baseUrl);
  await accounts.add({ label: 'Demo', credential: DEMO_CREDENTIALS.token });
  return {
    accounts,
    settings,
    baseUrl: server.baseUrl,
    notices: [],
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
