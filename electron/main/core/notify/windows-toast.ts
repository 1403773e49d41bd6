import type { NotificationSpec } from './notification-spec';

// The XML of a Windows toast, written by Invitray rather than by Electron, for one reason: a
// toast Electron builds from options has no `launch` attribute (electron/electron,
// shell/browser/notifications/win/windows_toast_notification.cc, GetToastXml: `<toast>` gets
// only `scenario`), so a click on its body carries no arguments. While the app runs that is
// fine (the instance `click` event names the object), but after a restart, or once the object
// is gone, Windows activates the app through the COM activator with those empty arguments
// (windows_toast_activator.cc, NotificationActivator::Activate -> HandleToastActivation) and
// nothing says which invitation was clicked. Our `launch` names the notification.
//
// The body's launch string uses the key=value grammar HandleToastActivation parses
// (`type=click&tag=<id>`), so Electron also finds the live object by its tag. It must not
// contain `type=action` or `type=reply`: ToastEventHandler::Invoke treats those as
// "structured" and routes them away from the instance `click` event.
// Buttons carry exactly what Electron's own template gives them
// (`type=action&action=<index>&tag=<id>`), so both of Electron's paths keep working for them.

/** Windows refuses a toast whose content is too large (WPN_E_NOTIFICATION_SIZE); 5 KB is the documented payload cap. */
export const TOAST_MAX_BYTES = 5 * 1024;
/** ToastNotification.Tag: at most 64 characters (Electron throws above that, electron_api_notification.cc). */
export const TOAST_MAX_TAG = 64;
/** A toast shows at most five buttons. */
export const TOAST_MAX_ACTIONS = 5;
const BODY_MAX_CHARS = 600;
const TITLE_MAX_CHARS = 200;
const LABEL_MAX_CHARS = 64;

export interface ToastInput {
  /** The notification's `id`, which Electron makes the toast's Tag. */
  id: string;
  spec: Pick<NotificationSpec, 'title' | 'body' | 'actions' | 'silent'> & { urgent?: boolean };
  /** An image file Windows can read itself (not inside app.asar): shown as the app logo. */
  logoPath?: string;
}

/** What a body click hands back, at a cold start as well as while the app runs. */
export function toastLaunchArguments(id: string): string {
  return `type=click&tag=${id}`;
}

/** Electron's own button arguments (GetToastXml): the index is what Electron reports back. */
export function toastActionArguments(id: string, index: number): string {
  return `type=action&action=${index}&tag=${id}`;
}

export function buildToastXml({ id, spec, logoPath }: ToastInput): string {
  if (id.length === 0 || id.length > TOAST_MAX_TAG || !/^[A-Za-z0-9._-]+$/.test(id))
    throw new RangeError(`a toast id must be 1-${TOAST_MAX_TAG} characters of [A-Za-z0-9._-]`);
  const actions = (spec.actions ?? []).slice(0, TOAST_MAX_ACTIONS);
  const compose = (body: string, logoPath: string | undefined) => {
    const lines = [title, body].filter((line) => line.length > 0).map(textElement);
    const logo = logoPath
      ? `<image placement="appLogoOverride" hint-crop="none" src="${attribute(logoPath)}"/>`
      : '';
    // A button shows a few words; the cap keeps five of them well inside the size limit.
    const buttons = actions.map(
      (action, index) =>
        `<action activationType="foreground" arguments="${attribute(toastActionArguments(id, index))}" content="${attribute(truncate(xmlSafe(action.label), LABEL_MAX_CHARS))}"/>`,
    );
    // The reminder scenario keeps an urgent toast on screen; Windows honours it only with a button.
    const reminder = spec.urgent === true && buttons.length > 0 ? ' scenario="reminder"' : '';
    return (
      `<toast launch="${attribute(toastLaunchArguments(id))}" activationType="foreground"${reminder}>` +
      `<visual><binding template="ToastGeneric">${lines.join('')}${logo}</binding></visual>` +
      (buttons.length ? `<actions>${buttons.join('')}</actions>` : '') +
      (spec.silent ? '<audio silent="true"/>' : '') +
      '</toast>'
    );
  };
  // The core sends one-line titles of at most 80 characters; the cap only guards the size rule.
  const title = truncate(xmlSafe(spec.title), TITLE_MAX_CHARS);
  let body = truncate(xmlSafe(spec.body), BODY_MAX_CHARS);
  let xml = compose(body, logoPath);
  // The body is what can be long (the title is one capped line, labels are capped): shorten it,
  // down to nothing (a one-character body would otherwise become '…' again, for ever).
  while (utf8Bytes(xml) > TOAST_MAX_BYTES && body.length > 0) {
    const chars = [...body].length;
    body = chars <= 1 ? '' : truncate(body, Math.floor(chars / 2));
    xml = compose(body, logoPath);
  }
  // Only an absurd logo path is left: the toast is worth more than its logo.
  if (utf8Bytes(xml) > TOAST_MAX_BYTES && logoPath) xml = compose(body, undefined);
  if (utf8Bytes(xml) > TOAST_MAX_BYTES)
    throw new RangeError(`a toast cannot be brought within ${TOAST_MAX_BYTES} bytes`);
  return xml;
}

function textElement(text: string): string {
  return `<text>${escapeXml(xmlSafe(text))}</text>`;
}

function attribute(text: string): string {
  return escapeXml(xmlSafe(text)).replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Characters XML 1.0 forbids even as references (C0 controls but tab, newline and return;
 * U+FFFE/U+FFFF; unpaired surrogates): one of them makes the whole toast fail to parse.
 */
function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
