// Small typed fakes of the Electron objects the shell adapters use. These are the only
// stand-ins in the test suite: Electron cannot start here, everything else runs for real.
import type { Rect } from '../../../electron/main/core/desktop/window-position';

type AnyListener = (...args: never[]) => void;

/** Records listeners by event name and lets a test fire them. */
export class FakeEmitter {
  readonly listeners = new Map<string, AnyListener[]>();

  on(event: string, listener: AnyListener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  removeListener(event: string, listener: AnyListener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((existing) => existing !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }

  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export class FakeImage {
  template = false;
  constructor(
    readonly path: string,
    private readonly empty = false,
  ) {}
  setTemplateImage(template: boolean): void {
    this.template = template;
  }
  isEmpty(): boolean {
    return this.empty;
  }
}

export class FakeTray extends FakeEmitter {
  image: FakeImage;
  readonly images: FakeImage[] = [];
  tooltip = '';
  title: string | null = null;
  contextMenu: unknown = null;
  contextMenuSets = 0;
  poppedUp: unknown[] = [];
  ignoreDoubleClick = false;
  bounds: Rect = { x: 0, y: 0, width: 0, height: 0 };
  destroyed = false;

  constructor(image: FakeImage) {
    super();
    this.image = image;
    this.images.push(image);
  }
  setImage(image: FakeImage): void {
    this.image = image;
    this.images.push(image);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: unknown): void {
    this.contextMenu = menu;
    this.contextMenuSets++;
  }
  popUpContextMenu(menu?: unknown): void {
    this.poppedUp.push(menu);
  }
  setIgnoreDoubleClickEvents(ignore: boolean): void {
    this.ignoreDoubleClick = ignore;
  }
  getBounds(): Rect {
    return this.bounds;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export interface FakeNotificationOptions {
  title: string;
  body: string;
  silent: boolean;
  actions?: { type: 'button'; text: string }[];
  icon?: string;
  id?: string;
  toastXml?: string;
}

/** A Notification class whose instances are recorded on the class returned by fakeNotificationClass. */
export function fakeNotificationClass(supported = true) {
  const instances: FakeNotification[] = [];
  class FakeNotification extends FakeEmitter {
    static instances = instances;
    shown = false;
    closed = false;
    constructor(readonly options: FakeNotificationOptions) {
      super();
      instances.push(this);
    }
    /** What Notification.handleActivation (win32) registered; a test calls it as Windows would. */
    static activationHandler:
      ((details: { type: string; arguments: string; actionIndex?: number }) => void) | null = null;
    static isSupported(): boolean {
      return supported;
    }
    static handleActivation(
      callback: (details: { type: string; arguments: string; actionIndex?: number }) => void,
    ): void {
      FakeNotification.activationHandler = callback;
    }
    /** What Notification.getHistory (macOS) resolves: set by a test before registering. */
    static history: FakeNotification[] = [];
    static getHistory(): Promise<FakeNotification[]> {
      return Promise.resolve(FakeNotification.history);
    }
    get id(): string {
      return this.options.id ?? '';
    }
    show(): void {
      this.shown = true;
    }
    close(): void {
      this.closed = true;
      this.emit('close', { reason: 'applicationHidden' });
    }
  }
  return FakeNotification;
}
export type FakeNotification = InstanceType<ReturnType<typeof fakeNotificationClass>>;

type PermissionDetails = { requestingUrl?: string; isMainFrame?: boolean };
export class FakeSession {
  requestHandler:
    | ((
        webContents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details?: PermissionDetails,
      ) => void)
    | null = null;
  checkHandler:
    | ((webContents: unknown, permission: string, origin?: string, details?: PermissionDetails) => boolean)
    | null = null;
  setPermissionRequestHandler(handler: NonNullable<FakeSession['requestHandler']>): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: NonNullable<FakeSession['checkHandler']>): void {
    this.checkHandler = handler;
  }
}

export class FakeWebContents extends FakeEmitter {
  readonly session = new FakeSession();
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** A preventable event as Electron passes to will-navigate, before-input-event, close. */
export function preventable(): { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export function fakeBrowserWindowClass() {
  const instances: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends FakeEmitter {
    static instances = instances;
    readonly webContents = new FakeWebContents();
    visible = false;
    destroyed = false;
    focused = false;
    position: [number, number] | null = null;
    loaded: string[] = [];
    constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
      super();
      instances.push(this);
    }
    async loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      await Promise.resolve();
      if (this.destroyed) return;
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
    }
    /** The page's beforeunload cancels unloading (web-contents 'will-prevent-unload'). */
    preventsUnload = false;
    close(): void {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      if (this.preventsUnload) {
        let ignored = false;
        this.webContents.emit('will-prevent-unload', { preventDefault: () => (ignored = true) });
        if (!ignored) return;
      }
      this.destroy();
    }
    show(): void {
      this.visible = true;
      this.emit('show');
    }
    hide(): void {
      const was = this.visible;
      this.visible = false;
      if (was) this.emit('hide');
    }
    focus(): void {
      this.focused = true;
    }
    isVisible(): boolean {
      return this.visible;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    setPosition(x: number, y: number): void {
      this.position = [x, y];
    }
    allWorkspaces: [boolean, Record<string, boolean> | undefined][] = [];
    setVisibleOnAllWorkspaces(visible: boolean, options?: Record<string, boolean>): void {
      this.allWorkspaces.push([visible, options]);
    }
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.visible = false;
      this.emit('closed');
    }
  }
  return FakeBrowserWindow;
}

/** Opens the popover once (its page created and loaded), then hides the window: as after a first glance. */
export async function firstOpen(
  popover: { show(): void },
  BrowserWindow: { instances: FakeBrowserWindow[] },
): Promise<FakeBrowserWindow> {
  popover.show();
  const window = BrowserWindow.instances.at(-1)!;
  await new Promise((resolve) => setImmediate(resolve));
  window.hide();
  return window;
}
export type FakeBrowserWindow = InstanceType<ReturnType<typeof fakeBrowserWindowClass>>;

export class FakeScreen {
  readonly matched: Rect[] = [];
  constructor(
    readonly workArea: Rect,
    readonly cursor = { x: 0, y: 0 },
  ) {}
  getDisplayMatching(rect: Rect): { workArea: Rect } {
    this.matched.push(rect);
    return { workArea: this.workArea };
  }
  getDisplayNearestPoint(_point: { x: number; y: number }): { workArea: Rect } {
    return { workArea: this.workArea };
  }
  getCursorScreenPoint(): { x: number; y: number } {
    return this.cursor;
  }
}

/** Collects log lines so tests can assert what was (and was not) logged. */
export function recordingLog() {
  const lines: { level: string; message: string }[] = [];
  return {
    lines,
    info: (message: string) => void lines.push({ level: 'info', message }),
    warn: (message: string) => void lines.push({ level: 'warn', message }),
    error: (message: string) => void lines.push({ level: 'error', message }),
  };
}

/** Electron's globalShortcut: `taken` holds combinations another app already owns. */
export class FakeGlobalShortcut {
  readonly registered = new Map<string, () => void>();
  readonly taken = new Set<string>();
  readonly calls: string[] = [];
  register(accelerator: string, callback: () => void): boolean {
    this.calls.push(`register ${accelerator}`);
    if (accelerator.includes('Bogus')) throw new TypeError(`Error processing argument: ${accelerator}`);
    if (this.taken.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.calls.push(`unregister ${accelerator}`);
    this.registered.delete(accelerator);
  }
  press(accelerator: string): void {
    this.registered.get(accelerator)?.();
  }
}
