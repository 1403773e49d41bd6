import type { CloudflareMessage, ErrorInfo, ErrorKind } from '../../shared/types';

/**
 * The one error type the core throws for anything the user can act on.
 * `info` is plain data, safe to send to the renderer and to log: it never
 * contains a credential.
 */
export class AppError extends Error {
  readonly info: ErrorInfo;

  constructor(
    kind: ErrorKind,
    message: string,
    extra: {
      status?: number;
      cloudflareErrors?: CloudflareMessage[];
      retryAt?: number;
      cause?: unknown;
    } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'AppError';
    this.info = {
      kind,
      message,
      cloudflareErrors: extra.cloudflareErrors ?? [],
      ...(extra.status === undefined ? {} : { status: extra.status }),
      ...(extra.retryAt === undefined ? {} : { retryAt: extra.retryAt }),
    };
  }

  get kind(): ErrorKind {
    return this.info.kind;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Anything thrown becomes ErrorInfo; unknown failures are reported as server errors, not swallowed. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (isAppError(error)) return error.info;
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'server-error', message: `Unexpected error: ${message}`, cloudflareErrors: [] };
}
