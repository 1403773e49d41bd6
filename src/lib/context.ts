import { getContext } from 'svelte';
import type { AppState } from './app-state.svelte';

// The store is created once at boot (main.ts) and handed down through context.
const KEY = Symbol('invitray-app');

/** Passed to mount() so the whole tree, App included, reads the store from context. */
export function appContext(app: AppState): Map<symbol, AppState> {
  return new Map([[KEY, app]]);
}

export function useApp(): AppState {
  const app = getContext<AppState | undefined>(KEY);
  if (!app) throw new Error('useApp() called outside <App>');
  return app;
}
