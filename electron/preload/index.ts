import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, ROUTE_EVENT_CHANNEL, STATE_EVENT_CHANNEL } from '../shared/channels';
import type { Contract, IpcResult, RequestOf, ResponseOf } from '../shared/ipc-contract';
import type { AppSnapshot, WindowRoute } from '../shared/types';

// A hand-picked, namespaced API: the renderer never sees ipcRenderer itself.
// No behaviour here; main validates every payload.

type Call<C> =
  RequestOf<C> extends undefined
    ? () => Promise<IpcResult<ResponseOf<C>>>
    : (payload: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;

function call<C>(channel: string): Call<C> {
  return ((payload?: unknown) => ipcRenderer.invoke(channel, payload)) as Call<C>;
}

type C = Contract;

const api = {
  invites: {
    list: call<C['invites']['list']>(CHANNELS.invites.list),
    refresh: call<C['invites']['refresh']>(CHANNELS.invites.refresh),
    respond: call<C['invites']['respond']>(CHANNELS.invites.respond),
    details: call<C['invites']['details']>(CHANNELS.invites.details),
    undoDecline: call<C['invites']['undoDecline']>(CHANNELS.invites.undoDecline),
    leaveAccount: call<C['invites']['leaveAccount']>(CHANNELS.invites.leaveAccount),
  },
  accounts: {
    list: call<C['accounts']['list']>(CHANNELS.accounts.list),
    add: call<C['accounts']['add']>(CHANNELS.accounts.add),
    updateCredential: call<C['accounts']['updateCredential']>(CHANNELS.accounts.updateCredential),
    remove: call<C['accounts']['remove']>(CHANNELS.accounts.remove),
    tryDemo: call<C['accounts']['tryDemo']>(CHANNELS.accounts.tryDemo),
  },
  settings: {
    get: call<C['settings']['get']>(CHANNELS.settings.get),
    update: call<C['settings']['update']>(CHANNELS.settings.update),
  },
  app: {
    info: call<C['app']['info']>(CHANNELS.app.info),
    openExternal: call<C['app']['openExternal']>(CHANNELS.app.openExternal),
    openLogs: call<C['app']['openLogs']>(CHANNELS.app.openLogs),
    hideWindow: call<C['app']['hideWindow']>(CHANNELS.app.hideWindow),
    quit: call<C['app']['quit']>(CHANNELS.app.quit),
  },
  /** Subscribe to state snapshots from main; returns the unsubscribe function. */
  onState(listener: (snapshot: AppSnapshot) => void): () => void {
    const handler = (_event: IpcRendererEvent, snapshot: AppSnapshot) => listener(snapshot);
    ipcRenderer.on(STATE_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(STATE_EVENT_CHANNEL, handler);
  },
  /** Subscribe to navigation requests from main (tray "Details…", notifications); returns the unsubscribe function. */
  onRoute(listener: (route: WindowRoute) => void): () => void {
    const handler = (_event: IpcRendererEvent, route: WindowRoute) => listener(route);
    ipcRenderer.on(ROUTE_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(ROUTE_EVENT_CHANNEL, handler);
  },
};

export type InvitrayApi = typeof api;

contextBridge.exposeInMainWorld('invitray', api);
