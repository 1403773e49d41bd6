import type { InvitrayApi } from '../../electron/preload/index';
import type {
  AppInfo,
  CredentialInput,
  IpcResult,
  PreferencesPatch,
} from '../../electron/shared/ipc-contract';
import type {
  AppSnapshot,
  ErrorInfo,
  ErrorText,
  Invite,
  InviteResponse,
  Preferences,
  ProfileSummary,
  WindowRoute,
} from '../../electron/shared/types';

// The only renderer file that touches the preload global. Everything else talks
// to main through the Bridge below, whose calls never throw: every outcome,
// including a broken IPC channel, arrives as an IpcResult the UI can show.

declare global {
  interface Window {
    invitray?: InvitrayApi;
  }
}

export type Result<T> = IpcResult<T>;

export interface Bridge {
  /** False when the page runs without the preload (opened outside the app). */
  readonly connected: boolean;
  snapshot(): Promise<Result<AppSnapshot>>;
  onState(listener: (snapshot: AppSnapshot) => void): () => void;
  /** Main asks for a screen when it shows the window (tray "Details…", "Settings…", notifications). */
  onRoute(listener: (route: WindowRoute) => void): () => void;
  refresh(profileId?: string): Promise<Result<void>>;
  respond(profileId: string, inviteId: string, response: InviteResponse): Promise<Result<Invite>>;
  details(profileId: string, inviteId: string): Promise<Result<Invite>>;
  /** Takes back a decline held with an Undo (from the tray menu or a notification). */
  undoDecline(profileId: string, inviteId: string): Promise<Result<boolean>>;
  /** Leaves the account an invitation answered here joined. */
  leaveAccount(profileId: string, inviteId: string): Promise<Result<void>>;
  listAccounts(): Promise<Result<ProfileSummary[]>>;
  addAccount(label: string, credential: CredentialInput): Promise<Result<ProfileSummary>>;
  updateCredential(profileId: string, credential: CredentialInput): Promise<Result<ProfileSummary>>;
  removeAccount(profileId: string): Promise<Result<void>>;
  tryDemo(): Promise<Result<ProfileSummary>>;
  preferences(): Promise<Result<Preferences>>;
  updatePreferences(patch: PreferencesPatch): Promise<Result<Preferences>>;
  info(): Promise<Result<AppInfo>>;
  openLink(url: string): Promise<Result<void>>;
  openLogs(): Promise<Result<void>>;
  hideWindow(): Promise<Result<void>>;
  quit(): Promise<Result<void>>;
}

/** A failure the window met itself: English for its log, catalogue sentences for the screen. */
function failure(message: string, text: ErrorText): { ok: false; error: ErrorInfo } {
  return { ok: false, error: { kind: 'server-error', message, text: [text], cloudflareErrors: [] } };
}

/** A rejected invoke (main crashed, handler missing) becomes an error value like any other. */
async function settle<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const result = await call();
    if (result && typeof result === 'object' && 'ok' in result) return result;
    return failure('Invitray received an unexpected reply from its main process.', { id: 'error.mainReply' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure(`Invitray could not reach its main process (${reason}).`, {
      id: 'error.mainUnreachable',
      params: { reason },
    });
  }
}

export function connectBridge(api: InvitrayApi | undefined = window.invitray): Bridge {
  if (!api) return disconnectedBridge();
  return {
    connected: true,
    snapshot: () => settle(() => api.invites.list()),
    onState: (listener) => api.onState(listener),
    onRoute: (listener) => api.onRoute(listener),
    refresh: (profileId) => settle(() => api.invites.refresh(profileId === undefined ? {} : { profileId })),
    respond: (profileId, inviteId, response) =>
      settle(() => api.invites.respond({ profileId, inviteId, response })),
    details: (profileId, inviteId) => settle(() => api.invites.details({ profileId, inviteId })),
    undoDecline: (profileId, inviteId) => settle(() => api.invites.undoDecline({ profileId, inviteId })),
    leaveAccount: (profileId, inviteId) => settle(() => api.invites.leaveAccount({ profileId, inviteId })),
    listAccounts: () => settle(() => api.accounts.list()),
    addAccount: (label, credential) => settle(() => api.accounts.add({ label, credential })),
    updateCredential: (profileId, credential) =>
      settle(() => api.accounts.updateCredential({ profileId, credential })),
    removeAccount: (profileId) => settle(() => api.accounts.remove({ profileId })),
    tryDemo: () => settle(() => api.accounts.tryDemo()),
    preferences: () => settle(() => api.settings.get()),
    updatePreferences: (patch) => settle(() => api.settings.update(patch)),
    info: () => settle(() => api.app.info()),
    // An IPC request: main opens only allow-listed Cloudflare URLs, whatever is asked here.
    openLink: (url) => settle(() => api.app.openExternal({ url })), // eng-disable OPEN_EXTERNAL_JS_CHECK -- main allow-lists the URL
    openLogs: () => settle(() => api.app.openLogs()),
    hideWindow: () => settle(() => api.app.hideWindow()),
    quit: () => settle(() => api.app.quit()),
  };
}

export function disconnectedBridge(): Bridge {
  const fail = () =>
    Promise.resolve(
      failure('Invitray’s window was opened without its main process.', { id: 'error.mainMissing' }),
    );
  return {
    connected: false,
    snapshot: fail,
    onState: () => () => undefined,
    onRoute: () => () => undefined,
    refresh: fail,
    respond: fail,
    details: fail,
    undoDecline: fail,
    leaveAccount: fail,
    listAccounts: fail,
    addAccount: fail,
    updateCredential: fail,
    removeAccount: fail,
    tryDemo: fail,
    preferences: fail,
    updatePreferences: fail,
    info: fail,
    openLink: fail,
    openLogs: fail,
    hideWindow: fail,
    quit: fail,
  };
}
