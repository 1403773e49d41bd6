import { parseArgs } from 'node:util';
import { toErrorInfo } from '../core/errors';
import { openCliContext } from './cli-context';
import { EXIT_BAD_CREDENTIALS, EXIT_ERROR, EXIT_OK, printable, type CliIo } from './cli-io';
import { COMMANDS } from './commands';

export const USAGE = `Usage: invitray <command> [options]

Commands:
  list [--json]                 invitations of the account
  show ID [--json]              one invitation
  accept ID | decline ID        respond to an invitation
  leave ID [--yes]              leave the account an accepted invitation joined (asks first)
  login --token                 sign in with an API token (read from stdin or a hidden prompt)
  login --email EMAIL --key     sign in with a Global API key (read from stdin or a hidden prompt)
  logout                        sign out and remove the secret from the keychain
  profiles                      the signed-in accounts

Options:
  --profile NAME    account label or id (default: the first account)
  --label NAME      label for a new login
  --api-base URL    API base URL (also INVITRAY_API_BASE_URL)
  --demo            use the built-in demo API and a throwaway account
  --json            machine-readable output: Cloudflare's invite objects plus effective_status
  -h, --help        this help

Exit codes: 0 ok, 1 API or usage error, 2 bad credentials.`;

/** Commands that never write the settings file (see openCliContext's readsSettingsOnly). */
const READS_SETTINGS_ONLY = new Set(['list', 'show', 'accept', 'decline', 'profiles']);

export interface RunCliOptions {
  env: NodeJS.ProcessEnv;
  configDir: string;
  /** Keychain service name; tests use a throwaway one. Default: Invitray. */
  keychainService?: string;
}

/** Runs one CLI invocation and returns its exit code. Every failure is one line on stderr. */
export async function runCli(argv: string[], io: CliIo, options: RunCliOptions): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        profile: { type: 'string' },
        label: { type: 'string' },
        token: { type: 'boolean', default: false },
        email: { type: 'string' },
        key: { type: 'boolean', default: false },
        'api-base': { type: 'string' },
        demo: { type: 'boolean', default: false },
        yes: { type: 'boolean', short: 'y', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`invitray: ${(error as Error).message}. See: invitray --help`);
    return EXIT_ERROR;
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  if (values.help || name === undefined || name === 'help') {
    io.out(USAGE);
    return name === undefined && !values.help ? EXIT_ERROR : EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command || !Object.hasOwn(COMMANDS, name)) {
    io.err(`invitray: unknown command "${printable(name)}". See: invitray --help`);
    return EXIT_ERROR;
  }

  let context;
  try {
    context = await openCliContext({
      configDir: options.configDir,
      env: options.env,
      keychainService: options.keychainService,
      apiBase: values['api-base'],
      demo: values.demo,
      readsSettingsOnly: READS_SETTINGS_ONLY.has(name),
    });
    for (const notice of context.notices) io.err(`invitray: ${notice}`);
    await command(
      context,
      {
        args,
        json: values.json,
        profile: values.profile,
        label: values.label,
        token: values.token,
        email: values.email,
        key: values.key,
        yes: values.yes,
      },
      io,
    );
    return EXIT_OK;
  } catch (error) {
    const info = toErrorInfo(error);
    io.err(`invitray: ${printable(info.message)}`);
    return info.kind === 'bad-credentials' || info.kind === 'signed-out' ? EXIT_BAD_CREDENTIALS : EXIT_ERROR;
  } finally {
    await context?.close();
  }
}
