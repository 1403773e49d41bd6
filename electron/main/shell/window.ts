import { popoverPosition } from '../core/desktop/window-position';
import { createPopoverBrowserWindow, POPOVER_SIZE } from './window-create';
import type { BrowserWindowLike, PopoverWindow, WindowDeps } from './window-create';

export * from './window-create';

const BLUR_CLICK_WINDOW_MS = 300;
/**
 * A hidden popover keeps its page this long, then the window is closed and its renderer (tens of
 * MB, and a process) goes with it. Half a minute covers a glance and a second look; past that a
 * tray app may sit closed for hours, and re-creating the page costs a fraction of a second.
 */
export const IDLE_CLOSE_MS = 30_000;
/** A new page shows when it has painted (no blank flash), or after this at the latest. */
const SHOW_FALLBACK_MS = 1_000;

interface Page {
  window: BrowserWindowLike;
  loaded: boolean;
  /** Main -> renderer messages sent before the page could receive them: the last per channel. */
  pending: Map<string, unknown>;
}

/**
 * The popover's lifecycle. The window exists only while it is wanted: created on the first open,
 * closed once it has been hidden for IDLE_CLOSE_MS (unless the page holds a half-typed form,
 * through `beforeunload`, or an answer is in flight), created again on the next open. The app
 * never quits for it: app-events.ts listens to `window-all-closed`. Clicking the tray icon while
 * the popover is open blurs it first (hiding it), then delivers the click: a click right after a
 * blur-hide is the same gesture and leaves it closed.
 */
export function registerWindow(deps: WindowDeps): PopoverWindow {
  const now = deps.now ?? Date.now;
  const idleCloseMs = deps.idleCloseMs ?? IDLE_CLOSE_MS;
  let page: Page | null = null;
  let quitting = false;
  let closingIdle = false;
  /** The last request was to show (a new page reveals itself only if still wanted). */
  let wanted = false;
  let hiddenByBlurAt = Number.NEGATIVE_INFINITY;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;

  const alive = (): Page | null => (page && !page.window.isDestroyed() ? page : null);

  function cancelIdle(): void {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
  }

  function scheduleIdle(): void {
    cancelIdle();
    idleTimer = setTimeout(closeIfIdle, idleCloseMs);
  }

  function closeIfIdle(): void {
    idleTimer = null;
    const current = alive();
    if (!current || current.window.isVisible()) return;
    if (deps.isBusy?.()) return scheduleIdle();
    closingIdle = true;
    // close(), not destroy(): the page's beforeunload may keep a half-typed form.
    current.window.close();
    closingIdle = false;
  }

  function create(): Page {
    const window = createPopoverBrowserWindow(deps);
    const created: Page = { window, loaded: false, pending: new Map() };
    const contents = window.webContents;
    window.on('blur', () => {
      if (!window.isVisible()) return;
      hiddenByBlurAt = now();
      hide();
    });
    window.on('show', () => {
      cancelIdle();
      deps.onShow?.();
    });
    // However it was hidden (blur, Escape, the page's own button, the title bar on Wayland): no
    // longer wanted, so the next toggle opens it even if its page is still loading.
    window.on('hide', () => {
      wanted = false;
      scheduleIdle();
    });
    window.on('close', (event) => {
      if (quitting || closingIdle) return;
      event.preventDefault();
      hide();
    });
    contents.on('will-prevent-unload', (event) => {
      // Quitting was the user's choice: the page's objection is ignored. An idle close is not:
      // the form stays, and the next quiet period tries again.
      if (quitting) event.preventDefault();
      else scheduleIdle();
    });
    // Escape is the page's once it has loaded (App.svelte: back out of a sub-screen, leave the
    // shortcut field, cancel an inline confirmation, else ask main to hide); taking it here would
    // keep it from the page. A page not loaded yet cannot answer it: main hides.
    contents.on('before-input-event', (event, input) => {
      if (created.loaded || input.type !== 'keyDown' || input.key !== 'Escape') return;
      event.preventDefault();
      hide();
    });
    contents.on('did-finish-load', () => {
      created.loaded = true;
      for (const [channel, payload] of created.pending) contents.send(channel, payload);
      created.pending.clear();
    });
    window.on('closed', () => {
      if (page === created) page = null;
    });
    return created;
  }

  function show(): void {
    cancelIdle();
    const current = alive() ?? (page = create());
    const { window } = current;
    const tray = deps.trayBounds();
    const known = tray !== null && tray.width > 0 && tray.height > 0;
    const display = known
      ? deps.screen.getDisplayMatching(tray)
      : deps.screen.getDisplayNearestPoint(deps.screen.getCursorScreenPoint());
    const { x, y } = popoverPosition(known ? tray : null, display.workArea, POPOVER_SIZE);
    window.setPosition(x, y);
    wanted = true;
    if (current.loaded) return reveal(window);
    let revealed = false;
    const once = () => {
      if (revealed || window.isDestroyed()) return;
      revealed = true;
      clearTimeout(fallback);
      // Hidden again before the page painted (a second press of the shortcut): stay hidden.
      if (wanted) reveal(window);
      else scheduleIdle();
    };
    const fallback = setTimeout(once, SHOW_FALLBACK_MS);
    window.on('ready-to-show', once);
  }

  function reveal(window: BrowserWindowLike): void {
    window.show();
    window.focus();
  }

  function hide(): void {
    wanted = false;
    const current = alive();
    if (!current) return;
    current.window.hide();
  }

  return {
    show,
    hide,
    toggle() {
      if (alive()?.window.isVisible() || (wanted && alive() && !alive()!.loaded)) hide();
      else if (now() - hiddenByBlurAt > BLUR_CLICK_WINDOW_MS) show();
    },
    isVisible: () => alive()?.window.isVisible() ?? false,
    send(channel, payload) {
      const current = alive();
      if (!current || current.window.webContents.isDestroyed()) return;
      if (current.loaded) current.window.webContents.send(channel, payload);
      else current.pending.set(channel, payload);
    },
    allowClose() {
      quitting = true;
      cancelIdle();
    },
    isOwnContents: (sender) => {
      const current = alive();
      return current !== null && sender === current.window.webContents;
    },
    hasPage: () => alive() !== null,
  };
}
