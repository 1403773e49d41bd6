import { en } from '../../shared/i18n/en';
import { joinSentences, sentence } from '../../shared/i18n/error-text';
import { createTranslator } from '../../shared/i18n/translate';
import type { CloudflareMessage, ErrorInfo, ErrorKind, ErrorText } from '../../shared/types';

// English only (not every catalogue): the message is for the CLI and the logs.
const ENGLISH = createTranslator('en', en);

/** The advice as catalogue sentences: one, several, or a plain English message (text given apart). */
export type ErrorAdviceInput = string | ErrorText | readonly ErrorText[];

/**
 * The one error type the core throws for anything the user can act on.
 * `info` is plain data, safe to send to the renderer and to log: it never
 * contains a credential. Its advice is catalogue sentences (`info.text`), so the
 * tray, notifications and window say it in the user's language; `message` is
 * the same in English.
 */
export class AppError extends Error {
  readonly info: ErrorInfo;

  constructor(
    kind: ErrorKind,
    advice: ErrorAdviceInput,
    extra: {
      status?: number;
      cloudflareErrors?: CloudflareMessage[];
      retryAt?: number;
      cause?: unknown;
      /** With a plain message: the sentences it says (a redacted copy keeps them). */
      text?: readonly ErrorText[];
    } = {},
  ) {
    const text = typeof advice === 'string' ? extra.text : 'id' in advice ? [advice] : advice;
    const message =
      typeof advice === 'string'
        ? advice
        : joinSentences(
            (text ?? []).map((part) => ENGLISH.t(part.id, part.params)),
            'en',
          );
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'AppError';
    this.info = {
      kind,
      message,
      ...(text === undefined ? {} : { text: [...text] }),
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
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('server-error', sentence('error.unexpectedDetail', { detail })).info;
}

export { sentence };
