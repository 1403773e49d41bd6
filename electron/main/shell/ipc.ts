import { isTrustedSender } from '../core/ipc/trusted-sender';
import { redactOutbound } from '../core/ipc/outbound-redaction';
import type { IpcDispatcher } from '../core/ipc/dispatcher';
import { ROUTE_EVENT_CHANNEL, STATE_EVENT_CHANNEL } from '../../shared/channels';
import type { IpcResult } from '../../shared/ipc-contract';
import type { AppSnapshot, WindowRoute } from '../../shared/types';

export interface IpcInvokeEventLike {
  /** null when the frame navigated away or was destroyed before the message arrived. */
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: unknown;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, payload: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcDeps {
  ipcMain: IpcMainLike;
  dispatcher: Pick<IpcDispatcher, 'channels' | 'dispatch'>;
  /** app://invitray, or the dev server's origin in development. */
  expectedOrigin: string;
  /** True for the popover's own webContents: a trusted URL in some other webContents is still refused. */
  isOwnContents: (sender: unknown) => boolean;
  log: { warn(message: string): void };
}

const REFUSED: IpcResult<never> = {
  ok: false,
  error: {
    kind: 'invalid-request',
    message: 'Invitray refused a request that did not come from its own window.',
    cloudflareErrors: [],
  },
};

/**
 * One ipcMain handler per contract channel. The sender is checked before its payload is
 * even looked at: only the app's own page, in the app's own window, may call main. The
 * dispatcher then validates the payload against the contract and never throws.
 */
export function registerIpc(deps: IpcDeps): () => void {
  for (const channel of deps.dispatcher.channels) {
    deps.ipcMain.handle(channel, async (event, payload) => {
      const url = event.senderFrame?.url ?? '';
      if (!deps.isOwnContents(event.sender) || !isTrustedSender(url, deps.expectedOrigin)) {
        // The URL is logged without query or fragment: those could carry anything.
        deps.log.warn(
          `IPC ${channel} refused: untrusted sender ${url.split(/[?#]/)[0]?.slice(0, 100) ?? ''}`,
        );
        return REFUSED;
      }
      return deps.dispatcher.dispatch(channel, payload);
    });
  }
  return () => {
    for (const channel of deps.dispatcher.channels) deps.ipcMain.removeHandler(channel);
  };
}

/** Main -> renderer: every new snapshot goes to the window as it happens, through the last line of defence. */
export function pushState(
  onSnapshot: (listener: (snapshot: AppSnapshot) => void) => () => void,
  send: (channel: string, snapshot: AppSnapshot) => void,
): () => void {
  return onSnapshot((snapshot) => send(STATE_EVENT_CHANNEL, redactOutbound(snapshot)));
}

/** Main -> renderer: when the core asks for the window, show it and tell the page which screen. */
export function pushRoutes(
  onShowWindow: (listener: (route: WindowRoute) => void) => () => void,
  window: { show(): void; send(channel: string, route: WindowRoute): void },
): () => void {
  return onShowWindow((route) => {
    window.show();
    window.send(ROUTE_EVENT_CHANNEL, route);
  });
}
