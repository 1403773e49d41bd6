/**
 * "alice@example.com" -> "a***@example.com". Enough for a user to tell their
 * accounts apart, not enough to hand a full address to the renderer or logs.
 */
export function maskEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return '***';
  const first = Array.from(trimmed.slice(0, at))[0] ?? '';
  return `${first}***${trimmed.slice(at)}`;
}
