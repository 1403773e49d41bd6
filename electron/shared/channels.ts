// Channel names only, with no runtime dependencies, so the preload bundle stays tiny.
// Schemas and types for each channel live in ipc-contract.ts.
export const CHANNELS = {
  invites: {
    list: 'invites:list',
    refresh: 'invites:refresh',
    respond: 'invites:respond',
    details: 'invites:details',
    undoDecline: 'invites:undo-decline',
    leaveAccount: 'invites:leave-account',
  },
  accounts: {
    list: 'accounts:list',
    add: 'accounts:add',
    updateCredential: 'accounts:update-credential',
    remove: 'accounts:remove',
    tryDemo: 'accounts:try-demo',
  },
  settings: {
    get: 'settings:get',
    update: 'settings:update',
  },
  app: {
    info: 'app:info',
    openExternal: 'app:open-external',
    openLogs: 'app:open-logs',
    hideWindow: 'app:hide-window',
    quit: 'app:quit',
  },
} as const;

/** Main -> renderer: a new AppSnapshot after every state change. */
export const STATE_EVENT_CHANNEL = 'state:changed';

/** Main -> renderer: show this screen (a WindowRoute), sent as the window is shown. */
export const ROUTE_EVENT_CHANNEL = 'window:route';
