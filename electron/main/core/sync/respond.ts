import type {
  EffectiveStatus,
  ErrorInfo,
  ErrorText,
  Invite,
  InviteResponse,
  InviteStatus,
} from '../../../shared/types';
import type { CloudflareApi } from '../cloudflare/api';
import { statusAt } from '../cloudflare/pending-now';
import { AppError, isAppError, sentence, toErrorInfo } from '../errors';
import type { ProfileAction, ProfileModel } from './profile-model';

/** What answering needs from the profile it belongs to (ProfileSync implements it). */
export interface RespondHost {
  current(): ProfileModel;
  now(): number;
  dispatch(action: ProfileAction): void;
  getApi(): Promise<CloudflareApi>;
  /** The rate-limit error while the profile may make no request, else null. */
  rateLimitError(): ErrorInfo | null;
  /** `answer`: what stands (what was asked for, when Cloudflare's reply has no answered status). */
  answerConfirmed(invite: Invite, answer: Exclude<InviteStatus, 'pending'>): void;
  /** A confirmed answer no list has shown yet (confirmed-answers.ts), else undefined. */
  confirmedAnswer(inviteId: string): Exclude<InviteStatus, 'pending'> | undefined;
  answerFailed(error: ErrorInfo): void;
  refreshAfterAnswer(): void;
}

/** Cloudflare invite ids are 32 hex characters; anything far from that is refused before any request. */
const INVITE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function appErrorFromInfo(info: ErrorInfo): AppError {
  return new AppError(info.kind, info.message, {
    ...(info.text === undefined ? {} : { text: info.text }),
    cloudflareErrors: info.cloudflareErrors,
    ...(info.status === undefined ? {} : { status: info.status }),
    ...(info.retryAt === undefined ? {} : { retryAt: info.retryAt }),
  });
}

const ALREADY: Record<Exclude<EffectiveStatus, 'pending'>, ErrorText> = {
  accepted: sentence('error.alreadyAccepted'),
  rejected: sentence('error.alreadyDeclined'),
  expired: sentence('error.inviteExpired'),
  unknown: sentence('error.unknownStatus'),
};

export function isValidInviteId(inviteId: unknown): inviteId is string {
  return typeof inviteId === 'string' && INVITE_ID.test(inviteId);
}

/** Refuses, without a request, an answer the last list (read at `now`: it may have lapsed since) shows to be pointless. */
export function checkAnswerable(model: ProfileModel, inviteId: string, now: number): AppError | null {
  const invite = model.serverInvites.find((candidate) => candidate.id === inviteId);
  if (invite === undefined) return null;
  const status = statusAt(invite, now);
  if (status === 'pending') return null;
  return new AppError(status === 'unknown' ? 'invalid-request' : 'already-answered', ALREADY[status]);
}

/** Accept/decline for one profile: one PATCH per invite at a time, shown optimistically. */
export class InviteResponder {
  private readonly inflight = new Map<string, Promise<Invite>>();

  constructor(private readonly host: RespondHost) {}

  /** A second call for an invite already being answered gets the first call's promise. */
  respond(inviteId: string, response: InviteResponse): Promise<Invite> {
    if (!isValidInviteId(inviteId)) {
      return Promise.reject(new AppError('invalid-request', sentence('error.invalidInviteId')));
    }
    if (response !== 'accepted' && response !== 'rejected') {
      return Promise.reject(new AppError('invalid-request', sentence('error.answerChoice')));
    }
    const existing = this.inflight.get(inviteId);
    if (existing) return existing;
    const promise = this.send(inviteId, response).finally(() => {
      if (this.inflight.get(inviteId) === promise) this.inflight.delete(inviteId);
    });
    this.inflight.set(inviteId, promise);
    return promise;
  }

  busy(): boolean {
    return this.inflight.size > 0;
  }

  async whenIdle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight.values()]);
  }

  private async send(inviteId: string, response: InviteResponse): Promise<Invite> {
    const { host } = this;
    const limited = host.rateLimitError();
    const known = host.confirmedAnswer(inviteId);
    const refused = limited
      ? appErrorFromInfo(limited)
      : known
        ? new AppError('already-answered', ALREADY[known])
        : checkAnswerable(host.current(), inviteId, host.now());
    if (refused) {
      host.dispatch({ type: 'respond-failed', inviteId, error: refused.info });
      throw refused;
    }
    host.dispatch({ type: 'respond-started', inviteId, response });
    try {
      const api = await host.getApi();
      const invite = await api.respond(inviteId, response);
      // Pending, missing or a status this version doesn't know: what was asked for is what stands.
      host.answerConfirmed(invite, isAnswered(invite.status) ? invite.status : response);
      return invite;
    } catch (error) {
      const info = toErrorInfo(error);
      host.dispatch({ type: 'respond-failed', inviteId, error: info });
      host.answerFailed(info);
      throw isAppError(error) ? error : appErrorFromInfo(info);
    } finally {
      // Either way the list may now differ from what we show (answered elsewhere, expired, gone).
      host.refreshAfterAnswer();
    }
  }
}

function isAnswered(status: Invite['status']): status is Exclude<InviteStatus, 'pending'> {
  return status === 'accepted' || status === 'rejected' || status === 'expired';
}
