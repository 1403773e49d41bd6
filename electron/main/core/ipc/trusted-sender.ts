// The shell calls this for every IPC message: only the app's own page may talk to main.
// Any other frame (an injected iframe, a page the window was tricked into loading,
// a devtools extension) is refused before its payload is even looked at.

const ALLOWED_PROTOCOLS = new Set(['app:', 'http:', 'https:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `senderUrl` (the sending frame's URL) belongs to `expectedOrigin`:
 * `app://invitray` in production, the dev server's origin (`http://localhost:5173`) in development.
 * Compares scheme and host:port explicitly, because `URL.origin` is the string "null"
 * for custom schemes such as `app:` and would make every `app://` URL look alike.
 */
export function isTrustedSender(senderUrl: string, expectedOrigin: string): boolean {
  if (typeof senderUrl !== 'string' || typeof expectedOrigin !== 'string') return false;
  const sender = parse(senderUrl);
  const expected = parse(expectedOrigin);
  if (!sender || !expected) return false;
  if (!ALLOWED_PROTOCOLS.has(expected.protocol) || expected.host === '') return false;
  if (sender.username !== '' || sender.password !== '') return false;
  return sender.protocol === expected.protocol && sender.host === expected.host;
}
