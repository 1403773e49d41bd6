import type { WebContentsLike } from './window';

// The popover's permissions: everything denied except writing plain text to the clipboard,
// which `navigator.clipboard.writeText` (the Copy buttons) needs as
// `clipboard-sanitized-write`. Even that only for the popover's own webContents, main frame,
// at the app's own origin (app://invitray, or the dev server in development).

export const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

/** Electron's PermissionRequest / PermissionCheckHandlerHandlerDetails, the parts used here. */
export interface PermissionDetails {
  requestingUrl?: string;
  isMainFrame?: boolean;
}

export interface PermissionSessionLike {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details?: PermissionDetails,
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      webContents: unknown,
      permission: string,
      requestingOrigin?: string,
      details?: PermissionDetails,
    ) => boolean,
  ): void;
}

/**
 * scheme://host[:port] of a URL. Not URL#origin: WHATWG gives "null" for schemes it does
 * not know, app:// included, which would make every app:// page look alike (or like none).
 */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

export function restrictPermissions(
  session: PermissionSessionLike,
  options: { isOwnContents: (contents: unknown) => boolean; origin: string },
): void {
  const expected = originOf(options.origin);
  const allowed = (
    contents: unknown,
    permission: string,
    origin: string | null,
    details?: PermissionDetails,
  ) =>
    permission === ALLOWED_PERMISSION &&
    expected !== null &&
    options.isOwnContents(contents) &&
    details?.isMainFrame !== false &&
    origin === expected;

  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(allowed(contents, permission, originOf(details?.requestingUrl), details));
  });
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) => {
    // A check names the origin; when the frame's URL is known too, both must agree.
    const origin = originOf(requestingOrigin);
    const urlOrigin = details?.requestingUrl ? originOf(details.requestingUrl) : origin;
    return urlOrigin === origin && allowed(contents, permission, origin, details);
  });
}

/** What the page may not do at all: leave its one document, open windows, embed webviews. */
export function denyEverythingOutward(contents: WebContentsLike): void {
  // The page never navigates: it is one document, and links leave through main's
  // allow-listed openExternal. Anything else is an attack or a bug.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
