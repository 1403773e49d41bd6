import { redactLogData } from '../core/redact';

export interface LogMessageLike {
  data: unknown[];
}

/** The part of electron-log's main logger the app uses; M is its LogMessage type. */
export interface ElectronLogLike<M extends LogMessageLike = LogMessageLike> {
  hooks: { push(hook: (message: M) => M | false): unknown };
  transports: {
    file: {
      level: string | false;
      getFile(): { path: string };
      /** Where the file goes; electron-log's default is the app's log directory. */
      resolvePathFn: (...args: never[]) => string;
    };
    console: { level: string | false };
  };
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
}

/** What the rest of main logs through. */
export interface Logger {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

export interface Logging {
  log: Logger;
  /** The current log file, for "Open logs". */
  filePath(): string;
}

/**
 * electron-log, with every message redacted before any transport writes it: a token
 * that reaches a log call by mistake (an error message quoting a header, a request
 * dump) is replaced, not written to disk.
 */
export function registerLogging<M extends LogMessageLike>(
  electronLog: ElectronLogLike<M>,
  options: { verbose: boolean; file?: string | undefined },
): Logging {
  const file = options.file;
  // Demo mode: its own folder (electron-log would otherwise write to the real app's log).
  if (file !== undefined) electronLog.transports.file.resolvePathFn = () => file;
  electronLog.hooks.push((message) => ({ ...message, data: redactLogData(message.data) }));
  electronLog.transports.file.level = 'info';
  electronLog.transports.console.level = options.verbose ? 'info' : 'warn';
  return {
    log: {
      info: (message, ...details) => electronLog.info(message, ...details),
      warn: (message, ...details) => electronLog.warn(message, ...details),
      error: (message, ...details) => electronLog.error(message, ...details),
    },
    filePath: () => electronLog.transports.file.getFile().path,
  };
}
