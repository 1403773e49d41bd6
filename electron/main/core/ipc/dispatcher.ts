import { allCalls, isAllowedExternalUrl } from '../../../shared/ipc-contract';
import type { Contract, IpcResult, RequestOf, ResponseOf } from '../../../shared/ipc-contract';
import type { ErrorInfo } from '../../../shared/types';
import type { z } from '../../../shared/zod';
import { AppError, isAppError, sentence, toErrorInfo } from '../errors';
import type { InvitrayCore } from '../app/types';
import { toProfileSummary } from '../app/profile-summary';
import { redactOutbound } from './outbound-redaction';
import { invalidRequest, invalidRequestFromIssues, isPlainData } from './payload-checks';

type Handler<C> = (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
/** One handler per call in the contract: adding a call there without one here fails to compile. */
type Handlers = { [N in keyof Contract]: { [M in keyof Contract[N]]: Handler<Contract[N][M]> } };

export interface IpcDispatcher {
  /** Never rejects: every outcome, including a bug in a handler, is an IpcResult. */
  dispatch(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
  /** Every channel the contract declares, for the shell to register with ipcMain. */
  readonly channels: readonly string[];
}

export interface IpcDispatcherOptions {
  /** Where unexpected handler failures are reported; never given a payload. */
  log?: { error(message: string): void };
}

function handlersFor(core: InvitrayCore): Handlers {
  return {
    invites: {
      list: () => core.snapshot(),
      refresh: ({ profileId }) => core.refresh(profileId),
      respond: ({ profileId, inviteId, response }) => core.respond(profileId, inviteId, response),
      details: ({ profileId, inviteId }) => core.details(profileId, inviteId),
      undoDecline: ({ profileId, inviteId }) => core.undoDecline(profileId, inviteId),
      leaveAccount: ({ profileId, inviteId }) => core.leaveAccount(profileId, inviteId),
    },
    accounts: {
      list: () => core.listAccounts().map(toProfileSummary),
      add: async ({ label, credential }) => toProfileSummary(await core.addAccount(label, credential)),
      updateCredential: async ({ profileId, credential }) =>
        toProfileSummary(await core.updateCredential(profileId, credential)),
      remove: ({ profileId }) => core.removeAccount(profileId),
      tryDemo: async () => toProfileSummary(await core.tryDemo()),
    },
    settings: {
      get: () => core.preferences(),
      update: (patch) => core.updatePreferences(patch),
    },
    app: {
      info: () => core.appInfo(),
      openExternal: ({ url }) => {
        // The schema already refuses other URLs; checked again here because this is the
        // last line before the user's browser opens, whatever the contract says in future.
        if (!isAllowedExternalUrl(url)) {
          throw new AppError('invalid-request', sentence('error.linksOnly'));
        }
        return core.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK -- checked by isAllowedExternalUrl just above
      },
      openLogs: () => core.openLogs(),
      hideWindow: () => core.hideWindow(),
      quit: () => core.quit(),
    },
  };
}

interface Route {
  request: z.ZodMiniType;
  handle: (request: unknown) => unknown;
}

function routesFor(core: InvitrayCore): Map<string, Route> {
  const handlers = handlersFor(core) as unknown as Record<
    string,
    Record<string, (request: unknown) => unknown>
  >;
  const routes = new Map<string, Route>();
  for (const call of allCalls()) {
    const handle = handlers[call.namespace]?.[call.method];
    if (!handle) throw new Error(`No IPC handler for ${call.channel}`);
    routes.set(call.channel, { request: call.request, handle });
  }
  return routes;
}

export function createIpcDispatcher(core: InvitrayCore, options: IpcDispatcherOptions = {}): IpcDispatcher {
  const routes = routesFor(core);

  function fail(error: unknown, channel: string): IpcResult<unknown> {
    if (isAppError(error)) return { ok: false, error: toErrorInfo(error) };
    // A bug, not a user-actionable failure: its message may say anything, so the renderer
    // gets a fixed sentence and the details go to the log.
    const name = error instanceof Error ? error.name : typeof error;
    options.log?.error(`IPC ${channel} failed unexpectedly (${name})`);
    return {
      ok: false,
      error: new AppError('server-error', sentence('error.unexpected')).info,
    };
  }

  /** The validated request, or the ErrorInfo to answer with. Runs before anything can act. */
  function validate(
    route: Route,
    channel: string,
    payload: unknown,
  ): { request: unknown } | { error: ErrorInfo } {
    // Outside the catch below: a schema is built on its first use (shared/lazy-schema.ts), and
    // one that cannot be built is our bug, which answer() reports and logs like any other.
    const { safeParse } = route.request;
    try {
      if (!isPlainData(payload)) return { error: invalidRequest(channel, 'it is not plain data') };
      const parsed = safeParse(payload);
      if (!parsed.success) return { error: invalidRequestFromIssues(channel, parsed.error.issues) };
      // zod builds a new object from the schema's keys: the handler never sees the caller's object.
      return { request: parsed.data };
    } catch {
      // Only a hostile object (a Proxy whose traps throw) gets here; its error says nothing useful.
      return { error: invalidRequest(channel, 'it could not be read') };
    }
  }

  async function answer(channel: string, payload: unknown): Promise<IpcResult<unknown>> {
    const route = typeof channel === 'string' ? routes.get(channel) : undefined;
    if (!route) return { ok: false, error: invalidRequest('unknown call', 'no such call exists') };
    try {
      const checked = validate(route, channel, payload);
      if ('error' in checked) return { ok: false, error: checked.error };
      return { ok: true, value: await route.handle(checked.request) };
    } catch (error) {
      return fail(error, channel);
    }
  }

  // Every answer, whatever the call and whether it failed, passes the last line of defence.
  const dispatch = async (channel: string, payload: unknown) =>
    redactOutbound(await answer(channel, payload));
  return { dispatch, channels: [...routes.keys()] };
}
