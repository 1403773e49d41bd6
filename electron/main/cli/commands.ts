import { AppError } from '../core/errors';
import type { ProfileSummary } from '../../shared/types';
import type { CliContext } from './cli-context';
import { printable, type CliIo } from './cli-io';
import { unreadableSummary } from '../../shared/unreadable-invites';
import { formatInviteDetails, formatInviteList, formatProfiles } from './format';
import { withTwoFactorReady } from './two-factor-ready';

export interface CommandInput {
  args: string[];
  json: boolean;
  profile?: string;
  label?: string;
  token: boolean;
  email?: string;
  key: boolean;
  /** --yes: no confirmation question (leave). */
  yes?: boolean;
}

type Command = (ctx: CliContext, input: CommandInput, io: CliIo) => Promise<void>;

function usage(message: string): AppError {
  return new AppError('invalid-request', message);
}

/** --profile matches an id or a label (case-insensitive); without it, the first account. */
function pickProfile(ctx: CliContext, wanted: string | undefined): ProfileSummary {
  const profiles = ctx.accounts.list();
  if (profiles.length === 0) throw new AppError('signed-out', 'Not signed in. Run: invitray login --token');
  if (wanted === undefined) return profiles[0]!;
  const lower = wanted.toLowerCase();
  const found = profiles.find((p) => p.id === wanted || p.label.toLowerCase() === lower);
  if (!found) throw usage(`No account named "${wanted}". See: invitray profiles`);
  return found;
}

function inviteIdArg(input: CommandInput): string {
  const id = input.args[0];
  if (!id || input.args.length > 1) throw usage('Give exactly one invitation ID.');
  return id;
}

const list: Command = async (ctx, input, io) => {
  const api = await ctx.accounts.apiFor(pickProfile(ctx, input.profile).id);
  const { invites, unreadable } = await api.listInvites();
  io.out(
    input.json ? JSON.stringify(await withTwoFactorReady(api, invites), null, 2) : formatInviteList(invites),
  );
  // On stderr, so `--json` output stays exactly the readable invitations.
  if (unreadable.length > 0) {
    io.err(`invitray: ${unreadableSummary(unreadable.length)}.`);
    for (const entry of unreadable) io.err(`invitray:   ${entry.path}: ${entry.problem}`);
  }
};

const show: Command = async (ctx, input, io) => {
  const id = inviteIdArg(input);
  const api = await ctx.accounts.apiFor(pickProfile(ctx, input.profile).id);
  const [invite] = await withTwoFactorReady(api, [await api.getInvite(id)]);
  io.out(
    input.json
      ? JSON.stringify(invite, null, 2)
      : formatInviteDetails(invite!, Date.now(), invite!.two_factor_ready),
  );
};

function respond(response: 'accepted' | 'rejected'): Command {
  return async (ctx, input, io) => {
    const id = inviteIdArg(input);
    const api = await ctx.accounts.apiFor(pickProfile(ctx, input.profile).id);
    const invite = await api.respond(id, response);
    if (input.json) return io.out(JSON.stringify(invite, null, 2));
    const org = invite.organization_name ?? invite.organization_id;
    io.out(response === 'accepted' ? `You joined ${org}.` : `Declined the invitation to ${org}.`);
  };
}

/**
 * Leaves the account an accepted invitation joined (issue 22): the invitation's organization_id
 * is the membership's account id. Asks first unless --yes; a membership already gone counts as left.
 */
const leave: Command = async (ctx, input, io) => {
  const id = inviteIdArg(input);
  const api = await ctx.accounts.apiFor(pickProfile(ctx, input.profile).id);
  const invite = await api.getInvite(id);
  const org = printable(invite.organization_name ?? invite.organization_id);
  if (invite.status !== 'accepted') {
    throw usage(`The invitation to ${org} was not accepted, so there is no account to leave.`);
  }
  const membership = await api.findMembership(invite.organization_id);
  if (!membership) return io.out(`You are not a member of ${org} (any more): nothing to leave.`);
  const question = `Leave ${org}? You lose access at once, and only someone there can invite you back.`;
  if (!input.yes && !(await io.confirm(question))) {
    throw usage(`Not left: you are still a member of ${org}.`);
  }
  const { alreadyGone } = await api.leaveMembership(membership.id);
  io.out(alreadyGone ? `You had already left ${org}.` : `You left ${org}.`);
};

const login: Command = async (ctx, input, io) => {
  if (input.token === (input.email !== undefined || input.key)) {
    throw usage('Use either: invitray login --token   or: invitray login --email EMAIL --key');
  }
  if (!input.token && (input.email === undefined || !input.key)) {
    throw usage('A Global API key login needs both --email EMAIL and --key.');
  }
  // The secret is read from stdin or a hidden prompt: argv is visible to every user of the machine.
  const secret = await io.readSecret(input.token ? 'Cloudflare API token: ' : 'Global API key: ');
  if (!secret) throw usage('No secret given on stdin.');
  const credential = input.token
    ? { kind: 'token', token: secret }
    : { kind: 'global-key', email: input.email, key: secret };
  const existing =
    input.profile === undefined ? undefined : ctx.accounts.list().find((p) => p.label === input.profile);
  const profile = existing
    ? await ctx.accounts.updateCredential(existing.id, credential)
    : await ctx.accounts.add({ label: input.label ?? input.profile ?? '', credential });
  io.out(`Signed in as "${profile.label}".`);
};

const logout: Command = async (ctx, input, io) => {
  const profiles = ctx.accounts.list();
  if (input.profile === undefined && profiles.length > 1) {
    throw usage('Several accounts are signed in: choose one with --profile NAME.');
  }
  const profile = pickProfile(ctx, input.profile);
  await ctx.accounts.remove(profile.id);
  io.out(`Signed out of "${profile.label}"; its secret was removed from the keychain.`);
};

const profiles: Command = async (ctx, input, io) => {
  const all = ctx.accounts.list();
  io.out(input.json ? JSON.stringify(all, null, 2) : formatProfiles(all));
};

export const COMMANDS: Record<string, Command> = {
  list,
  show,
  accept: respond('accepted'),
  decline: respond('rejected'),
  leave,
  login,
  logout,
  profiles,
};
